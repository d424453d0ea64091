package org.evalsheet.write;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
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
  private static final int WIDTH_COLS = 6;
  private static final int HEIGHT_ROWS = 20;
  private static final byte[] BAR_RGB = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};
  private static final byte[] GRID_RGB = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};

  private final XSSFSheet sheet;
  private final XSSFDrawing drawing;
  private int top;

  /** Charts stacked below the statistics table, starting at zero-based row {@code top}, so that they print. */
  SummaryCharts(XSSFSheet sheet, int top) {
    this.sheet = sheet;
    this.drawing = sheet.createDrawingPatriarch();
    this.top = top;
  }

  /** The grade distribution (等次分布): one bar per grade, from the 等次 rows of this sheet. */
  void grades(List<String> grades, List<Integer> counts, int firstRow, int lastRow) {
    XSSFChart chart = chart("等次分布");
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
    XSSFChart chart = chart("各单位自评得分");
    String s = SummaryOverview.SHEET;
    bars(chart, "自评得分",
        XDDFDataSourcesFactory.fromArray(units.toArray(new String[0]), range(s, 1, rows, SummaryOverview.UNIT_COL)),
        XDDFDataSourcesFactory.fromArray(scores.toArray(new Double[0]), range(s, 1, rows, SummaryOverview.SCORE_COL)));
  }

  private XSSFChart chart(String title) {
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, WIDTH_COLS, top + HEIGHT_ROWS);
    top += HEIGHT_ROWS + 1;
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
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    y.setMinimum(0);
    y.setNumberFormat("0");
    XDDFLineProperties grid = new XDDFLineProperties();
    grid.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(GRID_RGB)));
    y.getOrAddMajorGridProperties().setLineProperties(grid);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setVaryColors(false);
    XDDFChartData.Series series = data.addSeries(categories, values);
    series.setTitle(seriesTitle, null);
    // An explicit colour: without one LibreOffice draws the bars transparent.
    XDDFShapeProperties fill = new XDDFShapeProperties();
    fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_RGB)));
    series.setShapeProperties(fill);
    // Not chart.plot(data): that also copies every point into an in-memory workbook embedded in the chart, which a
    // chart inside a spreadsheet does not need.
    series.plot();
  }

  /** An absolute reference such as {@code 汇总!$B$2:$B$11} (zero-based rows and column), quoted when needed. */
  private static String range(String sheetName, int firstRow, int lastRow, int col) {
    return new CellRangeAddress(firstRow, lastRow, col, col).formatAsString(sheetName, true);
  }
}
