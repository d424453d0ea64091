package org.evalsheet.write.fill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evalsheet.write.fill.FillWorkbooks.cell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Finding;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedModel;
import org.evalsheet.testing.SeedResults;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.write.fill.FilledCopyWriter.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast path (zip patching) against POI's usermodel path: same content, untouched entries byte for byte. */
class FillPathsTest {
  private static final String SHEET = SeedWorkbook.SHEET;

  @TempDir Path dir;

  private Path fill(Path input, String name, Route route, List<TableResult> results) throws Exception {
    Path out = dir.resolve(route.name().toLowerCase()).resolve(name);
    FilledCopyWriter.write(input, out, results, route);
    return out;
  }

  @Test
  void fastPathCopyReadsTheSameAsTheUsermodelCopy() throws Exception {
    Path input = FillWorkbooks.seed(dir.resolve("seed.xlsx"));
    List<TableResult> results = List.of(SeedResults.seed());
    assertSameContent(fill(input, "seed.xlsx", Route.USERMODEL, results), fill(input, "seed.xlsx", Route.FAST, results));
  }

  @Test
  void refillingAFastCopyReadsTheSameAsRefillingAUsermodelCopy() throws Exception {
    Path input = FillWorkbooks.seed(dir.resolve("seed.xlsx"));
    List<TableResult> results = List.of(SeedResults.seed());
    Path slow = fill(fill(input, "once.xlsx", Route.USERMODEL, results), "twice.xlsx", Route.USERMODEL, results);
    Path fast = fill(fill(input, "once.xlsx", Route.FAST, results), "twice.xlsx", Route.FAST, results);
    assertSameContent(slow, fast);
  }

