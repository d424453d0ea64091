package org.evalsheet.write.summary;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.ss.util.CellReference;
import org.evalsheet.write.XmlText;

/**
 * The summary workbook's package, written as SpreadsheetML directly (汇总表文件): a fixed style sheet, inline
 * strings, and each sheet's rows streamed to a temporary file while its column widths are learnt, then copied into
 * the zip behind its {@code <cols>}. Neither POI's usermodel nor XMLBeans is loaded, which is what a summary cost
 * through SXSSF (a second of a cold start: 650 schema classes and the chart model); memory stays bounded by one
 * row however many tables the round has.
 *
 * <p>What each sheet carries is what a clerk needs and what {@code SummaryWriterTest} checks through POI: bold
 * header, number formats, column widths, a frozen header row, an auto-filter (with Excel's hidden
 * {@code _FilterDatabase} name), A4 landscape as {@link PrintLayout} says with the header row (and for 汇总 the unit
 * and status columns) repeated ({@code Print_Titles}), cells coloured by status or severity, hyperlinks to the filled copies, and native bar charts whose series point at the sheet's cells.
 */
final class SummaryXlsx implements Closeable {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  /** The height of one line of 11-point text, in points. */
  private static final int LINE_POINTS = 15;

  private final ZipOutputStream zip;
  private final List<String> sheetNames = new ArrayList<>();
  private final List<String> definedNames = new ArrayList<>();
  private int drawings;
  private int charts;
  private Sheet open;

  SummaryXlsx(OutputStream out) {
    this.zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
    zip.setLevel(Deflater.DEFAULT_COMPRESSION);
  }

  /** Starts the next sheet; the one before must have been finished. */
  Sheet sheet(String name) throws IOException {
    if (open != null) {
      throw new IllegalStateException("sheet " + open.name + " is not finished");
    }
    open = new Sheet(name, sheetNames.size());
    sheetNames.add(name);
    return open;
  }

  /** Writes the workbook, styles, properties and content types; the stream given stays open. */
  void finish() throws IOException {
    if (open != null) {
      throw new IllegalStateException("sheet " + open.name + " is not finished");
    }
    StringBuilder wb = new StringBuilder(DECL).append("<workbook xmlns=\"").append(MAIN).append("\" xmlns:r=\"")
        .append(REL).append("\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
    StringBuilder rels = new StringBuilder(DECL).append("<Relationships xmlns=\"").append(PKG_REL).append("\">");
    StringBuilder types = new StringBuilder(DECL).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
        + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override PartName=\"/docProps/core.xml\""
        + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/><Override PartName=\""
        + "/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
    for (int i = 0; i < sheetNames.size(); i++) {
      int n = i + 1;
      wb.append("<sheet name=\"").append(escape(sheetNames.get(i))).append("\" sheetId=\"").append(n)
          .append("\" r:id=\"rId").append(n).append("\"/>");
      rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
      types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
    }
    for (int c = 1; c <= drawings; c++) {
      types.append("<Override PartName=\"/xl/drawings/drawing").append(c).append(".xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.drawing+xml\"/>");
    }
    for (int c = 1; c <= charts; c++) {
      types.append("<Override PartName=\"/xl/charts/chart").append(c).append(".xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>");
    }
    wb.append("</sheets>");
    if (!definedNames.isEmpty()) {
      wb.append("<definedNames>");
      definedNames.forEach(wb::append);
      wb.append("</definedNames>");
    }
    wb.append("</workbook>");
    rels.append("<Relationship Id=\"rId").append(sheetNames.size() + 1).append("\" Type=\"").append(REL)
        .append("/styles\" Target=\"styles.xml\"/></Relationships>");
    types.append("</Types>");
    entry("xl/workbook.xml", wb.toString());
    entry("xl/_rels/workbook.xml.rels", rels.toString());
    entry("xl/styles.xml", SummaryStyles.xml(DECL, MAIN));
    entry("_rels/.rels", DECL + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\"" + REL
        + "/officeDocument\" Target=\"xl/workbook.xml\"/><Relationship Id=\"rId2\" Type=\"" + PKG_REL
        + "/metadata/core-properties\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId3\" Type=\"" + REL
        + "/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>");
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    entry("docProps/core.xml", DECL + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
        + "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/"
        + "dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>绩效自评汇总表</dc:title>"
        + "<dc:creator>evalsheet</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + now
        + "</dcterms:created></cp:coreProperties>");
    entry("docProps/app.xml", DECL + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "extended-properties\"><Application>evalsheet</Application></Properties>");
    entry("[Content_Types].xml", types.toString());
    zip.finish();
  }

  @Override
  public void close() throws IOException {
    if (open != null) {
      open.discard();
    }
    zip.close();
  }

  private void entry(String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** {@code 'name'!$A$1:$B$2}, quoted only where Excel needs it ({@code 汇总!$B$2:$B$7}). */
  static String range(String sheet, int firstRow, int firstCol, int lastRow, int lastCol) {
    StringBuilder sb = new StringBuilder();
    SheetNameFormatter.appendFormat(sb, sheet);
    return sb.append('!').append(new CellReference(firstRow, firstCol, true, true).formatAsString())
        .append(':').append(new CellReference(lastRow, lastCol, true, true).formatAsString()).toString();
  }

  /** Text for element content and attribute values, as the fill patcher escapes it ({@code _xHHHH_} for controls). */
  private static String escape(String s) {
    return XmlText.escape(s);
  }

  /** A bar chart to draw on a sheet: its title, one series, categories and values by reference and by value. */
  record Chart(String title, String series, String categoriesRef, List<String> categories, String valuesRef,
      List<? extends Number> values, int top, int bottom, int cols) {}

  /** One worksheet being written: rows go to a temporary file until {@link #finish} knows the column widths. */
  final class Sheet {
    private final String name;
    private final int index;
    private final Path rowsFile;
    private final Writer rows;
    private final List<String> links = new ArrayList<>();
    private final List<Chart> sheetCharts = new ArrayList<>();
    private int row = -1;
    /** The row being written: its cells wait here until its height is known. */
    private final StringBuilder cells = new StringBuilder();
    private int lines = 1;
    private int col;
    private int lastRow = -1;
    private int lastCol = -1;

    private Sheet(String name, int index) throws IOException {
      this.name = name;
      this.index = index;
      this.rowsFile = Files.createTempFile("evalsheet-summary-", ".xml");
      this.rows = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(rowsFile), StandardCharsets.UTF_8),
          1 << 16);
    }

    /** Starts the next row (zero-based {@code index}, increasing). */
    void row(int index) throws IOException {
      closeRow();
      row = index;
      col = 0;
      lines = 1;
    }

    /** A string cell in column {@code c} (zero-based) with a cell format of this class. */
    void text(int c, String value, int style) throws IOException {
      String v = escape(value);
      boolean keepSpace = !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
          || Character.isWhitespace(value.charAt(value.length() - 1)) || value.indexOf('\n') >= 0);
      cells.append("<c r=\"").append(ref(c)).append("\" s=\"").append(style).append("\" t=\"inlineStr\"><is><t")
          .append(keepSpace ? " xml:space=\"preserve\">" : ">").append(v).append("</t></is></c>");
      seen(c);
    }

