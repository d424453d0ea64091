package org.evalsheet.write.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast path fits a table sheet to one page wide (打印适应页宽) whatever the department's sheet already says about
 * printing: {@code sheetPr} and {@code pageSetup} set where they are, added in schema order where they are not, and
 * never inside a nested element.
 */
class XlsxPatchPrintTest {
  private static final String NS = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "nothing set|<dimension ref=\"A1\"/>|<pageMargins left=\"0.7\"/>"
          + "|<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1\"/>"
          + "|<pageMargins left=\"0.7\"/><pageSetup fitToWidth=\"1\" fitToHeight=\"0\" cellComments=\"atEnd\"/>",
      "empty sheetPr, a scale|<sheetPr codeName=\"Sheet1\"/>|<pageSetup paperSize=\"9\" scale=\"80\"/><headerFooter/>"
          + "|<sheetPr codeName=\"Sheet1\"><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
          + "|<pageSetup paperSize=\"9\" scale=\"80\" fitToWidth=\"1\" fitToHeight=\"0\" cellComments=\"atEnd\"/><headerFooter/>",
      "tab colour, then a rule's extLst|<sheetPr><tabColor rgb=\"FFFF0000\"/></sheetPr>"
          + "|<conditionalFormatting sqref=\"A1\"><cfRule type=\"x\" priority=\"1\"><extLst/></cfRule>"
          + "</conditionalFormatting><drawing r:id=\"rId1\"/>"
          + "|<sheetPr><tabColor rgb=\"FFFF0000\"/><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
          + "|<conditionalFormatting sqref=\"A1\"><cfRule type=\"x\" priority=\"1\"><extLst/></cfRule>"
          + "</conditionalFormatting><pageSetup fitToWidth=\"1\" fitToHeight=\"0\" cellComments=\"atEnd\"/><drawing r:id=\"rId1\"/>",
      "fit already asked, at two pages|<sheetPr><pageSetUpPr autoPageBreaks=\"0\" fitToPage=\"0\"/></sheetPr>"
          + "|<pageSetup fitToWidth=\"2\"/>"
          + "|<sheetPr><pageSetUpPr autoPageBreaks=\"0\" fitToPage=\"1\"/></sheetPr>"
          + "|<pageSetup fitToWidth=\"1\" fitToHeight=\"0\" cellComments=\"atEnd\"/>"})
  void aTableSheetPrintsOnePageWide(String name, String head, String tail, String fittedHead, String fittedTail)
      throws Exception {
    String xml = NS + head + "<sheetData><row r=\"1\"/></sheetData>" + tail + "</worksheet>";

    String fitted = XlsxPatchSheet.transform(xml, Map.of(), (base, mark, percent) -> base, null,
        new FillPlan.Print(10, false));

    assertThat(fitted).isEqualTo(NS + fittedHead + "<sheetData><row r=\"1\"/></sheetData>" + fittedTail
        + "</worksheet>");
    assertThat(XlsxPatchSheet.transform(xml, Map.of(), (base, mark, percent) -> base, null, null))
        .as("a sheet that is not a table's is left as it was").isEqualTo(xml);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no page setup|<pageMargins left=\"0.7\"/>"
          + "|<pageMargins left=\"0.7\"/><pageSetup fitToWidth=\"1\" fitToHeight=\"0\" cellComments=\"atEnd\""
          + " orientation=\"landscape\"/>",
      "a paper size, no orientation|<pageSetup paperSize=\"9\"/>"
          + "|<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" cellComments=\"atEnd\""
          + " orientation=\"landscape\"/>",
      "the department chose portrait|<pageSetup orientation=\"portrait\"/>"
          + "|<pageSetup orientation=\"portrait\" fitToWidth=\"1\" fitToHeight=\"0\" cellComments=\"atEnd\"/>"})
  void aWideTablePrintsLandscapeUnlessTheDepartmentChoseAnOrientation(String name, String tail, String fittedTail)
      throws Exception {
    String xml = NS + "<sheetPr/><sheetData/>" + tail + "</worksheet>";

    String fitted = XlsxPatchSheet.transform(xml, Map.of(), (base, mark, percent) -> base, null,
        new FillPlan.Print(10, true));

    assertThat(fitted).endsWith(fittedTail + "</worksheet>");
  }

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "指标体系!$A$1:$J$24|10|$A$1:$K$24",
      "'指标 体系'!$A$3:$H$40|10|$A$3:$K$40",
      "指标体系!$A$1:$L$24|10|-",
      "指标体系!$A$1:$J$24,指标体系!$A$30:$J$40|10|-",
      "-|10|-"})
  void aPrintAreaIsWidenedToTheRateColumnOnlyWhenItIsOneRectangleThatStopsShort(String area, int lastCol,
      String wider) {
    assertThat(FillPlan.widenedArea(area, lastCol)).isEqualTo(wider);
  }
}
