package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel repairs (and calls damaged) a worksheet whose elements are out of the schema's order, which LibreOffice and
 * POI forgive. So every worksheet of every copy a round writes — the bundled submissions and the 36 published real
 * forms, through the fast path and the usermodel alike — is checked here against CT_Worksheet's sequence (and
 * CT_SheetPr's), the order the copy's print setup, comments and cells must keep.
 */
class CopiesKeepTheWorksheetOrderTest {
  /** CT_Worksheet's children in schema order (ECMA-376 Part 1, 18.3.1.99). */
  private static final List<String> WORKSHEET = List.of("sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols",
      "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState",
      "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
      "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
      "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
      "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");
  /** CT_SheetPr's children in schema order. */
  private static final List<String> SHEET_PR = List.of("tabColor", "outlinePr", "pageSetUpPr");

  @TempDir Path dir;

  @Test
  void everyWorksheetOfEveryCopyKeepsTheSchemaOrder() throws Exception {
    Path inbox = ProjectFiles.copyTree(ProjectFiles.samples().resolve("submissions"), dir.resolve("收件箱"));
    ProjectFiles.copyTree(ProjectFiles.root().resolve("src/test/resources/realforms/xlsx"), inbox.resolve("真实表"));
    Path out = dir.resolve("结果");

    MainTest.Run r = MainTest.run("batch", inbox.toString(), "--out", out.toString());

    assertThat(r.code()).as(r.err()).isEqualTo(1);
    List<Path> copies;
    try (Stream<Path> s = Files.walk(out.resolve("filled"))) {
      copies = s.filter(p -> p.toString().endsWith(".xlsx")).toList();
    }
    assertThat(copies).as("the samples' .xlsx copies and the real forms'").hasSizeGreaterThan(45);
    List<String> problems = new ArrayList<>();
    int sheets = 0;
    for (Path copy : copies) {
      try (ZipFile zip = new ZipFile(copy.toFile())) {
        for (ZipEntry e : zip.stream().filter(e -> e.getName().matches("xl/worksheets/[^/]+\\.xml")).toList()) {
          sheets++;
          problems.addAll(order(copy.getFileName() + "/" + e.getName(), zip.getInputStream(e).readAllBytes()));
        }
      }
    }
    assertThat(sheets).isGreaterThan(copies.size());
    assertThat(problems).isEmpty();
  }

  /** Where a worksheet part leaves the schema's order: one line per element out of place. */
  private static List<String> order(String part, byte[] xml) throws IOException {
    List<String> problems = new ArrayList<>();
    try {
      XMLInputFactory f = XMLInputFactory.newFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XMLStreamReader x = f.createXMLStreamReader(new ByteArrayInputStream(xml));
      int depth = 0;
      int last = -1;
      int lastPr = -1;
      boolean inSheetPr = false;
      while (x.hasNext()) {
        int ev = x.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = x.getLocalName();
          if (depth == 2) {
            int at = WORKSHEET.indexOf(name);
            if (at < 0 || at < last || at == last && !name.equals("conditionalFormatting")) {
              problems.add(part + ": <" + name + "> after <" + (last < 0 ? "-" : WORKSHEET.get(last)) + ">");
            }
            last = Math.max(last, at);
            inSheetPr = name.equals("sheetPr");
          } else if (depth == 3 && inSheetPr) {
            int at = SHEET_PR.indexOf(name);
            if (at <= lastPr) {
              problems.add(part + ": <sheetPr><" + name + "> out of order");
            }
            lastPr = at;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    } catch (javax.xml.stream.XMLStreamException e) {
      problems.add(part + ": not well-formed: " + e.getMessage());
    }
    return problems;
  }
}