    /** A number cell; NaN and infinities, which a workbook cannot hold, leave the cell empty. */
    void number(int c, double value, int style) throws IOException {
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        return;
      }
      String v = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
          : Double.toString(value);
      cells.append("<c r=\"").append(ref(c)).append("\" s=\"").append(style).append("\"><v>").append(v)
          .append("</v></c>");
      seen(c);
    }

    /**
     * Makes the row being written at least {@code n} lines high: neither Excel nor LibreOffice grows a row for
     * wrapped text on opening a file, so the height is stated.
     */
    void lines(int n) {
      lines = Math.max(lines, n);
    }

    /** A hyperlink to a file, by a relative URI, over the cells of {@code ref} ({@code B2} or {@code B2:B9}). */
    void link(String ref, String uri) {
      links.add(ref + "\u0000" + uri);
    }

    /** A chart drawn on this sheet. */
    void chart(Chart chart) {
      sheetCharts.add(chart);
    }

    /**
     * Writes the sheet: frozen header row (and the first {@code frozenCols} columns), the widths (in characters), an
     * auto-filter over {@code filterRef}, the print setup (A4 landscape as {@code print} says, the header row and
     * any repeated columns on every page, the sheet's name above and the page number below), the links and charts.
     */
    void finish(int[] widths, String filterRef, int frozenCols, PrintLayout print) throws IOException {
      closeRow();
      rows.close();
      int n = index + 1;
      String dimension = lastRow < 0 ? "A1" : "A1:" + new CellReference(lastRow, Math.max(lastCol, 0)).formatAsString();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + n + ".xml"));
      Writer w = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
      w.write(DECL + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
          + (print.fitWidth() ? "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" : "")
          + "<dimension ref=\"" + dimension + "\"/><sheetViews><sheetView workbookViewId=\"0\""
          + (index == 0 ? " tabSelected=\"1\"" : "") + ">" + pane(frozenCols) + "</sheetView></sheetViews>"
          + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
      for (int c = 0; c < widths.length; c++) {
        w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + widths[c] + "\" customWidth=\"1\"/>");
      }
      w.write("</cols><sheetData>");
      w.flush();
      Files.copy(rowsFile, zip);
      w.write("</sheetData><autoFilter ref=\"" + filterRef + "\"/>");
      StringBuilder rels = new StringBuilder();
      if (!links.isEmpty()) {
        w.write("<hyperlinks>");
        for (int i = 0; i < links.size(); i++) {
          String[] l = links.get(i).split("\u0000", 2);
          w.write("<hyperlink ref=\"" + l[0] + "\" r:id=\"rId" + (i + 1) + "\"/>");
          rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL)
              .append("/hyperlink\" Target=\"").append(escape(l[1])).append("\" TargetMode=\"External\"/>");
        }
        w.write("</hyperlinks>");
      }
      w.write(print.pageXml(sheetCharts.stream().map(Chart::top).filter(t -> t > 0).toList()));
      int drawing = 0;
      if (!sheetCharts.isEmpty()) {
        String id = "rId" + (links.size() + 1);
        w.write("<drawing r:id=\"" + id + "\"/>");
        drawing = ++drawings;
        rels.append("<Relationship Id=\"").append(id).append("\" Type=\"").append(REL)
            .append("/drawing\" Target=\"../drawings/drawing").append(drawing).append(".xml\"/>");
      }
      w.write("</worksheet>");
      w.flush();
      zip.closeEntry();
      Files.deleteIfExists(rowsFile);
      if (rels.length() > 0) {
        entry("xl/worksheets/_rels/sheet" + n + ".xml.rels", DECL + "<Relationships xmlns=\"" + PKG_REL + "\">" + rels
            + "</Relationships>");
      }
      if (drawing > 0) {
        drawing(drawing);
      }
      String quoted = "'" + name.replace("'", "''") + "'";
      definedNames.add("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + index + "\" hidden=\"1\">"
          + escape(quoted + "!" + absolute(filterRef)) + "</definedName>");
      int areaRow = lastRow;
      int areaCol = Math.max(lastCol, widths.length - 1);
      for (Chart c : sheetCharts) {
        areaRow = Math.max(areaRow, c.bottom());
        areaCol = Math.max(areaCol, c.cols() - 1);
      }
      definedNames.addAll(print.names(index, quoted, Math.max(areaRow, 0), Math.max(areaCol, 0)));
      open = null;
    }

    /** The frozen panes: the header row, and the first {@code cols} columns when there are any. */
    private String pane(int cols) {
      if (cols == 0) {
        return "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>";
      }
      String corner = CellReference.convertNumToColString(cols) + "2";
      return "<pane xSplit=\"" + cols + "\" ySplit=\"1\" topLeftCell=\"" + corner + "\" activePane=\"bottomRight\""
          + " state=\"frozen\"/><selection pane=\"topRight\"/><selection pane=\"bottomLeft\"/>"
          + "<selection pane=\"bottomRight\" activeCell=\"" + corner + "\" sqref=\"" + corner + "\"/>";
    }

    private void discard() throws IOException {
      rows.close();
      Files.deleteIfExists(rowsFile);
      open = null;
    }

    /** The sheet's drawing part {@code n}: one anchor per chart; charts are numbered across the workbook. */
    private void drawing(int n) throws IOException {
      StringBuilder d = new StringBuilder(DECL).append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/"
          + "drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">");
      StringBuilder rels = new StringBuilder(DECL).append("<Relationships xmlns=\"").append(PKG_REL).append("\">");
      for (int i = 0; i < sheetCharts.size(); i++) {
        Chart c = sheetCharts.get(i);
        d.append(SummaryChartXml.anchor(c, i + 1));
        int chartNo = ++charts;
        rels.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL)
            .append("/chart\" Target=\"../charts/chart").append(chartNo).append(".xml\"/>");
        entry("xl/charts/chart" + chartNo + ".xml", SummaryChartXml.chart(c));
      }
      d.append("</xdr:wsDr>");
      rels.append("</Relationships>");
      entry("xl/drawings/drawing" + n + ".xml", d.toString());
      entry("xl/drawings/_rels/drawing" + n + ".xml.rels", rels.toString());
    }

    private String ref(int c) {
      return CellReference.convertNumToColString(c) + (row + 1);
    }

    private void seen(int c) {
      col = c + 1;
      lastRow = Math.max(lastRow, row);
      lastCol = Math.max(lastCol, c);
    }

    private void closeRow() throws IOException {
      if (row >= 0) {
        rows.write("<row r=\"" + (row + 1) + "\""
            + (lines > 1 ? " ht=\"" + LINE_POINTS * lines + "\" customHeight=\"1\"" : "") + ">");
        rows.append(cells).write("</row>");
        cells.setLength(0);
        row = -1;
      }
    }
  }

  /** {@code A1:X16} as {@code $A$1:$X$16}. */
  private static String absolute(String ref) {
    StringBuilder sb = new StringBuilder();
    for (String part : ref.split(":")) {
      CellReference r = new CellReference(part);
      sb.append(sb.length() == 0 ? "" : ":").append(new CellReference(r.getRow(), r.getCol(), true, true).formatAsString());
    }
    return sb.toString();
  }

  /** The zip stream seen through a writer that must not close it. */
  private static final class NonClosing extends OutputStream {
    private final OutputStream out;

    NonClosing(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() {}
  }
}