  @Test
  void missingCellsAndRowsAreInsertedInOrder() throws Exception {
    Path input = FillWorkbooks.edit(FillWorkbooks.seed(dir.resolve("holes.xlsx")), wb -> {
      Sheet s = wb.getSheet(SHEET);
      for (int r = 3; r <= 7; r++) {
        s.getRow(r).removeCell(s.getRow(r).getCell(10));
      }
      s.getRow(9).removeCell(s.getRow(9).getCell(9));
    });
    List<Finding> findings = new ArrayList<>(SeedResults.findings());
    findings.add(Finding.warning(Code.NAME_MISSING, new CellRef(SHEET, 30, 2), "表下方的说明待补"));
    findings.add(Finding.error(Code.SCORE_MISSING, new CellRef(SHEET, 9, 9), "得分为空"));
    findings.add(Finding.warning(Code.NAME_MISSING, new CellRef(FillWorkbooks.NOTES, 5, 0), "说明页待补"));
    List<TableResult> results = List.of(SeedResults.of(SeedModel.table(), findings));
    Path fast = fill(input, "holes.xlsx", Route.FAST, results);
    assertSameContent(fill(input, "holes.xlsx", Route.USERMODEL, results), fast);
    try (Workbook wb = FillWorkbooks.open(fast)) {
      assertThat(cell(wb, SHEET, 3, 10).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(FillWorkbooks.fill(cell(wb, SHEET, 30, 2))).isEqualTo("FFEB9C");
      assertThat(FillWorkbooks.fill(cell(wb, SHEET, 9, 9))).isEqualTo("FFC7CE");
      assertThat(cell(wb, FillWorkbooks.NOTES, 5, 0).getCellComment().getString().getString()).contains("说明页待补");
    }
  }

  @Test
  void unchangedEntriesAreCopiedByteForByte() throws Exception {
    Path input = FillWorkbooks.seed(dir.resolve("seed.xlsx"));
    Path out = fill(input, "seed.xlsx", Route.FAST, List.of(SeedResults.seed()));
    Map<String, byte[]> before = entries(input);
    Map<String, byte[]> after = entries(out);
    Set<String> rewritten = Set.of("[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/comments1.xml", "xl/drawings/vmlDrawing0.vml");
    assertThat(new ArrayList<>(after.keySet()).subList(0, before.size())).containsExactlyElementsOf(before.keySet());
    assertThat(before.keySet()).contains("xl/sharedStrings.xml", "xl/worksheets/sheet2.xml");
    for (String name : before.keySet()) {
      if (!rewritten.contains(name)) {
        assertThat(java.util.Arrays.equals(after.get(name), before.get(name))).as(name).isTrue();
      }
    }
    // Only the 评价结论 worksheet is new: the seed's sheet already has comments and a drawing.
    assertThat(after.keySet()).hasSize(before.size() + 1);
    long same = before.keySet().stream().filter(n -> java.util.Arrays.equals(after.get(n), before.get(n))).count();
    assertThat(same).isGreaterThanOrEqualTo(before.size() - rewritten.size());
  }

  @Test
  void xlsmKeepsItsVbaProjectByteForByte() throws Exception {
    Path input = FillXlsm.withMacros(FillWorkbooks.seed(dir.resolve("seed.xlsx")), dir.resolve("seed.xlsm"));
    Path out = fill(input, "seed.xlsm", Route.FAST, List.of(SeedResults.seed()));
    assertThat(FillXlsm.vbaProject(out)).isEqualTo(FillXlsm.vbaProject(input)).isNotEmpty();
    assertThat(FillXlsm.mainContentType(out)).contains("macroEnabled");
  }

  @Test
  void aSeedWorkbookWithoutCommentsGetsNewCommentParts() throws Exception {
    Path input = dir.resolve("plain.xlsx");
    new SeedWorkbook().write(input);
    List<TableResult> results = List.of(SeedResults.seed());
    Path fast = fill(input, "plain.xlsx", Route.FAST, results);
    assertSameContent(fill(input, "plain.xlsx", Route.USERMODEL, results), fast);
    assertThat(entries(fast).keySet()).contains("xl/comments1.xml", "xl/drawings/vmlDrawing1.vml",
        "xl/worksheets/_rels/sheet1.xml.rels");
  }

  @Test
  void tablesNeedingRowsOrColumnsLaidOutAreLeftToTheUsermodel() throws Exception {
    Path input = FillWorkbooks.seed(dir.resolve("seed.xlsx"));
    TableResult noTotal = SeedResults.of(SeedResults.withoutTotal(SeedModel.table()), List.of());
    assertThatThrownBy(() -> fill(input, "a.xlsx", Route.FAST, List.of(noTotal)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("合计");
    TableResult noRate = SeedResults.of(SeedResults.withoutRateColumn(SeedModel.table()), List.of());
    assertThatThrownBy(() -> fill(input, "b.xlsx", Route.FAST, List.of(noRate)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("得分率");
    assertThat(dir.resolve("fast")).doesNotExist();
    Path xls = FillWorkbooks.seed(dir.resolve("seed.xls"));
    assertThatThrownBy(() -> fill(xls, "c.xls", Route.FAST, List.of(SeedResults.seed())))
        .isInstanceOf(IllegalStateException.class);
  }

  private static Map<String, byte[]> entries(Path file) throws IOException {
    Map<String, byte[]> map = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        map.put(e.getName(), zip.getInputStream(e).readAllBytes());
      }
    }
    return map;
  }

  /** Every sheet, merged region, cell value, formula, number format, fill colour and comment text the same. */
  static void assertSameContent(Path expected, Path actual) throws IOException {
    try (Workbook a = FillWorkbooks.open(expected); Workbook b = FillWorkbooks.open(actual)) {
      assertThat(b.getNumberOfSheets()).isEqualTo(a.getNumberOfSheets());
      for (int i = 0; i < a.getNumberOfSheets(); i++) {
        Sheet sa = a.getSheetAt(i);
        Sheet sb = b.getSheetAt(i);
        assertThat(sb.getSheetName()).isEqualTo(sa.getSheetName());
        assertThat(sb.getMergedRegions()).containsExactlyInAnyOrderElementsOf(sa.getMergedRegions());
        assertThat(sb.getLastRowNum()).as(sa.getSheetName()).isEqualTo(sa.getLastRowNum());
        for (int c = 0; c < 12; c++) {
          assertThat(sb.getColumnWidth(c)).isEqualTo(sa.getColumnWidth(c));
        }
        for (Row ra : sa) {
          Row rb = sb.getRow(ra.getRowNum());
          assertThat(rb).as("%s row %d", sa.getSheetName(), ra.getRowNum() + 1).isNotNull();
          assertThat(rb.getHeight()).isEqualTo(ra.getHeight());
          for (Cell ca : ra) {
            Cell cb = rb.getCell(ca.getColumnIndex());
            String where = sa.getSheetName() + "!" + ca.getAddress();
            assertThat(FillWorkbooks.content(cb)).as(where).isEqualTo(FillWorkbooks.content(ca));
            assertThat(cb.getCellStyle().getDataFormatString()).as(where)
                .isEqualTo(ca.getCellStyle().getDataFormatString());
            assertThat(FillWorkbooks.fill(cb)).as(where).isEqualTo(FillWorkbooks.fill(ca));
            assertThat(cb.getCellStyle().getBorderTop()).as(where).isEqualTo(ca.getCellStyle().getBorderTop());
            assertThat(cb.getCellStyle().getWrapText()).as(where).isEqualTo(ca.getCellStyle().getWrapText());
          }
          for (Cell cb : rb) {
            assertThat(ra.getCell(cb.getColumnIndex())).as("%s!%s only in the fast copy", sb.getSheetName(),
                cb.getAddress()).isNotNull();
          }
        }
      }
    }
  }
}
