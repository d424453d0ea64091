package org.evalsheet.write.fill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evalsheet.write.fill.FillWorkbooks.cell;
import static org.evalsheet.write.fill.FillWorkbooks.content;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.evalsheet.model.Amount;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.LeafScore;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedModel;
import org.evalsheet.testing.SeedResults;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.write.fill.FilledCopyWriter.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class FillTableShapesTest {
  private static final String SHEET = SeedWorkbook.SHEET;

  @TempDir Path dir;

  /** The seed workbook without its 合计 row (row 24), as departments that never add one send it. */
  private Path withoutTotalRow(String ext) {
    return FillWorkbooks.edit(FillWorkbooks.seed(dir.resolve("no-total." + ext)), wb -> {
      Sheet s = wb.getSheet(SHEET);
      for (int i = s.getNumMergedRegions() - 1; i >= 0; i--) {
        if (s.getMergedRegion(i).getFirstRow() == 23) {
          s.removeMergedRegion(i);
        }
      }
      s.removeRow(s.getRow(23));
      // The notes sheet's formula pointed at the removed row; keep it pointing at something real.
      wb.getSheet(FillWorkbooks.NOTES).getRow(2).getCell(1).setCellFormula("1+1");
    });
  }

  /** The seed workbook without its 得分率 column K. */
  private Path withoutRateColumn(String ext) {
    return FillWorkbooks.edit(FillWorkbooks.seed(dir.resolve("no-rate." + ext)), wb -> {
      Sheet s = wb.getSheet(SHEET);
      for (Row r : s) {
        Cell k = r.getCell(10);
        if (k != null && r.getRowNum() > 0) {
          r.removeCell(k);
        }
      }
      s.getRow(11).getCell(9).removeCellComment();
    });
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#fallbackRoutes")
  void missingTotalRowIsAppendedBelowTheTable(String ext, Route route) throws Exception {
    Path input = withoutTotalRow(ext);
    TableResult result = SeedResults.of(SeedResults.withoutTotal(SeedModel.table()), List.of());
    Path out = dir.resolve("out." + ext);
    FilledCopyWriter.write(input, out, List.of(result), route);
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(cell(wb, SHEET, 23, 0).getStringCellValue()).isEqualTo("合计");
      assertThat(cell(wb, SHEET, 23, 4).getNumericCellValue()).isEqualTo(100.0);
      assertThat(cell(wb, SHEET, 23, 9).getNumericCellValue()).isCloseTo(98.4, within(1e-9));
      assertThat(cell(wb, SHEET, 23, 10).getNumericCellValue()).isCloseTo(0.984, within(1e-9));
      assertThat(cell(wb, SHEET, 23, 10).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(wb.getSheet(SHEET).getMergedRegions()).extracting(CellRangeAddress::formatAsString)
          .contains("A24:D24");
      // Borders follow the row above.
      assertThat(cell(wb, SHEET, 23, 5).getCellStyle().getBorderBottom())
          .isEqualTo(cell(wb, SHEET, 22, 5).getCellStyle().getBorderBottom());
      assertThat(wb.getSheet(SHEET).getLastRowNum()).isEqualTo(23);
    }
    Path again = dir.resolve("again." + ext);
    FilledCopyWriter.write(out, again, List.of(result), route);
    try (Workbook a = FillWorkbooks.open(out); Workbook b = FillWorkbooks.open(again)) {
      assertThat(b.getSheet(SHEET).getLastRowNum()).isEqualTo(23);
      for (int c = 0; c <= 10; c++) {
        assertThat(content(cell(b, SHEET, 23, c))).isEqualTo(content(cell(a, SHEET, 23, c)));
      }
    }
  }

  @Test
  void rowsBelowATableWithoutTotalMoveDownRatherThanBeingOverwritten() throws Exception {
    Path input = FillWorkbooks.edit(withoutTotalRow("xlsx"), wb -> {
      Sheet s = wb.getSheet(SHEET);
      s.createRow(23).createCell(0).setCellValue("填表人：张三");
    });
    TableResult result = SeedResults.of(SeedResults.withoutTotal(SeedModel.table()), List.of());
    Path out = dir.resolve("out.xlsx");
    FilledCopyWriter.write(input, out, List.of(result), ReadLimits.DEFAULT);
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(cell(wb, SHEET, 23, 0).getStringCellValue()).isEqualTo("合计");
      assertThat(cell(wb, SHEET, 24, 0).getStringCellValue()).isEqualTo("填表人：张三");
    }
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#fallbackRoutes")
  void missingRateColumnIsAddedRightOfTheLastHeader(String ext, Route route) throws Exception {
    Path input = withoutRateColumn(ext);
    // The header's last column is now 得分 (J); the 得分率 header was removed with the column.
    TableResult result = SeedResults.of(SeedResults.withoutRateColumn(SeedModel.table()), SeedResults.findings());
    Path out = dir.resolve("out." + ext);
    FilledCopyWriter.write(input, out, List.of(result), route);
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(cell(wb, SHEET, 2, 10).getStringCellValue()).isEqualTo("得分率");
      assertThat(cell(wb, SHEET, 2, 10).getCellStyle().getFontIndex())
          .isEqualTo(cell(wb, SHEET, 2, 9).getCellStyle().getFontIndex());
      assertThat(cell(wb, SHEET, 3, 10).getNumericCellValue()).isEqualTo(1.0);
      assertThat(cell(wb, SHEET, 3, 10).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(cell(wb, SHEET, 23, 10).getNumericCellValue()).isCloseTo(0.984, within(1e-9));
      assertThat(wb.getSheet(SHEET).getColumnWidth(10)).isGreaterThanOrEqualTo(10 * 256);
    }
    Path again = dir.resolve("again." + ext);
    FilledCopyWriter.write(out, again, List.of(result), route);
    try (Workbook b = FillWorkbooks.open(again)) {
      Sheet s = b.getSheet(SHEET);
      for (Row r : s) {
        assertThat(r.getLastCellNum()).as("row %d", r.getRowNum() + 1).isLessThanOrEqualTo((short) 11);
      }
      assertThat(cell(b, SHEET, 5, 10).getNumericCellValue()).isCloseTo(2.5 / 3, within(1e-9));
    }
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#routes")
  void scoreIsDerivedFromASubmittedRateWhenMissing(String ext, Route route) throws Exception {
    Path input = FillWorkbooks.edit(FillWorkbooks.seed(dir.resolve("rate." + ext)), wb -> {
      Sheet s = wb.getSheet(SHEET);
      s.getRow(5).getCell(9).setBlank();
      s.getRow(5).getCell(10).setCellValue("83.33%");
    });
    TableResult seed = SeedResults.seed();
    Evaluation e = seed.evaluation();
    List<LeafScore> leaves = new ArrayList<>(e.leaves());
    LeafScore old = leaves.get(2);
    leaves.set(2, new LeafScore(old.indicator(), new BigDecimal("2.4999"), new BigDecimal("0.8333"), true));
    TableResult result = new TableResult(seed.table(), List.of(), new Evaluation(e.weightTotal(), e.scoreTotal(),
        e.rate(), e.grade(), e.groups(), leaves, e.deductions(), e.conclusion(), false));
    Path out = dir.resolve("out." + ext);
    FilledCopyWriter.write(input, out, List.of(result), route);
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(cell(wb, SHEET, 5, 9).getNumericCellValue()).isEqualTo(2.4999);
      assertThat(cell(wb, SHEET, 5, 10).getNumericCellValue()).isEqualTo(0.8333);
      assertThat(cell(wb, SHEET, 5, 10).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(cell(wb, SHEET, 6, 9).getNumericCellValue()).isEqualTo(2.5);
    }
  }

  @Test
  void fiveThousandMarkedLeavesAddOnlyAFewStyles() throws Exception {
    int n = 5000;
    Path input = FillWorkbooks.write(dir.resolve("big.xlsx"), wb -> {
      Sheet s = wb.createSheet("指标");
      var head = s.createRow(0);
      String[] names = {"一级指标", "三级指标", "分值", "得分"};
      for (int c = 0; c < names.length; c++) {
        head.createCell(c).setCellValue(names[c]);
      }
      var text = wb.createCellStyle();
      text.setWrapText(true);
      var num = wb.createCellStyle();
      num.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      for (int i = 0; i < n; i++) {
        Row r = s.createRow(i + 1);
        r.createCell(0).setCellValue(i == 0 ? "产出 (100分)" : "");
        r.createCell(1).setCellValue("指标" + i);
        r.getCell(1).setCellStyle(i % 2 == 0 ? text : num);
        r.createCell(2).setCellValue(0.02);
        r.createCell(3).setCellValue(i % 3 == 0 ? 0.01 : 0.02);
        r.getCell(3).setCellStyle(i % 2 == 0 ? text : num);
      }
    });
    Map<Column, Integer> cols = new EnumMap<>(Column.class);
    cols.put(Column.LEVEL1, 0);
    cols.put(Column.LEVEL3, 1);
    cols.put(Column.WEIGHT, 2);
    cols.put(Column.SCORE, 3);
    List<Indicator> leaves = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leaves.add(new Indicator(List.of("产出", "指标" + i), i + 1, i + 1, 1, Amount.of("0.02"),
          Amount.of(i % 3 == 0 ? "0.01" : "0.02"), Amount.BLANK, Map.of()));
      CellRef score = new CellRef("指标", i + 1, 3);
      findings.add(i % 2 == 0 ? Finding.error(Code.SCORE_ABOVE_WEIGHT, score, "得分有误") : Finding.warning(Code.SCORE_ABOVE_RULE, score, "请核实"));
      findings.add(Finding.warning(Code.NAME_MISSING, new CellRef("指标", i + 1, 1), "名称请核实"));
    }
    IndicatorTable table = new IndicatorTable("指标", 0, "", "", "", 0, 1, cols,
        List.of(new Group(1, List.of("产出"), new BigDecimal("100"), 1, 0, n)), leaves, null, n, List.of());
    TableResult result = SeedResults.of(table, findings);
    assertThat(result.evaluation().weightTotal()).isEqualByComparingTo("100");
    int before;
    try (Workbook wb = FillWorkbooks.open(input)) {
      before = wb.getNumCellStyles();
    }
    Path out = dir.resolve("out.xlsx");
    FilledCopyWriter.write(input, out, List.of(result), ReadLimits.DEFAULT);
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(wb.getNumCellStyles() - before).isLessThanOrEqualTo(16);
      assertThat(cell(wb, "指标", 1, 4).getNumericCellValue()).isEqualTo(0.5);
      assertThat(cell(wb, "指标", n, 3).getCellComment()).isNotNull();
      assertThat(cell(wb, "指标", n + 1, 0).getStringCellValue()).isEqualTo("合计");
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"USERMODEL", "FAST"})
  void xlsmKeepsItsMacros(Route route) throws Exception {
    Path input = FillXlsm.withMacros(FillWorkbooks.seed(dir.resolve("seed.xlsx")), dir.resolve("seed.xlsm"));
    Path out = dir.resolve("out.xlsm");
    FilledCopyWriter.write(input, out, List.of(SeedResults.seed()), route);
    assertThat(FillXlsm.vbaProject(out)).isEqualTo(FillXlsm.vbaProject(input)).isNotEmpty();
    assertThat(FillXlsm.mainContentType(out)).isEqualTo(FillXlsm.mainContentType(input))
        .contains("macroEnabled");
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#routes")
  void aCommentBesideAMarkedCellIsKept(String ext, Route route) throws Exception {
    Path input = FillWorkbooks.edit(FillWorkbooks.seed(dir.resolve("beside." + ext)), wb -> {
      FillWorkbooks.comment(wb.getSheet(SHEET).getRow(5).getCell(10), "得分率待补", 11, 13, 5, 8);
    });
    Path out = dir.resolve("out." + ext);
    FilledCopyWriter.write(input, out, List.of(SeedResults.seed()), route);
    try (Workbook wb = FillWorkbooks.open(out)) {
      assertThat(cell(wb, SHEET, 5, 10).getCellComment().getString().getString()).isEqualTo("得分率待补");
      assertThat(cell(wb, SHEET, 5, 9).getCellComment().getString().getString()).startsWith(CellMarks.HEADING);
      assertThat(cell(wb, SHEET, 11, 9).getCellComment().getString().getString()).startsWith("请核实支出凭证");
    }
  }
}
