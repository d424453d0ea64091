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
  void grades(List<String> grades, List<Integer> counts, int firstRow, int lastRow) {
    add("等次分布", "表数", SummaryXlsx.range(sheet.name(), firstRow, 1, lastRow, 1), grades,
        SummaryXlsx.range(sheet.name(), firstRow, 2, lastRow, 2), counts);
  }

  /** Total score per unit (各单位自评得分): one bar per 汇总 row, read from its 单位 and 自评得分 columns. */
  void unitScores(List<String> units, List<Double> scores) {
    if (units.isEmpty()) {
      return;
    }
    int rows = units.size();
    String s = SummaryOverview.SHEET;
    add("各单位自评得分", "自评得分", SummaryXlsx.range(s, 1, SummaryOverview.UNIT_COL, rows, SummaryOverview.UNIT_COL),
        units, SummaryXlsx.range(s, 1, SummaryOverview.SCORE_COL, rows, SummaryOverview.SCORE_COL), scores);
  }

  private void add(String title, String series, String categoriesRef, List<String> categories, String valuesRef,
      List<? extends Number> values) {
    sheet.chart(new SummaryXlsx.Chart(title, series, categoriesRef, categories, valuesRef, values, top,
        top + HEIGHT_ROWS, WIDTH_COLS));
    top += HEIGHT_ROWS + 1;
  }
}
