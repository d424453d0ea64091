package org.evalsheet.write;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts on the statistics sheet (统计图表). The streaming writer cannot draw, so they are built on the
 * underlying XSSF sheet; their series point at cells of the workbook and carry a cache of the same values, because
 * the rows themselves have already been streamed to disk and cannot be read back.
 */
final class SummaryCharts {
  private static final int LEFT_COL = 4;

  private final XSSFSheet sheet;
  private final XSSFDrawing drawing;

  SummaryCharts(XSSFSheet sheet) {
    this.sheet = sheet;
    this.drawing = sheet.createDrawingPatriarch();
  }

  /** The grade distribution (等次分布): one bar per grade, from the 等次 rows of this sheet. */
  void grades(List<String> grades, List<Integer> counts, int firstRow, int lastRow) {
    XSSFChart chart = chart("等次分布", 0, 18, LEFT_COL + 8);
    String s = sheet.getSheetName();
    bars(chart, "表数",
        XDDFDataSourcesFactory.fromArray(grades.toArray(new String[0]), range(s, firstRow, lastRow, 1)),
        XDDFDataSourcesFactory.fromArray(counts.toArray(new Integer[0]), range(s, firstRow, lastRow, 2)));
  }

  /** Total score per unit (各单位自评得分): one bar per 汇总 row, read from its 单位 and 自评得分 columns. */
  void unitScores(List<String> units, List<Double> scores) {
    if (units.isEmpty()) {
      return;
    }
    int rows = units.size();
    XSSFChart chart = chart("各单位自评得分", 19, 19 + 22, LEFT_COL + 14);
    String s = SummaryOverview.SHEET;
    bars(chart, "自评得分",
        XDDFDataSourcesFactory.fromArray(units.toArray(new String[0]), range(s, 1, rows, SummaryOverview.UNIT_COL)),
        XDDFDataSourcesFactory.fromArray(scores.toArray(new Double[0]), range(s, 1, rows, SummaryOverview.SCORE_COL)));
  }

  private XSSFChart chart(String title, int top, int bottom, int right) {
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, LEFT_COL, top, right, bottom);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    return chart;
  }

  private static <T extends Number> void bars(XSSFChart chart, String seriesTitle, XDDFCategoryDataSource categories,
      XDDFNumericalDataSource<T> values) {
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setVaryColors(false);
    XDDFChartData.Series series = data.addSeries(categories, values);
    series.setTitle(seriesTitle, null);
    chart.plot(data);
  }

  /** An absolute reference such as {@code 汇总!$B$2:$B$11} (zero-based rows and column), quoted when needed. */
  private static String range(String sheetName, int firstRow, int lastRow, int col) {
    return new CellRangeAddress(firstRow, lastRow, col, col).formatAsString(sheetName, true);
  }
}
