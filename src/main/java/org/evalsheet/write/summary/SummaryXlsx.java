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
 * {@code _FilterDatabase} name), landscape A4 one page wide with the header repeated ({@code Print_Titles}),
 * hyperlinks to the filled copies, and native bar charts whose series point at the sheet's cells.
 */
final class SummaryXlsx implements Closeable {
  /** The cell formats of {@link #STYLES}, by index. */
  static final int HEADER = 1;
  static final int TEXT = 2;
  static final int INTEGER = 3;
  static final int SCORE = 4;
  static final int RATE = 5;
  static final int LINK = 6;

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  /** Fonts: plain, bold, blue underlined; fills: none, gray125 (required), grey 25 %; borders: none, thin bottom. */
  private static final String STYLES = DECL + "<styleSheet xmlns=\"" + MAIN + "\">"
      + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      + "<font><u/><sz val=\"11\"/><color indexed=\"12\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
      + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/>"
      + "</fill><fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/><bgColor indexed=\"64\"/></patternFill>"
      + "</fill></fills>"
      + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
      + "<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"8\"/></bottom><diagonal/></border></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      + "<cellXfs count=\"7\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
      + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
      + xf(0, 0) + xf(1, 0) + xf(2, 0) + xf(10, 0) + xf(0, 2) + "</cellXfs>"
      + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      + "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>";

  private static String xf(int numFmt, int font) {
    return "<xf numFmtId=\"" + numFmt + "\" fontId=\"" + font + "\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
        + (numFmt != 0 ? " applyNumberFormat=\"1\"" : "") + (font != 0 ? " applyFont=\"1\"" : "")
        + " applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>";
  }

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
    entry("xl/styles.xml", STYLES);
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
      rows.write("<row r=\"" + (index + 1) + "\">");
    }

    /** A string cell in column {@code c} (zero-based) with a cell format of this class. */
    void text(int c, String value, int style) throws IOException {
      String v = escape(value);
      boolean keepSpace = !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
          || Character.isWhitespace(value.charAt(value.length() - 1)) || value.indexOf('\n') >= 0);
      rows.write("<c r=\"" + ref(c) + "\" s=\"" + style + "\" t=\"inlineStr\"><is><t"
          + (keepSpace ? " xml:space=\"preserve\">" : ">") + v + "</t></is></c>");
      seen(c);
    }

    /** A number cell; NaN and infinities, which a workbook cannot hold, leave the cell empty. */
    void number(int c, double value, int style) throws IOException {
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        return;
      }
      String v = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
          : Double.toString(value);
      rows.write("<c r=\"" + ref(c) + "\" s=\"" + style + "\"><v>" + v + "</v></c>");
      seen(c);
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
     * Writes the sheet: frozen first row, the widths (in characters), an auto-filter over {@code filterRef}, the
     * print setup (landscape A4, one page wide, the first row on every page), the links and the charts.
     */
    void finish(int[] widths, String filterRef) throws IOException {
      closeRow();
      rows.close();
      int n = index + 1;
      String dimension = lastRow < 0 ? "A1" : "A1:" + new CellReference(lastRow, Math.max(lastCol, 0)).formatAsString();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + n + ".xml"));
      Writer w = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
      w.write(DECL + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/>"
          + "</sheetPr><dimension ref=\"" + dimension + "\"/><sheetViews><sheetView workbookViewId=\"0\""
          + (index == 0 ? " tabSelected=\"1\"" : "") + "><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\""
          + " state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
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
      w.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
          + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
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
      definedNames.add("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + index + "\">"
          + escape(quoted + "!$1:$1") + "</definedName>");
      open = null;
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
        int id = i + 1;
        d.append("<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(c.top())
            .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").append(c.cols())
            .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(c.bottom())
            .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr>"
                + "<xdr:cNvPr id=\"").append(id + 1).append("\" name=\"Chart ").append(id)
            .append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\""
                + " cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/"
                + "2006/chart\"><c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:r=\"")
            .append(REL).append("\" r:id=\"rId").append(id).append("\"/></a:graphicData></a:graphic></xdr:graphicFrame>"
                + "<xdr:clientData/></xdr:twoCellAnchor>");
        int chartNo = ++charts;
        rels.append("<Relationship Id=\"rId").append(id).append("\" Type=\"").append(REL)
            .append("/chart\" Target=\"../charts/chart").append(chartNo).append(".xml\"/>");
        entry("xl/charts/chart" + chartNo + ".xml", chartXml(c));
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
        rows.write("</row>");
        row = -1;
      }
    }
  }

  /** A clustered column chart: one series, its categories and values by reference with a cache of each. */
  private static String chartXml(Chart c) {
    StringBuilder x = new StringBuilder(DECL).append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/"
        + "drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"")
        .append(REL).append("\"><c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r>"
            + "<a:t>").append(escape(c.title())).append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/>"
            + "</c:title><c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/>"
            + "<c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/><c:ser><c:idx val=\"0\"/><c:order val=\"0\"/>"
            + "<c:tx><c:v>").append(escape(c.series())).append("</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr"
            + " val=\"4472C4\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/><c:cat><c:strRef><c:f>")
        .append(escape(c.categoriesRef())).append("</c:f><c:strCache><c:ptCount val=\"").append(c.categories().size())
        .append("\"/>");
    for (int i = 0; i < c.categories().size(); i++) {
      x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(escape(c.categories().get(i))).append("</c:v></c:pt>");
    }
    x.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>").append(escape(c.valuesRef()))
        .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"").append(c.values().size())
        .append("\"/>");
    for (int i = 0; i < c.values().size(); i++) {
      Number v = c.values().get(i);
      if (v != null && !Double.isNaN(v.doubleValue()) && !Double.isInfinite(v.doubleValue())) {
        x.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(v).append("</c:v></c:pt>");
      }
    }
    x.append("</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val=\"150\"/><c:axId val=\"1\"/><c:axId val=\"2\"/>"
        + "</c:barChart><c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete"
        + " val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark"
        + " val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"2\"/><c:crosses"
        + " val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl"
        + " val=\"0\"/></c:catAx><c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/><c:min"
        + " val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln><a:solidFill>"
        + "<a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode=\"0\""
        + " sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos"
        + " val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/>"
        + "</c:valAx></c:plotArea><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>");
    return x.toString();
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
