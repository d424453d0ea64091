package org.evalsheet.write.summary;

import java.util.List;

/**
 * Native Excel charts on the statistics sheet (统计图表): clustered columns whose series point at cells of the
 * workbook and carry a cache of the same values, stacked below the statistics table so that they print.
 */
final class SummaryCharts {
  private static final int WIDTH_COLS = 6;
  private static final int HEIGHT_ROWS = 20;

  private final SummarySheet sheet;
  private int top;

  /** Charts drawn on {@code sheet} from zero-based row {@code top} down. */
  SummaryCharts(SummarySheet sheet, int top) {
    this.sheet = sheet;
    this.top = top;
  }

  /** The grade distribution (等次分布): one bar per grade, from the 等次 rows of this sheet. */
  void grades(String title, List<String> grades, List<Integer> counts, int firstRow, int lastRow) {
    add(title, "表数", SummaryXlsx.range(sheet.name(), firstRow, 1, lastRow, 1), grades,
        SummaryXlsx.range(sheet.name(), firstRow, 2, lastRow, 2), counts);
  }

  /**
   * Each passing table's score on 100 (各单位得分): one bar per table, highest first, read from the unit and score
   * columns beside this sheet's counts.
   */
  void unitScores(String title, List<String> units, List<Double> scores) {
    if (units.isEmpty()) {
      return;
    }
    int rows = units.size();
    String s = sheet.name();
    int u = SummaryStatistics.UNIT_COL;
    int v = SummaryStatistics.SCORE_COL;
    add(title, "百分制得分", SummaryXlsx.range(s, 1, u, rows, u), units, SummaryXlsx.range(s, 1, v, rows, v), scores);
  }

  private void add(String title, String series, String categoriesRef, List<String> categories, String valuesRef,
      List<? extends Number> values) {
    sheet.chart(new SummaryXlsx.Chart(title, series, categoriesRef, categories, valuesRef, values, top,
        top + HEIGHT_ROWS, WIDTH_COLS));
    top += HEIGHT_ROWS + 1;
  }
}
