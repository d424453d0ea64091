package org.evalsheet.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.score.Assessor;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedLayouts.Groups;
import org.evalsheet.testing.SeedLayouts.Weights;
import org.evalsheet.testing.SeedLayouts;
import org.evalsheet.write.summary.Round;
import org.evalsheet.write.summary.SummaryWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the report and the summary say of tables read by structure (报告字段): the applicable weight and the rate
 * over it, the full mark, the reviewer's scores beside the self-scores, leaves that do not apply, the scale read and
 * where the unit came from.
 */
class ReportFieldsTest {
  @TempDir Path dir;

  private FileResult result(String name, SeedLayouts layout) throws Exception {
    Path f = layout.write(dir.resolve(name));
    List<TableResult> tables = new ArrayList<>();
    new WorkbookReader(ReadLimits.DEFAULT).read(f).forEach(t -> tables.add(Assessor.assess(t, ProfileReader.defaults())));
    return FileResult.read(name, tables);
  }

  @Test
  void theReportCarriesTheApplicableWeightTheReviewersScoresAndTheScale() throws Exception {
    FileResult r = result("t.xlsx", new SeedLayouts().reviewer().notApplicable(12, "不适用")
        .weights(Weights.FRACTIONS).groups(Groups.OUTLINE_SCORED).titleOnly());
    JsonNode table = new ObjectMapper().readTree(JsonReport.toJson(List.of(r))).get("files").get(0).get("tables")
        .get(0);

    assertThat(table.get("scoreTotal").toString()).isEqualTo("93.4");
    assertThat(table.get("applicableWeight").toString()).isEqualTo("95");
    assertThat(table.get("fullMark").toString()).isEqualTo("100");
    assertThat(table.get("rate").decimalValue()).isEqualByComparingTo("0.983157894737");
    assertThat(table.get("scoreOnHundred").toString()).isEqualTo("98.32");
    assertThat(table.get("reviewerScore").toString()).isEqualTo("92.9");
    assertThat(table.get("weightScale").asText()).isEqualTo("fraction");
    assertThat(table.get("unit").asText()).isEqualTo("青岛市教育局");
    assertThat(table.get("unitSource").asText()).isEqualTo("title");
    JsonNode leaves = table.get("indicators");
    assertThat(leaves.get(2).get("score").toString()).isEqualTo("2.5");
    assertThat(leaves.get(2).get("reviewerScore").toString()).isEqualTo("2");
    assertThat(leaves.get(12).get("notApplicable").asBoolean()).isTrue();
    assertThat(leaves.get(0).has("notApplicable")).isFalse();
    JsonNode decision = table.get("groups").get(0);
    assertThat(decision.get("name").asText()).isEqualTo("决策");
    assertThat(decision.get("groupRow").asInt()).isEqualTo(4);
    assertThat(decision.get("rate").decimalValue()).isEqualByComparingTo("0.925");
  }

  @Test
  void theSummaryShowsTheScoreOnHundredAndTheReviewersScoreWhenTheRoundHasThem() throws Exception {
    FileResult plain = result("a.xlsx", new SeedLayouts());
    FileResult rescaled = result("b.xlsx", new SeedLayouts().notApplicable(12, "不适用").reviewer());
    Path out = dir.resolve("summary.xlsx");
    SummaryWriter.write(new Round(List.of(plain, rescaled), GradeScale.DEFAULT, null, List.of(), Set.of(), f -> null),
        out);

    try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
      Sheet s = wb.getSheet("汇总");
      List<String> header = new ArrayList<>();
      s.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      assertThat(header).startsWith("序号", "单位", "状态", "项目", "自评得分", "百分制得分", "等次", "排名", "得分率",
          "错误数", "警告数", "复核人员评分");
      int score = header.indexOf("自评得分");
      int onHundred = header.indexOf("百分制得分");
      int reviewer = header.indexOf("复核人员评分");
      int rank = header.indexOf("排名");
      Row b = s.getRow(2);
      assertThat(b.getCell(score).getNumericCellValue()).isEqualTo(93.4);
      assertThat(b.getCell(onHundred).getNumericCellValue()).isEqualTo(98.32);
      assertThat(b.getCell(reviewer).getNumericCellValue()).isEqualTo(92.9);
      assertThat(b.getCell(rank).getNumericCellValue()).isEqualTo(2.0);
      Row a = s.getRow(1);
      assertThat(a.getCell(onHundred).getNumericCellValue()).isEqualTo(98.4);
      assertThat(a.getCell(reviewer)).isNull();
      assertThat(a.getCell(rank).getNumericCellValue()).isEqualTo(1.0);
    }
  }
}
