package org.evalsheet.write.fill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.evalsheet.write.fill.FillWorkbooks.cell;
import static org.evalsheet.write.fill.FillWorkbooks.content;
import static org.evalsheet.write.fill.FillWorkbooks.describe;
import static org.evalsheet.write.fill.FillWorkbooks.look;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedResults;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.write.fill.FilledCopyWriter.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FillRoundTripTest {
  private static final String SHEET = SeedWorkbook.SHEET;
  /** Rate column K; leaves on rows 4–23 (0-based 3–22), 合计 on row 24 (0-based 23). */
  private static final int RATE = 10;
  private static final int SCORE = 9;
  private static final int TOTAL = 23;

  @TempDir Path dir;

  /** The cells the fill writes or marks on the seed: K4:K24, J24, and the marked J6 and J12. */
  private static Set<CellRef> written() {
    Set<CellRef> cells = new HashSet<>();
    for (int r = 3; r <= TOTAL; r++) {
      cells.add(new CellRef(SHEET, r, RATE));
    }
    cells.add(new CellRef(SHEET, TOTAL, SCORE));
    cells.add(new CellRef(SHEET, 5, SCORE));
    cells.add(new CellRef(SHEET, 11, SCORE));
    return cells;
  }

  private Path fill(Path input, String name, TableResult result, Route route) throws Exception {
    Path out = dir.resolve("out").resolve(name);
    FilledCopyWriter.write(input, out, List.of(result), route);
    return out;
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#routes")
  void everyCellOutsideTheWrittenOnesStaysAsItWas(String ext, Route route) throws Exception {
    Path input = FillWorkbooks.seed(dir.resolve("seed." + ext));
    Path out = fill(input, "seed." + ext, SeedResults.seed(), route);
    Set<CellRef> written = written();
    try (Workbook before = FillWorkbooks.open(input); Workbook after = FillWorkbooks.open(out)) {
      assertThat(after.getNumberOfSheets()).isEqualTo(before.getNumberOfSheets() + 1);
      for (int i = 0; i < before.getNumberOfSheets(); i++) {
        Sheet a = before.getSheetAt(i);
        Sheet b = after.getSheetAt(i);
        assertThat(b.getSheetName()).isEqualTo(a.getSheetName());
        assertThat(b.getMergedRegions()).containsExactlyInAnyOrderElementsOf(a.getMergedRegions());
        for (int c = 0; c < 20; c++) {
          assertThat(b.getColumnWidth(c)).as("width of column %d on %s", c, a.getSheetName())
              .isEqualTo(a.getColumnWidth(c));
        }
        int lastRow = Math.max(a.getLastRowNum(), b.getLastRowNum());
        for (int r = 0; r <= lastRow; r++) {
          Row ra = a.getRow(r);
          Row rb = b.getRow(r);
          if (ra != null && rb != null) {
            assertThat(rb.getHeight()).isEqualTo(ra.getHeight());
          }
          int lastCol = Math.max(ra == null ? 0 : ra.getLastCellNum(), rb == null ? 0 : rb.getLastCellNum());
          for (int c = 0; c < lastCol; c++) {
            if (!written.contains(new CellRef(a.getSheetName(), r, c))) {
              Cell ca = ra == null ? null : ra.getCell(c);
              Cell cb = rb == null ? null : rb.getCell(c);
              assertThat(describe(cb)).as("%s!%s", a.getSheetName(), new CellRef(SHEET, r, c).a1())
                  .isEqualTo(describe(ca));
            }
          }
        }
      }
      // Marked cells keep their values; only their look and comment change.
      assertThat(cell(after, SHEET, 5, SCORE).getNumericCellValue()).isEqualTo(2.5);
      assertThat(cell(after, SHEET, 11, SCORE).getNumericCellValue()).isEqualTo(4.0);
    }
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#routes")
  void ratesAndTotalsAreNumbersFormattedAsPercent(String ext, Route route) throws Exception {
    Path out = fill(FillWorkbooks.seed(dir.resolve("seed." + ext)), "seed." + ext, SeedResults.seed(), route);
    try (Workbook wb = FillWorkbooks.open(out)) {
      Cell k4 = cell(wb, SHEET, 3, RATE);
      assertThat(k4.getNumericCellValue()).isEqualTo(1.0);
      assertThat(k4.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(cell(wb, SHEET, 5, RATE).getNumericCellValue()).isCloseTo(2.5 / 3, within(1e-9));
      assertThat(cell(wb, SHEET, 10, RATE).getNumericCellValue()).isCloseTo(0.95, within(1e-9));
      Cell k24 = cell(wb, SHEET, TOTAL, RATE);
      assertThat(k24.getNumericCellValue()).isCloseTo(0.984, within(1e-9));
      assertThat(k24.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      // The department's SUM stays a formula; its cached value is the total.
      Cell j24 = cell(wb, SHEET, TOTAL, SCORE);
      assertThat(j24.getCellFormula()).isEqualTo("SUM(J4:J23)");
      assertThat(j24.getNumericCellValue()).isCloseTo(98.4, within(1e-9));
      // Borders and wrapping of the cells' own style survive the percent format.
      assertThat(k4.getCellStyle().getBorderTop()).isEqualTo(cell(wb, SHEET, 3, SCORE).getCellStyle().getBorderTop());
    }
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#routes")
  void findingsAreMarkedWithAColourPerSeverityAndAComment(String ext, Route route) throws Exception {
    Path out = fill(FillWorkbooks.seed(dir.resolve("seed." + ext)), "seed." + ext, SeedResults.seed(), route);
    try (Workbook wb = FillWorkbooks.open(out)) {
      Cell error = cell(wb, SHEET, 11, SCORE);
      Cell warning = cell(wb, SHEET, 5, SCORE);
      String red = ext.equals("xlsx") ? "FFC7CE" : "idx45";
      String yellow = ext.equals("xlsx") ? "FFEB9C" : "idx43";
      assertThat(FillWorkbooks.fill(error)).isEqualTo(red);
      assertThat(FillWorkbooks.fill(warning)).isEqualTo(yellow);
      assertThat(error.getCellStyle().getBorderTop()).isEqualTo(cell(wb, SHEET, 10, SCORE).getCellStyle().getBorderTop());
      assertThat(error.getCellComment().getString().getString())
          .startsWith("请核实支出凭证")
          .contains(CellMarks.HEADING, "错误（评价结论第 1 条）：得分 5 超过权重 4");
      assertThat(warning.getCellComment().getString().getString())
          .isEqualTo(CellMarks.HEADING + "\n警告（评价结论第 2 条）：得分 2.5 不是评分标准“4项各占1/4权重分”能给出的分数");
      assertThat(warning.getCellComment().getAuthor()).isEqualTo("evalsheet");
      assertThat(FillWorkbooks.fill(cell(wb, SHEET, 6, SCORE))).isNotIn(red, yellow);
    }
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#routes")
  void conclusionSheetHoldsConclusionLevelTableAndFindings(String ext, Route route) throws Exception {
    Path out = fill(FillWorkbooks.seed(dir.resolve("seed." + ext)), "seed." + ext, SeedResults.seed(), route);
    try (Workbook wb = FillWorkbooks.open(out)) {
      Sheet s = wb.getSheet("评价结论");
      assertThat(wb.getSheetIndex(s)).isEqualTo(wb.getNumberOfSheets() - 1);
      List<String> lines = new ArrayList<>();
      for (Row r : s) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : r) {
          if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK) {
            continue; // the styled cells under a merged 说明
          }
          sb.append(c.getColumnIndex() == 0 ? "" : "|").append(c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
              ? org.evalsheet.model.Decimals.format(new java.math.BigDecimal(String.valueOf(c.getNumericCellValue())))
              : c.getStringCellValue());
        }
        lines.add(sb.toString());
      }
      assertThat(lines).contains(
          "指标|权重|得分|得分率",
          "决策|20|18.5|0.925",
          "　　项目立项|6|6|1",
          "效益|35|35|1",
          "合计|100|98.4|0.984",
          "序号|单元格|级别|说明",
          "1|指标体系!J12|错误|得分 5 超过权重 4",
          "2|指标体系!J6|警告|得分 2.5 不是评分标准“4项各占1/4权重分”能给出的分数",
          "本表有 1 处错误，需更正后重新报送（见下方问题清单第 1 条，表中已用红色标出）。",
          "按所填得分合计 98.4 分，仅供参考；更正后评定等次。",
          "等次|更正后评定等次");
      assertThat(lines).as("a table with errors gets no grade").noneMatch(l -> l.startsWith("经评价"))
          .noneMatch(l -> l.contains("SCORE_ABOVE_WEIGHT"));
      assertThat(lines.indexOf("1|指标体系!J12|错误|得分 5 超过权重 4")).as("the errors come before the level table")
          .isLessThan(lines.indexOf("指标|权重|得分|得分率"));
    }
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#routes")
  void conclusionLinesAreMergedAcrossTheTableAndWrappedAndTheSheetPrintsOnePageWide(String ext, Route route)
      throws Exception {
    TableResult seed = SeedResults.seed();
    org.evalsheet.score.Evaluation e = seed.evaluation();
    String deductions = "扣分情况：" + "绩效目标合理性扣 0.5 分；".repeat(12) + "。";
    String conclusion = "经评价，项目综合得分 98.4 分，等次：优。\n各一级指标得分：决策 18.5 分；效益 35 分。\n" + deductions;
    // Only the warning: a table with errors opens with what must be done instead (conclusionSheetHolds…).
    List<org.evalsheet.model.Finding> warnings = seed.findings().stream()
        .filter(f -> f.severity() != org.evalsheet.model.Severity.ERROR).toList();
    TableResult result = new TableResult(seed.table(), warnings, new org.evalsheet.score.Evaluation(
        e.weightTotal(), e.scoreTotal(), e.rate(), e.grade(), e.groups(), e.leaves(), e.deductions(), conclusion,
        false));
    Path out = fill(FillWorkbooks.seed(dir.resolve("seed." + ext)), "seed." + ext, result, route);
    try (Workbook wb = FillWorkbooks.open(out)) {
      Sheet s = wb.getSheet("评价结论");
      List<String> merged = s.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
      int conclusionRows = 0;
      for (Row r : s) {
        Cell c = r.getCell(0);
        String text = c == null || c.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? ""
            : c.getStringCellValue();
        if (text.startsWith("经评价") || text.startsWith("各一级指标得分") || text.startsWith("扣分情况")) {
          conclusionRows++;
          int n = r.getRowNum() + 1;
          assertThat(merged).as(text).contains("A" + n + ":H" + n);
          assertThat(c.getCellStyle().getWrapText()).as(text).isTrue();
          assertThat(text).doesNotContain("\n");
          // 12 × 13 CJK characters and digits: about 300 units, three lines of a 150-wide merge.
          assertThat(r.getHeightInPoints()).as(text).isEqualTo(text.equals(deductions) ? 48f : 16f);
        }
        if (text.startsWith("工作表：")) {
          assertThat(merged).contains("A" + (r.getRowNum() + 1) + ":H" + (r.getRowNum() + 1));
        }
      }
      assertThat(conclusionRows).isEqualTo(3);
      assertThat(s.getPrintSetup().getLandscape()).isTrue();
      assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      assertThat(s.getFitToPage()).isTrue();
      assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
    }
  }

  @Test
  void aLongLineGetsOneSixteenPointLinePerMergedWidthCountingCjkDouble() {
    assertThat(FillConclusionSheet.height("扣分情况：无。", FillConclusionSheet.SPAN)).isEqualTo(16f);
    // 100 CJK characters are 200 units: two lines of the 148 usable in a 150-wide merge.
    assertThat(FillConclusionSheet.height("扣".repeat(100), FillConclusionSheet.SPAN)).isEqualTo(32f);
    assertThat(FillConclusionSheet.height("x".repeat(130), FillConclusionSheet.SPAN)).isEqualTo(16f);
  }

  @ParameterizedTest
  @EnumSource(names = {"USERMODEL", "AUTO"})
  void xlsStaysXls(Route route) throws Exception {
    Path out = fill(FillWorkbooks.seed(dir.resolve("seed.xls")), "seed.xls", SeedResults.seed(), route);
    try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(out))) {
      assertThat(FileMagic.valueOf(in)).isEqualTo(FileMagic.OLE2);
    }
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(wb).isInstanceOf(HSSFWorkbook.class);
    }
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#routes")
  void inputBytesAreUnchanged(String ext, Route route) throws Exception {
    Path input = FillWorkbooks.seed(dir.resolve("seed." + ext));
    String hash = FillWorkbooks.sha256(input);
    long modified = Files.getLastModifiedTime(input).toMillis();
    fill(input, "seed." + ext, SeedResults.seed(), route);
    assertThat(FillWorkbooks.sha256(input)).isEqualTo(hash);
    assertThat(Files.getLastModifiedTime(input).toMillis()).isEqualTo(modified);
  }

  @Test
  void writingOverTheInputIsRefused() throws Exception {
    Path input = FillWorkbooks.seed(dir.resolve("seed.xlsx"));
    String hash = FillWorkbooks.sha256(input);
    List<TableResult> results = List.of(SeedResults.seed());
    assertThatThrownBy(() -> FilledCopyWriter.write(input, input, results, ReadLimits.DEFAULT))
        .isInstanceOf(IOException.class).hasMessageContaining("输出文件不能与输入文件相同");
    assertThatThrownBy(() -> FilledCopyWriter.write(input, dir.resolve("x/../seed.xlsx"), results, ReadLimits.DEFAULT))
        .isInstanceOf(IOException.class);
    assertThat(FillWorkbooks.sha256(input)).isEqualTo(hash);
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#routes")
  void fillingAFilledCopyAgainChangesNothing(String ext, Route route) throws Exception {
    Path once = fill(FillWorkbooks.seed(dir.resolve("seed." + ext)), "once." + ext, SeedResults.seed(), route);
    Path twice = fill(once, "twice." + ext, SeedResults.seed(), route);
    try (Workbook a = FillWorkbooks.open(once); Workbook b = FillWorkbooks.open(twice)) {
      assertThat(b.getNumberOfSheets()).isEqualTo(a.getNumberOfSheets());
      assertThat(b.getSheetIndex("评价结论")).isEqualTo(a.getSheetIndex("评价结论"));
      assertThat(b.getSheet("评价结论（evalsheet）")).isNull();
      for (int i = 0; i < a.getNumberOfSheets(); i++) {
        Sheet sa = a.getSheetAt(i);
        Sheet sb = b.getSheetAt(i);
        assertThat(sb.getSheetName()).isEqualTo(sa.getSheetName());
        assertThat(sb.getMergedRegions()).containsExactlyInAnyOrderElementsOf(sa.getMergedRegions());
        assertThat(sb.getLastRowNum()).isEqualTo(sa.getLastRowNum());
        for (Row ra : sa) {
          Row rb = sb.getRow(ra.getRowNum());
          assertThat(rb.getLastCellNum()).isEqualTo(ra.getLastCellNum());
          for (Cell ca : ra) {
            Cell cb = rb.getCell(ca.getColumnIndex());
            String where = sa.getSheetName() + "!" + ca.getAddress();
            assertThat(content(cb)).as(where).isEqualTo(content(ca));
            assertThat(look(cb)).as(where).isEqualTo(look(ca));
          }
        }
      }
      // Styles of the table are reused, not derived again: only the 评价结论 sheet's few styles are new.
      assertThat(b.getNumCellStyles()).isLessThanOrEqualTo(a.getNumCellStyles() + 4);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"USERMODEL", "FAST"})
  void mergedRegionsOfTheTableAreKept(Route route) throws Exception {
    Path out = fill(FillWorkbooks.seed(dir.resolve("seed.xlsx")), "seed.xlsx", SeedResults.seed(), route);
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(wb.getSheet(SHEET).getMergedRegions()).extracting(CellRangeAddress::formatAsString)
          .contains("A4:A9", "B4:B5", "C20:C22", "A24:D24", "A1:K1");
    }
  }
}
