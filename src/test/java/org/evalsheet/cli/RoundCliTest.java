package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled round through the command line as a clerk runs it, the summary read back with POI and the report
 * with Jackson: status first, grades and statistics over passing tables only, the files to send back, findings by
 * severity, the run stated in both outputs.
 */
class RoundCliTest {
  private static final DataFormatter FMT = new DataFormatter();

  @TempDir static Path shared;
  static MainTest.Run run;
  static Path out;
  static Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
  static JsonNode report;

  @BeforeAll
  static void runTheBundledRound() throws Exception {
    Path inbox = ProjectFiles.copyTree(ProjectFiles.samples().resolve("submissions"), shared.resolve("收件箱"));
    out = shared.resolve("结果");
    run = MainTest.run("batch", inbox.toString(), "--out", out.toString(), "--roster",
        ProjectFiles.samples().resolve("roster.txt").toString());
    try (Workbook wb = WorkbookFactory.create(out.resolve("summary.xlsx").toFile(), null, true)) {
      for (Sheet s : wb) {
        sheets.put(s.getSheetName(), rows(s));
      }
    }
    report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
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

  /** The 汇总 row of a unit's (first) table, by header. */
  static Map<String, String> overview(String unit) {
    List<List<String>> rows = sheets.get("汇总");
    List<String> header = rows.get(0);
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.get(1).equals(unit)) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
          m.put(header.get(c), c < r.size() ? r.get(c) : "");
        }
        return m;
      }
    }
    throw new AssertionError("no row for " + unit);
  }

  @Test
  void aFileWithErrorsMustGoBackUngradedAndUnrankedItsStatusBesideTheUnit() {
    assertThat(sheets.get("汇总").get(0).subList(0, 3)).containsExactly("序号", "单位", "状态");
    Map<String, String> commerce = overview("青岛市商务局");
    assertThat(commerce).containsEntry("状态", "需退回").containsEntry("自评得分", "93.00").containsEntry("等次", "—")
        .containsEntry("排名", "").containsEntry("错误数", "1");
    Map<String, String> education = overview("青岛市教育局");
    assertThat(education).containsEntry("状态", "通过").containsEntry("等次", "优").containsEntry("排名", "4");
    assertThat(sheets.get("汇总").stream().skip(1).filter(r -> !r.get(6).isEmpty() && !r.get(6).equals("—")))
        .as("ranked rows").hasSize(16);
  }

  @Test
  void gradesAveragesAndChartsCountThePassingTablesOnlyAndSaySo() {
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("  通过      15\n  需退回    2\n  无法处理  1\n  已忽略    1\n")
        .contains("等次分布（按通过的 16 张表统计；需退回的 2 张不评等次）：优 9，良 4，中 2，差 1")
        .contains("平均分 88.74（按通过的表）");
    List<List<String>> stats = sheets.get("统计");
    assertThat(stats).anyMatch(r -> r.subList(0, 3).equals(List.of("口径", "按通过的表统计", "16")))
        .anyMatch(r -> r.subList(0, 3).equals(List.of("等次", "优", "9")))
        .anyMatch(r -> r.subList(0, 3).equals(List.of("得分", "平均分", "88.74")));
    assertThat(stats.stream().skip(1).filter(r -> r.size() > 4 && !r.get(4).isEmpty())).hasSize(16)
        .noneMatch(r -> r.get(4).startsWith("青岛市商务局"));
  }

  @Test
  void everyFileThatMustGoBackOrCouldNotBeProcessedIsOnOneSheetWithItsFirstError() {
    List<List<String>> returns = sheets.get("退回清单");
    assertThat(returns.get(0)).containsExactly("序号", "单位", "状态", "文件", "错误数", "第一处错误或原因");
    assertThat(returns.subList(1, returns.size())).extracting(r -> r.get(1) + "|" + r.get(2) + "|" + r.get(4))
        .containsExactly("青岛市人力资源和社会保障局|需退回|2", "青岛市商务局|需退回|1", "青岛市住房和城乡建设局|无法处理|",
            "|已忽略|");
    assertThat(returns.get(1).get(5)).startsWith("Sheet1!B15：");
    assertThat(returns.get(2).get(5)).isEqualTo("指标体系!J9：指标“资金分配合理性”的得分 5 超过权重 4");
    assertThat(returns.get(3).get(5)).startsWith("文件已损坏");
    assertThat(run.out()).contains("需退回的文件（2 个，更正后重新报送）：",
        "  青岛市商务局外贸发展专项资金绩效自评表.xlsx：1 处错误，第一处 指标体系!J9：指标“资金分配合理性”的得分 5 超过权重 4");
  }

  @Test
  void findingsComeErrorsFirstThenWarningsAndTheInfosHaveASheetOfTheirOwn() {
    List<String> levels = sheets.get("问题清单").stream().skip(1).map(r -> r.get(0)).toList();
    assertThat(levels).startsWith("错误", "错误", "错误").doesNotContain("提示");
    assertThat(levels.indexOf("警告")).isEqualTo(3);
    assertThat(sheets.get("问题清单")).noneMatch(r -> r.contains("SCORE_NOT_ALLOWED_BY_RULE"));
    assertThat(sheets.get("提示").get(0)).containsExactly("单位", "文件", "单元格", "说明", "代码");
    assertThat(sheets.get("提示")).anyMatch(r -> r.contains("FORMULA_EVALUATED"))
        .anyMatch(r -> r.contains("SCORE_NOT_ALLOWED_BY_RULE"));
  }

  @Test
  void deductionsNameTheProjectSoOneUnitsTwoProjectsStayApart() {
    List<List<String>> deductions = sheets.get("扣分明细");
    assertThat(deductions.get(0).subList(0, 3)).containsExactly("单位", "项目", "一级指标");
    assertThat(deductions.stream().filter(r -> r.get(0).equals("青岛市司法局")).map(r -> r.get(1)).distinct())
        .containsExactlyInAnyOrder("法律援助专项经费", "人民调解以奖代补");
  }

  @Test
  void theSummaryAndTheReportStateTheRun() {
    Map<String, String> notes = new LinkedHashMap<>();
    sheets.get("说明").forEach(r -> notes.put(r.get(0), r.size() > 1 ? r.get(1) : ""));
    assertThat(notes).containsEntry("收件文件夹", shared.resolve("收件箱").toString())
        .containsEntry("输出文件夹", out.toString()).containsEntry("评分规则", "qingdao")
        .containsEntry("等次划分", "90 分及以上 优；80 至 90 分 良；70 至 80 分 中；70 分以下 差（按百分制得分）")
        .containsEntry("名单文件", ProjectFiles.samples().resolve("roster.txt").toString())
        .containsEntry("未提交的单位", "1 个：青岛市审计局").containsEntry("不在名单上的提交", "无");

    JsonNode r = report.get("run");
    assertThat(r.get("started").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
    assertThat(r.get("seconds").decimalValue()).isPositive();
    assertThat(r.get("inbox").asText()).isEqualTo(shared.resolve("收件箱").toString());
    assertThat(r.get("out").asText()).isEqualTo(out.toString());
    assertThat(r.get("profile").toString()).isEqualTo("{\"name\":\"qingdao\",\"grades\":[{\"min\":90,\"grade\":\"优\"},"
        + "{\"min\":80,\"grade\":\"良\"},{\"min\":70,\"grade\":\"中\"},{\"min\":0,\"grade\":\"差\"}]}");
    assertThat(r.get("roster").asText()).endsWith("roster.txt");
    assertThat(r.get("unitsMissing").toString()).isEqualTo("[\"青岛市审计局\"]");
    assertThat(r.get("unitsNotOnRoster").toString()).isEqualTo("[]");
    Map<String, JsonNode> files = new LinkedHashMap<>();
    report.get("files").forEach(f -> files.put(f.get("file").asText(), f));
    JsonNode commerce = files.get("青岛市商务局外贸发展专项资金绩效自评表.xlsx");
    assertThat(commerce.get("filledCopy").asText()).isEqualTo("filled/青岛市商务局外贸发展专项资金绩效自评表.xlsx");
    assertThat(out.resolve(commerce.get("filledCopy").asText())).isRegularFile();
    assertThat(commerce.get("supersededBy").isNull()).isTrue();
    assertThat(commerce.get("tables").get(0).get("grade").isNull()).isTrue();
    assertThat(files.get("青岛市住房和城乡建设局2023年度老旧小区改造项目绩效自评表.xlsx").get("filledCopy").isNull()).isTrue();
  }

  @Test
  void theOverviewPrintsOnA4LandscapeInPagesOfAFewColumnsWithUnitAndStatusOnEach() throws Exception {
    try (Workbook wb = WorkbookFactory.create(out.resolve("summary.xlsx").toFile(), null, true)) {
      Sheet s = wb.getSheet("汇总");
      assertThat(s.getPrintSetup().getLandscape()).isTrue();
      assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      assertThat(s.getRepeatingColumns().formatAsString()).isEqualTo("A:C");
      int[] breaks = s.getColumnBreaks();
      int columns = s.getRow(0).getLastCellNum();
      int from = 3;
      for (int b : Stream.concat(java.util.Arrays.stream(breaks).boxed(), Stream.of(columns)).toList()) {
        assertThat(3 + b - from).as("columns printed on the page ending before %d", b).isBetween(4, 12);
        from = b;
      }
    }
  }

  @Test
  void aRerunLeavesOnlyItsOwnCopiesInFilledAndSaysWhereTheOldOnesWent() throws Exception {
    Path inbox = Files.createDirectories(shared.resolve("重报"));
    Files.copy(ProjectFiles.samples().resolve("submissions/青岛市体育局-绩效自评表.xlsx"),
        inbox.resolve("青岛市体育局-绩效自评表.xlsx"));
    Path again = ProjectFiles.copyTree(out, shared.resolve("再次"));
    long before;
    try (Stream<Path> s = Files.walk(again.resolve("filled"))) {
      before = s.filter(Files::isRegularFile).count();
    }

    MainTest.Run second = MainTest.run("batch", inbox.toString(), "--out", again.toString());

    assertThat(second.code()).isZero();
    try (Stream<Path> s = Files.walk(again.resolve("filled"))) {
      assertThat(s.filter(Files::isRegularFile).map(p -> again.resolve("filled").relativize(p).toString()))
          .containsExactly("青岛市体育局-绩效自评表.xlsx");
    }
    Path previous = again.resolve(".evalsheet/previous/filled");
    try (Stream<Path> s = Files.walk(previous)) {
      assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(before).isEqualTo(17);
    }
    assertThat(second.out()).contains("上次运行留下的 17 个副本已移到 " + previous + "/（filled 中只有这次的副本）");
    assertThat(new ObjectMapper().readTree(again.resolve("report.json").toFile()).get("files")).hasSize(1);
  }
}
