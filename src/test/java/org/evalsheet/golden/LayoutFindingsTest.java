package org.evalsheet.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalsheet.golden.SeedLayoutsTest.assess;
import static org.evalsheet.golden.SeedLayoutsTest.codes;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.model.Finding;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.Severity;
import org.evalsheet.model.UnitSource;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedLayouts.Groups;
import org.evalsheet.testing.SeedLayouts.Weights;
import org.evalsheet.testing.SeedLayouts;
import org.evalsheet.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the layouts must still catch, at the right cell, and what they decide: a wrong 小计, a wrong outline group
 * weight, 不适用 rescaled in every layout, a full mark of the table's own, the reviewer's column, the unit named in
 * the title, and files that are not self-evaluations.
 */
class LayoutFindingsTest {
  @TempDir Path dir;

  private TableResult read(SeedLayouts layout, String ext) throws Exception {
    return assess(layout.write(dir.resolve("t." + ext)));
  }

  private static Finding only(TableResult r, String code) {
    List<Finding> found = r.findings().stream().filter(f -> f.code().equals(code)).toList();
    assertThat(found).as(code).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void aWrongSubtotalIsAnErrorAtTheSubtotalsScoreCell(String ext) throws Exception {
    TableResult r = read(new SeedLayouts().groups(Groups.SUBTOTALS).subtotalScore("决策", "19"), ext);

    Finding f = only(r, "GROUP_SCORE_MISMATCH");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.cell()).hasToString("指标体系!J10");
    assertThat(f.message()).isEqualTo("一级指标“决策”第 10 行小计填写得分 19 分，但其末级指标得分合计 18.5 分");
    assertThat(codes(r, Severity.ERROR)).containsExactly("GROUP_SCORE_MISMATCH");
    assertThat(r.evaluation().scoreTotal()).isEqualByComparingTo("98.4");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "xls"})
  void aWrongOutlineGroupWeightIsAnErrorAtItsWeightCell(String ext) throws Exception {
    TableResult r = read(new SeedLayouts().groups(Groups.OUTLINE_SCORED).groupWeight("项目立项", "7"), ext);

    Finding f = only(r, "GROUP_WEIGHT_MISMATCH");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.cell()).hasToString("指标体系!E5");
    assertThat(f.message()).isEqualTo("二级指标“项目立项”所在行填写权重 7 分，但其末级指标权重合计 6 分");
    assertThat(codes(r, Severity.ERROR)).containsExactly("GROUP_WEIGHT_MISMATCH");
    assertThat(r.evaluation().weightTotal()).isEqualByComparingTo("100");
  }

  @Test
  void aWrongDeclaredLabelIsStillCaughtInTheMixedLayout() throws Exception {
    TableResult r = read(new SeedLayouts().groups(Groups.MIXED).groupWeight("决策", "21"), "xlsx");

    Finding f = only(r, "GROUP_WEIGHT_MISMATCH");
    assertThat(f.cell()).hasToString("指标体系!E4");
  }

  static Stream<Arguments> notApplicableLayouts() {
    return Stream.of(
        Arguments.of(new SeedLayouts().notApplicable(12, "不适用"), "xlsx"),
        Arguments.of(new SeedLayouts().notApplicable(12, "不涉及"), "xls"),
        Arguments.of(new SeedLayouts().notApplicable(12, "/"), "xlsx"),
        Arguments.of(new SeedLayouts().notApplicable(12, "—"), "xlsx"),
        Arguments.of(new SeedLayouts().notApplicable(12, "无此项").groups(Groups.OUTLINE_SCORED), "xlsx"),
        Arguments.of(new SeedLayouts().notApplicable(12, "不适用").groups(Groups.SUBTOTALS), "xls"),
        Arguments.of(new SeedLayouts().notApplicable(12, "不适用").weights(Weights.FRACTIONS), "xlsx"),
        Arguments.of(new SeedLayouts().notApplicable(12, "不适用").weights(Weights.PERCENT_TEXT)
            .groups(Groups.OUTLINE), "xlsx"));
  }

  @ParameterizedTest
  @MethodSource("notApplicableLayouts")
  void notApplicableLeafIsLeftOutAndTheTableRescaledOverTheApplicableWeight(SeedLayouts layout, String ext)
      throws Exception {
    TableResult r = read(layout, ext);

    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(only(r, "NOT_APPLICABLE").message()).startsWith("指标“数量变动率”得分为“");
    assertThat(r.table().indicators().get(12).notApplicable()).isTrue();
    assertThat(r.evaluation().scoreTotal()).isEqualByComparingTo("93.4");
    assertThat(r.evaluation().applicableWeight()).isEqualByComparingTo("95");
    assertThat(r.evaluation().rate()).isEqualByComparingTo(new BigDecimal("93.4").divide(new BigDecimal("95"),
        org.evalsheet.model.Decimals.RATIO));
    assertThat(r.evaluation().onHundred()).isEqualByComparingTo("98.32");
    assertThat(r.evaluation().grade()).isEqualTo("优");
    assertThat(r.evaluation().conclusion()).contains("数量变动率不适用，按适用指标得分折算为百分制 98.32 分");
    assertThat(r.evaluation().deductions()).extracting(d -> d.name()).doesNotContain("数量变动率");
  }

  @Test
  void aTableOnItsOwnFullMarkIsEvaluatedOnItWithAWarning() throws Exception {
    Path f = Sheets.write(dir.resolve("120.xlsx"), wb -> {
      var s = wb.createSheet("指标");
      Object[][] rows = {
          {"一级指标", "二级指标", "三级指标", "分值", "得分"},
          {"决策（30分）", "项目立项", "立项依据", 30, 28},
          {"产出（60分）", "产出数量", "完成率", 60, 55},
          {"加分项（30分）", "创新", "创新做法", 30, 20},
          {"合计", null, null, 120, 103}};
      write(s, rows);
    });
    TableResult r = assess(f);

    Finding w = only(r, "WEIGHT_TOTAL_NOT_100");
    assertThat(w.severity()).isEqualTo(Severity.WARNING);
    assertThat(w.message()).contains("按满分 120 分评价");
    assertThat(r.evaluation().fullMark()).isEqualByComparingTo("120");
    assertThat(r.evaluation().rate()).isEqualByComparingTo(new BigDecimal("103").divide(new BigDecimal("120"),
        org.evalsheet.model.Decimals.RATIO));
    assertThat(r.evaluation().onHundred()).isEqualByComparingTo("85.83");
    assertThat(r.evaluation().grade()).isEqualTo("良");
    assertThat(r.evaluation().conclusion()).startsWith("经评价，项目综合得分 103 分（满分 120 分，折合百分制 85.83 分），等次：良。");
    assertThat(codes(r, Severity.ERROR)).isEmpty();
  }

  @Test
  void aTotalRowThatDisagreesWithItsLeavesStaysAnError() throws Exception {
    Path f = Sheets.write(dir.resolve("120.xlsx"), wb -> write(wb.createSheet("指标"), new Object[][] {
        {"一级指标", "二级指标", "三级指标", "分值", "得分"},
        {"决策（30分）", "项目立项", "立项依据", 30, 28},
        {"产出（90分）", "产出数量", "完成率", 90, 80},
        {"合计", null, null, 100, 108}}));
    TableResult r = assess(f);

    assertThat(only(r, "WEIGHT_TOTAL_NOT_100").severity()).isEqualTo(Severity.ERROR);
    assertThat(codes(r, Severity.ERROR)).contains("TOTAL_ROW_MISMATCH");
  }

  @Test
  void theReviewersColumnIsKeptApartAndItsDifferenceSaid() throws Exception {
    TableResult r = read(new SeedLayouts().reviewer(), "xlsx");

    assertThat(r.table().columns()).containsEntry(org.evalsheet.model.Column.SCORE, 9)
        .containsEntry(org.evalsheet.model.Column.REVIEW_SCORE, 10);
    assertThat(only(r, "REVIEWER_COLUMN").message()).contains("K 列“得分/复核”是复核（评审）人员的评分");
    Finding diff = only(r, "REVIEWER_SCORE_DIFFERS");
    assertThat(diff.cell()).hasToString("指标体系!K7");
    assertThat(diff.message()).isEqualTo("指标“绩效目标合理性”自评得分 2.5，复核得分 2，两者不同（按自评得分计分）");
    assertThat(r.evaluation().scoreTotal()).isEqualByComparingTo("98.4");
    assertThat(r.evaluation().reviewerTotal()).isEqualByComparingTo("97.9");
  }

  @Test
  void twoCandidateSelfScoreColumnsArePickedByPositionAndSaid() throws Exception {
    Path f = Sheets.write(dir.resolve("two.xlsx"), wb -> write(wb.createSheet("指标"), new Object[][] {
        {"一级指标", "二级指标", "三级指标", "分值", "自评得分", "评价得分"},
        {"决策", "项目立项", "立项依据", 100, 90, 80}}));
    TableResult r = assess(f);

    assertThat(r.table().columns()).containsEntry(org.evalsheet.model.Column.SCORE, 4);
    assertThat(only(r, "SCORE_COLUMN_CHOSEN").message())
        .isEqualTo("E 列“自评得分”和F 列“评价得分”都可能是自评得分，按位置取左边的 E 列“自评得分”，其余列不计分");
    assertThat(r.evaluation().scoreTotal()).isEqualByComparingTo("90");
  }

  @Test
  void theUnitNamedOnlyInTheTitleIsTheUnit() throws Exception {
    TableResult r = read(new SeedLayouts().titleOnly(), "xlsx");

    assertThat(r.table().unit()).isEqualTo("青岛市教育局");
    assertThat(r.table().project()).isEqualTo("课后服务");
    assertThat(r.table().unitSource()).isEqualTo(UnitSource.TITLE);
    assertThat(only(r, "UNIT_FROM_TITLE").message()).isEqualTo("表中没有填写单位名称，按标题取单位“青岛市教育局”");
  }

  @Test
  void aPerformanceTargetDeclarationIsRejectedAsNotASelfEvaluation() throws Exception {
    Path f = Sheets.write(dir.resolve("申报表.xlsx"), wb -> write(wb.createSheet("绩效目标"), new Object[][] {
        {"项目支出绩效目标申报表"},
        {"一级指标", "二级指标", "三级指标", "指标值"},
        {"产出指标", "数量指标", "新建站点数", "≥20个"},
        {null, "质量指标", "验收合格率", "100%"},
        {"效益指标", "社会效益指标", "服务覆盖率", "≥90%"}}));
    FileResult r = new Pipeline(ReadLimits.DEFAULT, ProfileReader.defaults(), null).process(f, "申报表.xlsx");

    assertThat(r.status()).isEqualTo(Status.REJECTED);
    assertThat(r.reason()).isEqualTo("这是绩效目标申报表（只有指标值，没有分值和得分），不是绩效自评表");
  }

  @Test
  void aHeaderWithNothingUnderItIsABlankForm() throws Exception {
    Path f = Sheets.write(dir.resolve("空白.xlsx"), wb -> write(wb.createSheet("自评表"), new Object[][] {
        {"项目支出绩效自评表"},
        {null},
        {"一级指标", "二级指标", "三级指标", "分值", "得分"}}));
    FileResult r = new Pipeline(ReadLimits.DEFAULT, ProfileReader.defaults(), null).process(f, "空白.xlsx");

    assertThat(r.status()).isEqualTo(Status.REJECTED);
    assertThat(r.reason()).isEqualTo("空白自评表：第 3 行有表头，但下面没有指标");
  }

  @Test
  void aSheetWithNothingRecognisableKeepsTheOldReason() throws Exception {
    Path f = Sheets.write(dir.resolve("名单.xlsx"), wb -> write(wb.createSheet("名单"), new Object[][] {
        {"单位", "联系人"}, {"青岛市教育局", "张三"}}));
    FileResult r = new Pipeline(ReadLimits.DEFAULT, ProfileReader.defaults(), null).process(f, "名单.xlsx");

    assertThat(r.reason()).isEqualTo(Pipeline.NO_TABLE);
  }

  private static void write(org.apache.poi.ss.usermodel.Sheet s, Object[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v instanceof Number n) {
          Sheets.number(s, r, c, n.doubleValue());
        } else if (v != null) {
          Sheets.text(s, r, c, v.toString());
        }
      }
    }
  }
}
