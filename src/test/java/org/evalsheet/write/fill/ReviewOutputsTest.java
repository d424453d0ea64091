package org.evalsheet.write.fill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.score.Assessor;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.MofForm;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.write.JsonReport;
import org.evalsheet.write.fill.FilledCopyWriter.Route;
import org.evalsheet.write.summary.Round;
import org.evalsheet.write.summary.SummaryWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the review puts into the outputs (复核输出): the JSON's kind, target, actual and rule score per indicator and
 * rule total per table; the filled copy's comment showing the computation on each questioned 得分 and its 复核
 * table on 评价结论, on both routes; 汇总's 复核得分 and 差额, and the 复核差异 sheet, largest gap first.
 */
class ReviewOutputsTest {
  @TempDir Path dir;

  private static MofForm form() {
    return new MofForm()
        .leaf("产出指标", "数量指标", "新建站点数", "≥20个", "18个", 30, 30, "")
        .leaf("产出指标", "质量指标", "验收合格率", "100%", "100%", 20, 20, "")
        .leaf("效益指标", "社会效益指标", "管护机制", "健全", "基本健全", 30, 28, "个别站点未落实")
        .leaf("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10, "");
  }

  private TableResult assess(Path file) throws Exception {
    return Assessor.assess(new WorkbookReader(ReadLimits.DEFAULT).read(file).get(0), ProfileReader.read("mof"));
  }

  @Test
  void theReportCarriesTheReviewPerIndicatorAndPerTable() throws Exception {
    TableResult r = assess(form().write(dir.resolve("mof.xlsx")));
    JsonNode table = new ObjectMapper().readTree(JsonReport.toJson(List.of(FileResult.read("mof.xlsx", List.of(r)))))
        .get("files").get(0).get("tables").get(0);

    assertThat(table.get("ruleTotal").toString()).isEqualTo("89.49");
    assertThat(table.get("ruleGap").toString()).isEqualTo("7.01");
    JsonNode sites = table.get("indicators").get(1);
    assertThat(sites.get("kind").asText()).isEqualTo("positive");
    assertThat(sites.get("target").toString()).isEqualTo("{\"form\":\"number\",\"operator\":\"≥\",\"value\":20,"
        + "\"unit\":\"个\",\"baseUnit\":\"个\",\"text\":\"≥20个\"}");
    assertThat(sites.get("actual").get("value").toString()).isEqualTo("18");
    assertThat(sites.get("ruleScore").toString()).isEqualTo("27");
    JsonNode mechanism = table.get("indicators").get(3);
    assertThat(mechanism.get("kind").asText()).isEqualTo("qualitative");
    assertThat(mechanism.get("grade").asText()).isEqualTo("部分达成");
    assertThat(mechanism.get("ruleLow").toString()).isEqualTo("18");
    assertThat(mechanism.get("ruleHigh").toString()).isEqualTo("24");
    assertThat(table.get("indicators").get(0).get("kind").asText()).isEqualTo("execution");
  }

  @Test
  void aTableWithoutActualsHasNoReviewInTheReport() throws Exception {
    TableResult r = assess(new SeedWorkbook().write(dir.resolve("seed.xlsx")));
    JsonNode table = new ObjectMapper().readTree(JsonReport.toJson(List.of(FileResult.read("s.xlsx", List.of(r)))))
        .get("files").get(0).get("tables").get(0);

    assertThat(table.has("ruleTotal")).isFalse();
    assertThat(table.get("indicators").get(0).has("kind")).isFalse();
  }

  @ParameterizedTest
  @MethodSource("org.evalsheet.write.fill.FillWorkbooks#routes")
  void theCopyShowsTheComputationAndTheReviewTable(String ext, Route route) throws Exception {
    Path input = form().withRateColumn().write(dir.resolve("mof." + ext));
    TableResult r = assess(input);
    Path out = dir.resolve("out").resolve("mof." + ext);
    FilledCopyWriter.write(input, out, List.of(r), route);

    try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
      Cell sites = wb.getSheet("自评表").getRow(11).getCell(7);
      assertThat(sites.getCellComment().getString().getString())
          .containsPattern("警告（评价结论第 \\d+ 条）：指标“新建站点数”自评得分 30 高于按完成情况计算的 27")
          .contains("复核：按正向指标计算：实际完成 18个 ÷ 年度指标值 20个 × 分值 30 = 27 分");
      Sheet conclusion = wb.getSheet("评价结论");
      List<String> lines = new ArrayList<>();
      for (Row row : conclusion) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < 8; c++) {
          Cell cell = row.getCell(c);
          String v = cell == null ? "" : switch (cell.getCellType()) {
            case NUMERIC -> org.evalsheet.model.Decimals.format(java.math.BigDecimal.valueOf(cell.getNumericCellValue())
                .setScale(2, java.math.RoundingMode.HALF_UP));
            case STRING -> cell.getStringCellValue();
            default -> "";
          };
          sb.append(c == 0 ? "" : "|").append(v);
        }
        lines.add(sb.toString());
      }
      assertThat(lines).contains("自评复核（按年度指标值和实际完成值核算）|||||||",
          "指标|年度指标值|实际完成值|分值|自评得分|复核得分|差额|说明",
          "新建站点数|≥20个|18个|30|30|27|3|按正向指标计算：实际完成 18个 ÷ 年度指标值 20个 × 分值 30 = 27 分",
          "合计||||96.5|89.49|7.01|");
    }
  }

  @Test
  void theSummaryListsTheGapsLargestFirstAndShowsTheRuleTotal() throws Exception {
    TableResult a = assess(form().write(dir.resolve("a.xlsx")));
    TableResult b = assess(new MofForm()
        .leaf("产出指标", "数量指标", "新建站点数", "≥20个", "10个", 50, 50, "资金未到位")
        .leaf("效益指标", "社会效益指标", "群众满意度", "≥90%", "95%", 40, 40, "")
        .write(dir.resolve("b.xlsx")));
    TableResult seed = assess(new SeedWorkbook().write(dir.resolve("seed.xlsx")));
    Path out = dir.resolve("summary.xlsx");
    SummaryWriter.write(new Round(List.of(FileResult.read("a.xlsx", List.of(a)), FileResult.read("b.xlsx", List.of(b)),
        FileResult.read("seed.xlsx", List.of(seed))), ProfileReader.read("mof").grades(), null, List.of(), Set.of(),
        f -> "filled/" + f), out);

    try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
      Sheet overview = wb.getSheet("汇总");
      List<String> header = new ArrayList<>();
      overview.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      int rule = header.indexOf("复核得分");
      assertThat(header.get(rule + 1)).isEqualTo("差额");
      assertThat(overview.getRow(1).getCell(rule).getNumericCellValue()).isEqualTo(89.49);
      assertThat(overview.getRow(3).getCell(rule)).isNull();
      Sheet gaps = wb.getSheet("复核差异");
      assertThat(gaps.getRow(0).getCell(3).getStringCellValue()).isEqualTo("指标");
      assertThat(gaps.getRow(1).getCell(3).getStringCellValue()).isEqualTo("新建站点数");
      assertThat(gaps.getRow(1).getCell(1).getStringCellValue()).isEqualTo("b.xlsx");
      assertThat(gaps.getRow(1).getCell(1).getHyperlink().getAddress()).isEqualTo("filled/b.xlsx");
      assertThat(gaps.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(25.0);
      assertThat(gaps.getRow(2).getCell(3).getStringCellValue()).isEqualTo("管护机制");
      assertThat(gaps.getRow(2).getCell(9).getNumericCellValue()).isEqualTo(4.01);
      assertThat(gaps.getRow(3).getCell(9).getNumericCellValue()).isEqualTo(3.0);
      assertThat(gaps.getLastRowNum()).isEqualTo(3);
      Map<String, Double> stats = new java.util.HashMap<>();
      for (org.apache.poi.ss.usermodel.Row r : wb.getSheet("统计")) {
        if (r.getRowNum() > 0 && r.getCell(2) != null && "复核".equals(r.getCell(0).getStringCellValue())) {
          stats.put(r.getCell(1).getStringCellValue(), r.getCell(2).getNumericCellValue());
        }
      }
      assertThat(stats).containsExactlyInAnyOrderEntriesOf(Map.of("复核的指标表数", 2.0, "自评高于复核的指标数", 3.0,
          "自评高于复核的指标表数", 2.0));
    }
  }
}
