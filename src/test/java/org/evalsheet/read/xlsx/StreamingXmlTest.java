package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.read.grid.Grid;
import org.evalsheet.testing.HostileInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sheet XML as other programs write it, set into a real package: the streaming reader reads each cell as POI's
 * usermodel does, or hands the workbook to it.
 */
class StreamingXmlTest {

  private static final String HEAD = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
      + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      references left out | <sheetData><row><c><v>1</v></c><c r="C1"><v>2</v></c><c><v>3</v></c></row>\
      <row r="4"><c t="s"><v>0</v></c></row><row><c r="B5" t="s"><v>1</v></c></row></sheetData>
      inline and rich text | <sheetData><row r="1"><c r="A1" t="inlineStr"><is><r><t>决</t></r><r><rPr><b/></rPr>\
      <t xml:space="preserve">策 </t></r></is></c><c r="B1" t="inlineStr"><is><t>a_x000D_b</t><rPh sb="0" eb="1">\
      <t>ア</t></rPh></is></c><c r="C1" t="inlineStr"><v>旧式</v></c><c r="D1" t="inlineStr"><is/></c>\
      <c r="E1" t="inlineStr"><is><r><rPr/></r></is></c><c r="F1" t="str"><v>公式文字</v></c><c r="G1" t="s">\
      <v>2</v></c><c r="H1" t="s"><v>3</v></c></row></sheetData>
      booleans errors and odd values | <sheetData><row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b">\
      <v>true</v></c><c r="C2" t="b"/><c r="D2" t="e"><v>#REF!</v></c><c r="E2" t="e"><v>#BOGUS</v></c>\
      <c r="F2" t="e"/><c r="G2"><v></v></c><c r="H2"><v> 12.5 </v></c><c r="I2"><v>abc</v></c><c r="J2" t="s">\
      <v>99</v></c><c r="K2" t="s"><v>x</v></c><c r="L2" t="s"/><c r="M2" s="1"><v>0.125</v></c>\
      <c r="N2" s="2"><v>3.14159</v></c><c r="O2"><v>1E-3</v></c><c r="P2"><v>0.1234567890123456789</v></c>\
      </row></sheetData>
      formulas with cached values | <sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str">\
      <f>"a"</f><v>a</v></c><c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
      <c r="E1" s="1"><f t="shared" ref="E1:E2" si="0">A1/4</f><v>0.5</v></c></row><row r="2"><c r="E2" s="1">\
      <f t="shared" si="0"/><v>0</v></c><c r="F2"><f t="dataTable" ref="F2" dt2D="0" dtr="0"/></c></row>\
      </sheetData>
      column styles | <cols><col min="2" max="3" width="9" style="1" customWidth="1"/><col min="3" max="3" \
      width="9"/><col min="5" max="6" style="2"/></cols><sheetData><row r="1"><c r="A1"><v>0.5</v></c>\
      <c r="B1"><v>0.5</v></c><c r="C1"><v>0.25</v></c><c r="D1" s="99"><v>0.5</v></c><c r="E1" s="99">\
      <v>2.25</v></c><c r="F1" s="2"><v>2.25</v></c></row></sheetData>
      hidden rows and merges | <sheetData><row r="1" hidden="1"><c r="A1" t="s"><v>0</v></c></row>\
      <row r="2" hidden="true"/><row r="3" hidden="0"><c r="B3"><v>3</v></c></row><row r="6" hidden="false">\
      <c r="A6"><v>6</v></c></row></sheetData><mergeCells count="3"><mergeCell ref="A1:C1"/>\
      <mergeCell ref="B3:B9"/><mergeCell ref="A6"/></mergeCells>
      other namespaces ignored | <sheetPr><mc:AlternateContent><mc:Choice Requires="x14"><row r="9"><c r="A9">\
      <v>9</v></c></row></mc:Choice></mc:AlternateContent></sheetPr><sheetData><row r="1"><c r="A1"><v>1</v>\
      <mc:Fallback><v>2</v></mc:Fallback></c></row><mc:AlternateContent><row r="5"><c r="A5"><v>5</v></c></row>\
      </mc:AlternateContent></sheetData><extLst><ext uri="{x}"><row r="7"/></ext></extLst>
      formula without a value | <sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f></c></row></sheetData>
      formula with an empty value | <sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v></v></c>\
      </row></sheetData>
      openpyxl's totals and rates | <sheetData><row r="1"><c r="A1"><v>3</v></c><c r="B1"><v>2.5</v></c><c r="C1" s="2">\
      <f>B1/A1</f><v></v></c></row><row r="2"><c r="A2"><v>4</v></c><c r="B2" t="inlineStr"><is><t>满分</t></is></c>\
      <c r="C2"><f>B2/A2</f><v></v></c></row><row r="3"><c r="A3"><f>SUM(A1:A2)</f><v></v></c><c r="B3">\
      <f>SUM($B$1:$B$2, B1) - (B1 * 2)</f><v></v></c><c r="C3"><f>SUM(C1:C2)</f><v></v></c></row></sheetData>
      blanks, text numbers and division by zero | <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>4</t></is></c>\
      <c r="B1"><f>A1*2</f><v></v></c><c r="C1"><f>SUM(A1:A3)+D9</f><v></v></c><c r="D1"><f>A1/D9</f><v></v></c>\
      <c r="E1"><f>-(-A1)+C1/2</f><v></v></c></row></sheetData>
      """)
  void sheetXmlReadsAsTheUsermodelReadsIt(String name, String body) throws IOException {
    Path file = withSheet(HEAD + body + "</worksheet>");

    assertThat(LoaderEquivalence.check(file)).isEqualTo(LoaderEquivalence.Outcome.SAME);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a function evalsheet does not compute | <sheetData><row r="1"><c r="A1"><v>1.25</v></c><c r="B1">\
      <f>ROUND(A1,1)</f><v></v></c></row></sheetData>
      another sheet | <sheetData><row r="1"><c r="A1"><f>Sheet2!A1</f><v></v></c></row></sheetData>
      a whole column | <sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>SUM(A:A)</f><v></v></c></row></sheetData>
      a shared formula without values | <sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2"\
       si="0">A1*2</f><v></v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v></v></c>\
      </row></sheetData>
      a formula written with its equals sign | <sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>=A1</f><v></v>\
      </c></row></sheetData>
      a circular reference | <sheetData><row r="1"><c r="A1"><f>B1+1</f><v></v></c><c r="B1"><f>A1+1</f><v></v></c>\
      </row></sheetData>
      array formula cell without a value | <sheetData><row r="1"><c r="A1"><f t="array" ref="A1:A2">{1;2}</f>\
      <v>1</v></c></row><row r="2"><c r="A2"/></row></sheetData>
      rows out of order | <sheetData><row r="3"><c r="A3"><v>3</v></c></row><row r="2"><c r="A2"><v>2</v></c>\
      </row></sheetData>
      cells out of order | <sheetData><row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c></row></sheetData>
      date cell type | <sheetData><row r="1"><c r="A1" t="d"><v>2024-01-01</v></c></row></sheetData>
      """)
  void sheetXmlTheStreamingReaderDoesNotTakeGoesToTheUsermodel(String name, String body) throws IOException {
    Path file = withSheet(HEAD + body + "</worksheet>");

    assertThat(LoaderEquivalence.check(file)).isEqualTo(LoaderEquivalence.Outcome.DECLINED);
    assertThat(LoaderEquivalence.readerOutcome(file, ReadLimits.DEFAULT))
        .isEqualTo(LoaderEquivalence.usermodelOutcome(file, ReadLimits.DEFAULT));
  }

  @Test
  void workbookWithoutStylesReadsNumbersAsTheUsermodelDoes() throws IOException {
    Path file = withSheet(HEAD + "<sheetData><row r=\"1\"><c r=\"A1\"><v>0.125</v></c><c r=\"B1\" s=\"1\">"
        + "<v>2</v></c></row></sheetData></worksheet>");
    Map<String, byte[]> parts = HostileInputs.unzip(Files.readAllBytes(file));
    parts.remove("xl/styles.xml");
    edit(parts, "xl/_rels/workbook.xml.rels", s -> s.replaceAll("<Relationship [^>]*styles\"/>", ""));
    edit(parts, "[Content_Types].xml", s -> s.replaceAll("<Override [^>]*styles[^>]*/>", ""));
    Files.write(file, HostileInputs.zip(parts));

    assertThat(LoaderEquivalence.check(file)).isEqualTo(LoaderEquivalence.Outcome.SAME);
  }

  /** Styles parts as other programs write them: the streaming reader's own styles pass reads them as POI does. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      built-in ids only, no numFmts | SAME | <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10"/><xf/>\
      <xf numFmtId="9" xfId="7"/></cellXfs>
      own formats, a built-in id overridden | SAME | <numFmts><numFmt numFmtId="9" formatCode="0.0&quot;分&quot;"/>\
      <numFmt numFmtId="200" formatCode="0.000%"/><numFmt numFmtId="200" formatCode="0.0%"/></numFmts>\
      <cellXfs><xf numFmtId="200"/><xf numFmtId="9"/><xf numFmtId="0065537"/><xf numFmtId="4294967295"/></cellXfs>
      prefixed elements and foreign ones | SAME | <x:numFmts xmlns:x="http://schemas.openxmlformats.org/\
      spreadsheetml/2006/main"><x:numFmt numFmtId="170" formatCode="0%"/><o:numFmt xmlns:o="urn:other" \
      numFmtId="1" formatCode="0.00%"/></x:numFmts><cellXfs><xf numFmtId="170"/><o:xf xmlns:o="urn:other" \
      numFmtId="10"/><xf numFmtId="10"><alignment/></xf></cellXfs>
      no cellXfs | SAME | <numFmts><numFmt numFmtId="170" formatCode="0%"/></numFmts>
      id with spaces | DECLINED | <cellXfs><xf numFmtId=" 10"/><xf numFmtId="10"/></cellXfs>
      signed id | DECLINED | <cellXfs><xf numFmtId="-1"/><xf numFmtId="10"/></cellXfs>
      id beyond unsigned int | DECLINED | <cellXfs><xf numFmtId="4294967296"/><xf numFmtId="10"/></cellXfs>
      two cellXfs | DECLINED | <cellXfs><xf numFmtId="0"/></cellXfs><cellXfs><xf numFmtId="10"/></cellXfs>
      format without code | DECLINED | <numFmts><numFmt numFmtId="170"/></numFmts><cellXfs><xf numFmtId="170"/>\
      <xf numFmtId="10"/></cellXfs>
      """)
  void stylesPartReadsAsTheUsermodelReadsIt(String name, LoaderEquivalence.Outcome outcome, String styles)
      throws IOException {
    Path file = withSheet(HEAD + "<sheetData><row r=\"1\"><c r=\"A1\"><v>0.125</v></c><c r=\"B1\" s=\"1\">"
        + "<v>2.5</v></c><c r=\"C1\" s=\"2\"><v>0.5</v></c><c r=\"D1\" s=\"3\"><v>0.75</v></c><c r=\"E1\" s=\"4\">"
        + "<v>1.5</v></c></row></sheetData></worksheet>");
    Map<String, byte[]> parts = HostileInputs.unzip(Files.readAllBytes(file));
    parts.put("xl/styles.xml", ("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + styles + "</styleSheet>").getBytes(StandardCharsets.UTF_8));
    Files.write(file, HostileInputs.zip(parts));

    assertThat(LoaderEquivalence.check(file)).isEqualTo(outcome);
  }

  @Test
  void stylesPartWithAnotherRootIsRejectedAsTheUsermodelRejectsIt() throws IOException {
    Path file = withSheet(HEAD + "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>0.5</v></c></row></sheetData>"
        + "</worksheet>");
    Map<String, byte[]> parts = HostileInputs.unzip(Files.readAllBytes(file));
    edit(parts, "xl/styles.xml", s -> s.replace("spreadsheetml/2006/main", "spreadsheetml/2006/other"));
    Files.write(file, HostileInputs.zip(parts));

    assertThat(LoaderEquivalence.readerOutcome(file, ReadLimits.DEFAULT))
        .isEqualTo(LoaderEquivalence.usermodelOutcome(file, ReadLimits.DEFAULT));
  }

  @Test
  void chartsheetCountsAsASheetWithoutCells() throws IOException {
    Path file = withSheet(HEAD + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>"
        + "</worksheet>");
    Map<String, byte[]> parts = HostileInputs.unzip(Files.readAllBytes(file));
    parts.put("xl/chartsheets/sheet1.xml", ("<chartsheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
        + "main\"><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>")
        .getBytes(StandardCharsets.UTF_8));
    edit(parts, "xl/_rels/workbook.xml.rels", s -> s.replace("</Relationships>", "<Relationship Id=\"rId99\" "
        + "Target=\"chartsheets/sheet1.xml\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "relationships/chartsheet\"/></Relationships>"));
    edit(parts, "[Content_Types].xml", s -> s.replace("</Types>", "<Override PartName=\"/xl/chartsheets/sheet1.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml\"/></Types>"));
    edit(parts, "xl/workbook.xml", s -> s.replace("<sheets>", "<sheets><sheet name=\"图表\" sheetId=\"9\" "
        + "r:id=\"rId99\"/><sheet name=\"无此页\" sheetId=\"10\" r:id=\"rId98\"/>"));
    Files.write(file, HostileInputs.zip(parts));

    assertThat(LoaderEquivalence.check(file)).isEqualTo(LoaderEquivalence.Outcome.SAME);
    assertThat(LoaderEquivalence.usermodelGrids(file, 100)).extracting(Grid::sheet, Grid::index)
        .containsExactly(tuple("图表", 0), tuple("指标", 1), tuple("第二页", 2));
  }

  private static void edit(Map<String, byte[]> parts, String name, UnaryOperator<String> change) {
    parts.put(name, change.apply(new String(parts.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A POI workbook whose first sheet's XML is replaced: shared strings 甲, 乙, a two-run rich string and a string
   * with a carriage return; styles 1 = {@code 0.00%} and 2 = {@code 0.0}.
   */
  private Path withSheet(String sheetXml) throws IOException {
    Path base = dir.resolve("base.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(base)) {
      Sheet s = wb.createSheet("指标");
      CellStyle pct = wb.createCellStyle();
      pct.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
      CellStyle one = wb.createCellStyle();
      one.setDataFormat(wb.createDataFormat().getFormat("0.0"));
      Row r = s.createRow(0);
      r.createCell(0).setCellValue("甲");
      r.createCell(1).setCellValue("乙");
      XSSFRichTextString rich = new XSSFRichTextString("决策指标");
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      rich.applyFont(0, 2, bold);
      r.createCell(2).setCellValue(rich);
      r.createCell(3).setCellValue("换\r行");
      wb.createSheet("第二页").createRow(0).createCell(0).setCellValue("乙");
      wb.write(out);
    }
    Map<String, byte[]> parts = HostileInputs.unzip(Files.readAllBytes(base));
    parts.put("xl/worksheets/sheet1.xml", sheetXml.getBytes(StandardCharsets.UTF_8));
    return Files.write(dir.resolve("crafted.xlsx"), HostileInputs.zip(parts));
  }
}
