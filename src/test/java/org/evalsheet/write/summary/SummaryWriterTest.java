package org.evalsheet.write.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalsheet.testing.RoundFixtures.file;
import static org.evalsheet.testing.RoundFixtures.ruleWarning;
import static org.evalsheet.testing.RoundFixtures.scoreError;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evalsheet.model.GradeScale;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.RoundFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWriterTest {
  private static final DataFormatter FMT = new DataFormatter();

  @TempDir static Path shared;
  private static Round round;
  private static XSSFWorkbook wb;

  @TempDir Path dir;

  /** Six tables: a tie for second place, a superseded file, a template, one ignored and one rejected file. */
  static Round sampleRound(List<String> roster) {
    List<FileResult> files = List.of(
        file("a/办公厅.xlsx", "办公厅", "0", ruleWarning(5)),
        file("b/财政局.xlsx", "财政局", "10", scoreError(7), ruleWarning(8)),
        file("c/教育 局.xlsx", "教育局", "10"),
        file("d/卫健委.xlsx", "卫健委", "30"),
        file("d/卫健委-旧.xlsx", "卫健委", "0"),
        FileResult.read("e/模板.xlsx", List.of(
            RoundFixtures.result(RoundFixtures.template("模板单位", "模板项目"), GradeScale.DEFAULT))),
        FileResult.ignored("~$办公厅.xlsx", "Excel 临时锁定文件"),
        FileResult.rejected("broken.xlsx", "不是有效的 Excel 文件"));
    return new Round(files, GradeScale.DEFAULT, roster, roster == null ? List.of() : List.of("交通局"),
        Set.of("d/卫健委-旧.xlsx"), f -> f.endsWith("模板.xlsx") ? null : "filled/" + f);
  }

  @BeforeAll
  static void writeSample() throws IOException {
    round = sampleRound(List.of("办公厅", "财政局", "教育局", "卫健委", "交通局"));
    Path out = shared.resolve("out/summary.xlsx");
    SummaryWriter.write(round, out);
    wb = open(out);
  }

  static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  static List<List<String>> rows(Sheet sheet) {
    List<List<String>> out = new ArrayList<>();
    for (Row r : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < r.getLastCellNum(); c++) {
        Cell cell = r.getCell(c);
        cells.add(cell == null ? "" : FMT.formatCellValue(cell));
      }
      out.add(cells);
    }
    return out;
  }

  static List<TableResult> tables() {
    return round.files().stream().flatMap(f -> f.tables().stream()).toList();
  }

  @Test
  void sheetsComeInTheDocumentedOrder() {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    assertThat(names).containsExactly("汇总", "退回清单", "问题清单", "扣分明细", "指标明细", "提示", "名单核对", "统计",
        "说明");
  }

  @Test
  void overviewHasOneRowPerTableWithItsStatusBesideTheUnitThenScoresAndLevel1Scores() {
    List<List<String>> rows = rows(wb.getSheet("汇总"));
    assertThat(rows.get(0)).containsExactly("序号", "单位", "状态", "项目", "自评得分", "等次", "排名", "得分率", "错误数",
        "警告数", "决策", "过程", "产出", "效益", "工作表", "权重合计", "文件");
    assertThat(rows).hasSize(1 + tables().size());
    assertThat(rows.get(1)).containsExactly("1", "办公厅", "通过", "专项业务费", "98.40", "优", "1", "98.40%", "0", "1",
        "18.50", "19.90", "25.00", "35.00", "指标体系", "100.00", "a/办公厅.xlsx");
    // level-1 scores against the inputs
    for (int i = 0; i < tables().size(); i++) {
      var e = tables().get(i).evaluation();
      for (int g = 0; g < 4; g++) {
        BigDecimal s = e.level1().get(g).score();
        assertThat(rows.get(i + 1).get(10 + g)).isEqualTo(s == null ? "" : String.format("%.2f", s));
      }
    }
  }

  static String fill(Cell c) {
    return ((org.apache.poi.xssf.usermodel.XSSFCellStyle) c.getCellStyle()).getFillForegroundXSSFColor().getARGBHex();
  }

  @Test
  void findingsListErrorsThenWarningsEachByFileWithTheLevelColouredAndTheFileLinkedToItsCopy() {
    XSSFSheet sheet = wb.getSheet("问题清单");
    List<List<String>> rows = rows(sheet);
    assertThat(rows.get(0)).containsExactly("级别", "单位", "文件", "单元格", "说明", "代码");
    assertThat(rows.subList(1, rows.size())).containsExactly(
        List.of("错误", "财政局", "b/财政局.xlsx", "指标体系!J8", "得分超过权重", "SCORE_ABOVE_WEIGHT"),
        List.of("警告", "办公厅", "a/办公厅.xlsx", "指标体系!J6", "得分不符合评分标准", "SCORE_NOT_ALLOWED_BY_RULE"),
        List.of("警告", "财政局", "b/财政局.xlsx", "指标体系!J9", "得分不符合评分标准", "SCORE_NOT_ALLOWED_BY_RULE"));
    for (int r = 1; r <= 3; r++) {
      XSSFHyperlink link = sheet.getHyperlink(r, 2);
      assertThat(link).as("row %d", r).isNotNull();
      assertThat(link.getType()).isEqualTo(HyperlinkType.FILE);
      assertThat(link.getAddress()).isEqualTo("filled/" + rows.get(r).get(2));
    }
    assertThat(sheet.getHyperlink(1, 1)).isNull();
    assertThat(fill(sheet.getRow(1).getCell(0))).isEqualTo("FFFFC7CE");
    assertThat(fill(sheet.getRow(2).getCell(0))).isEqualTo("FFFFEB9C");
  }

  @Test
  void infosHaveASheetOfTheirOwn() throws IOException {
    Path out = dir.resolve("infos.xlsx");
    FileResult noted = FileResult.read("a.xlsx", List.of(RoundFixtures.result(RoundFixtures.table("办公厅", "项目", "0"),
        GradeScale.DEFAULT, org.evalsheet.model.Finding.info(org.evalsheet.model.Code.FORMULA_EVALUATED,
            null, "公式没有保存计算结果，已按公式计算"), ruleWarning(5))));
    SummaryWriter.write(new Round(List.of(noted), GradeScale.DEFAULT, null, List.of(), Set.of(), f -> null), out);
    try (XSSFWorkbook w = open(out)) {
      assertThat(rows(w.getSheet("问题清单"))).extracting(r -> r.get(0)).containsExactly("级别", "警告");
      assertThat(rows(w.getSheet("提示"))).containsExactly(List.of("单位", "文件", "单元格", "说明", "代码"),
          List.of("办公厅", "a.xlsx", "", "公式没有保存计算结果，已按公式计算", "FORMULA_EVALUATED"));
    }
  }

  @Test
  void linkTargetsAreEncodedAndAMissingCopyGetsNoLink() {
    XSSFSheet overview = wb.getSheet("汇总");
    assertThat(overview.getHyperlink(3, 16).getAddress()).isEqualTo("filled/c/教育%20局.xlsx");
    assertThat(overview.getHyperlink(6, 16)).isNull();
    assertThat(FMT.formatCellValue(overview.getRow(6).getCell(16))).isEqualTo("e/模板.xlsx");
  }

  @Test
  void deductionsListEveryLeafThatLostPointsWithItsProject() {
    List<List<String>> rows = rows(wb.getSheet("扣分明细"));
    assertThat(rows.get(0)).containsExactly("单位", "项目", "一级指标", "二级指标", "末级指标", "权重", "得分", "扣分");
    long expected = tables().stream().mapToLong(t -> t.evaluation().deductions().size()).sum();
    assertThat(rows).hasSize(1 + (int) expected);
    assertThat(rows.subList(1, 5)).containsExactly(
        List.of("办公厅", "专项业务费", "决策", "绩效目标", "绩效目标合理性", "3.00", "2.50", "0.50"),
        List.of("办公厅", "专项业务费", "决策", "绩效目标", "绩效指标明确性", "3.00", "2.50", "0.50"),
        List.of("办公厅", "专项业务费", "决策", "资金投入", "预算编制科学性", "4.00", "3.50", "0.50"),
        List.of("办公厅", "专项业务费", "过程", "资金管理", "预算执行率", "2.00", "1.90", "0.10"));
  }

  @Test
  void indicatorDetailHasOneRowPerLeafWithFourPathColumns() {
    List<List<String>> rows = rows(wb.getSheet("指标明细"));
    assertThat(rows.get(0)).containsExactly("单位", "项目", "一级指标", "二级指标", "三级指标", "四级指标", "权重", "得分",
        "得分率");
    int leaves = tables().stream().mapToInt(t -> t.table().indicators().size()).sum();
    assertThat(rows).hasSize(1 + leaves);
    assertThat(rows.get(1)).containsExactly("办公厅", "专项业务费", "决策", "项目立项", "立项依据充分性", "", "3.00",
        "3.00", "100.00%");
    assertThat(rows.get(17)).containsExactly("办公厅", "专项业务费", "效益", "项目效益", "社会效益", "办复政府人大、政协提案办复率",
        "10.00", "10.00", "100.00%");
    // the template's leaves have weights but no scores
    assertThat(rows.get(rows.size() - 1)).containsExactly("模板单位", "模板项目", "效益", "可持续影响", "项目发展机制可持续性",
        "长效机制健全性", "10.00");
  }

  @Test
  void withoutARosterThereIsNoRosterSheet() throws IOException {
    Path out = dir.resolve("summary.xlsx");
    SummaryWriter.write(sampleRound(null), out);
    try (XSSFWorkbook w = open(out)) {
      assertThat(w.getSheet("名单核对")).isNull();
      assertThat(w.getNumberOfSheets()).isEqualTo(8);
    }
  }

  @Test
  void everySheetHasAFrozenHeaderAnAutoFilterAndWidths() {
    for (Sheet s : wb) {
      XSSFSheet sheet = (XSSFSheet) s;
      assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
      assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(6 * 256);
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
    }
  }

  @Test
  void everySheetButTheWideOverviewPrintsLandscapeOnePageWideWithTheHeaderOnEachPage() {
    for (Sheet sheet : wb) {
      assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
      assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
      assertThat(sheet.getFooter().getCenter()).contains("&P", "&N");
      if (!sheet.getSheetName().equals("汇总")) {
        assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
      }
    }
  }

  @Test
  void scoresAndRatesCarryNumberFormats() {
    Row row = wb.getSheet("汇总").getRow(1);
    assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(98.4);
    assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.00");
    assertThat(row.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
    assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(0.984);
  }

  @Test
  void styleCountStaysTheSameForTenOrTwoThousandTables() throws Exception {
    int[] small = styleAndFontCount(RoundFixtures.many(10));
    int[] large = styleAndFontCount(RoundFixtures.many(2000));
    assertThat(large).containsExactly(small);
  }

  /** Reads only the styles part and the first sheet's XML: loading 40,000 rows into XSSF would dwarf the write. */
  private int[] styleAndFontCount(List<FileResult> files) throws Exception {
    Path out = dir.resolve("n" + files.size() + ".xlsx");
    SummaryWriter.write(new Round(files, GradeScale.DEFAULT, null, List.of(), Set.of(), f -> "filled/" + f), out);
    try (OPCPackage pkg = OPCPackage.open(out.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      StylesTable styles = reader.getStylesTable();
      try (InputStream overview = reader.getSheetsData().next()) {
        String xml = new String(overview.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<row r=\"" + (files.size() + 1) + "\"")
            .doesNotContain("<row r=\"" + (files.size() + 2) + "\"");
      }
      return new int[] {styles.getNumCellStyles(), styles.getFonts().size(), styles.getNumDataFormats()};
    }
  }

  @Test
  void writingReplacesTheFileAndLeavesNoTemporaryFileBehind() throws IOException {
    Path out = dir.resolve("summary.xlsx");
    Files.writeString(out, "old");
    SummaryWriter.write(sampleRound(null), out);
    try (Stream<Path> list = Files.list(dir)) {
      assertThat(list).containsExactly(out);
    }
    if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
      Path plain = Files.createFile(dir.resolve("plain.txt"));
      assertThat(Files.getPosixFilePermissions(out)).as("permissions of an ordinary new file, not a temp file's")
          .isEqualTo(Files.getPosixFilePermissions(plain));
    }
    try (XSSFWorkbook w = open(out)) {
      assertThat(w.getSheet("汇总").getLastRowNum()).isEqualTo(6);
    }
  }

  @Test
  void textLongerThanExcelAllowsIsCut() throws IOException {
    Path out = dir.resolve("long.xlsx");
    SummaryWriter.write(new Round(List.of(FileResult.rejected("x.xlsx", "原因".repeat(20_000))), GradeScale.DEFAULT,
        null, List.of(), Set.of(), f -> null), out);
    try (XSSFWorkbook w = open(out)) {
      String reason = w.getSheet("退回清单").getRow(1).getCell(5).getStringCellValue();
      assertThat(reason).hasSize(32_767).endsWith("…");
    }
  }

  @Test
  void openpyxlReadsTheSheetsTheirSetupTheLinksAndTheCharts() throws Exception {
    String said = org.evalsheet.testing.Openpyxl.run(String.join("\n",
        "wb = openpyxl.load_workbook(sys.argv[1])",
        "for ws in wb:",
        "    print(ws.title, ws.freeze_panes, ws.auto_filter.ref.split(':')[0], ws.page_setup.orientation,"
            + " ws.print_title_rows, len(ws._charts))",
        "print(wb['问题清单']['C2'].hyperlink.target, wb['汇总']['E2'].number_format, wb['汇总']['A1'].font.b)"),
        shared.resolve("out/summary.xlsx"));
    assertThat(said.lines()).contains("汇总 D2 A1 landscape $1:$1 0", "统计 A2 A1 landscape $1:$1 2",
        "名单核对 A2 A1 landscape $1:$1 0");
    assertThat(said.lines().reduce((a, b) -> b).orElseThrow()).matches("filled/\\S+ 0.00 True");
  }

  @Test
  void anEmptyRoundStillGivesEverySheetWithHeaders() throws IOException {
    Path out = dir.resolve("empty/summary.xlsx");
    SummaryWriter.write(new Round(List.of(), GradeScale.DEFAULT, List.of("办公厅"), List.of("办公厅"), Set.of(),
        f -> null), out);
    try (XSSFWorkbook w = open(out)) {
      assertThat(w.getNumberOfSheets()).isEqualTo(9);
      assertThat(rows(w.getSheet("名单核对"))).containsExactly(List.of("序号", "单位", "情况", "文件"),
          List.of("1", "办公厅", "未提交"));
      assertThat(w.getSheet("统计").getDrawingPatriarch().getCharts()).hasSize(1);
    }
  }
}
