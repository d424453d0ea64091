package org.evalsheet.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Profile;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.Severity;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.score.Assessor;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.MofForm;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 自评复核 on Ministry forms built as real ones are (funds block, 年度总体目标 block, 绩效指标 merged down column A):
 * every kind of rule and every finding at its cell with its numbers; the bundled 高标准农田 sample's rule scores;
 * the seed (no 实际完成值) reviewed not at all; a bureau's cap and its 反向 formula.
 */
class ReviewGoldenTest {
  @TempDir Path dir;

  /** One leaf per rule and per finding; sheet rows 12 to 21, the funds block on row 5. */
  private static MofForm form() {
    return new MofForm()
        .funds(3200, 2720, 0.80, 10, 9)
        .leaf("产出指标", "数量指标", "新建站点数", "≥20个", "18个", 10, 10, "")
        .leaf("产出指标", "数量指标", "培训人次", "≥1000人次", "1500人次", 10, 10, "")
        .leaf("产出指标", "质量指标", "环境质量", "质量良好", "良好", 10, 9.5, "")
        .leaf("产出指标", "时效指标", "完工时间", "2023年12月底前", "2024年1月完成", 10, 10, "")
        .leaf("产出指标", "成本指标", "整治成本", "≤90万元", "99万元", 10, 10, "材料价格上涨")
        .leaf("效益指标", "经济效益指标", "成本节约率", "0%-15%", "20%", 10, 10, "结余资金较多")
        .leaf("效益指标", "社会效益指标", "安全事故数", "0", 1.0, 10, 0, "发生一起轻微事故")
        .leaf("效益指标", "可持续影响指标", "管护机制", "健全", "基本健全", 10, 9, "")
        .leaf("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 0.92, 5, 5, "")
        .leaf("满意度指标", "服务对象满意度指标", "投诉办结率", "≥95%", "98件", 5, 5, "");
  }

  private TableResult assess(Path file, Profile profile) throws Exception {
    List<IndicatorTable> tables = new WorkbookReader(ReadLimits.DEFAULT).read(file);
    assertThat(tables).hasSize(1);
    return Assessor.assess(tables.get(0), profile);
  }

  private static Map<String, BigDecimal> ruleScores(TableResult r) {
    return r.review().leaves().stream().filter(l -> l.ruleScore() != null)
        .collect(Collectors.toMap(l -> l.indicator().name(), LeafReview::ruleScore));
  }

  private static List<String> reviewFindings(TableResult r) {
    return r.review().findings().stream().map(f -> f.code() + "@" + f.cell().a1()).toList();
  }

  private static Finding at(TableResult r, String code, String a1) {
    return r.review().findings().stream().filter(f -> f.code().equals(code) && f.cell().a1().equals(a1))
        .findFirst().orElseThrow(() -> new AssertionError(code + "@" + a1 + " not in " + reviewFindings(r)));
  }

  @Test
  void everyRuleGivesItsScore() throws Exception {
    TableResult r = assess(form().write(dir.resolve("mof.xlsx")), ProfileReader.read("mof"));

    assertThat(r.review().leaves()).extracting(l -> l.indicator().name(), LeafReview::kind).containsExactly(
        tuple("预算执行率", LeafReview.Kind.EXECUTION), tuple("新建站点数", LeafReview.Kind.POSITIVE),
        tuple("培训人次", LeafReview.Kind.POSITIVE), tuple("环境质量", LeafReview.Kind.QUALITATIVE),
        tuple("完工时间", LeafReview.Kind.DATE), tuple("整治成本", LeafReview.Kind.NEGATIVE),
        tuple("成本节约率", LeafReview.Kind.RANGE), tuple("安全事故数", LeafReview.Kind.EQUAL),
        tuple("管护机制", LeafReview.Kind.QUALITATIVE), tuple("群众满意度", LeafReview.Kind.POSITIVE),
        tuple("投诉办结率", LeafReview.Kind.POSITIVE));
    assertThat(ruleScores(r)).containsOnly(
        Map.entry("预算执行率", new BigDecimal("8.5")), Map.entry("新建站点数", new BigDecimal("9")),
        Map.entry("培训人次", new BigDecimal("10")), Map.entry("环境质量", new BigDecimal("9.5")),
        Map.entry("完工时间", new BigDecimal("0")), Map.entry("整治成本", new BigDecimal("9")),
        Map.entry("成本节约率", new BigDecimal("6.67")), Map.entry("安全事故数", new BigDecimal("0")),
        Map.entry("管护机制", new BigDecimal("7.99")), Map.entry("群众满意度", new BigDecimal("5")));
    assertThat(r.review().selfTotal()).isEqualByComparingTo("87.5");
    assertThat(r.review().ruleTotal()).isEqualByComparingTo("70.66");
    assertThat(r.review().executionRate()).isEqualByComparingTo("0.85");
  }

  @Test
  void everyFindingIsAtItsCellWithItsNumbers() throws Exception {
    TableResult r = assess(form().write(dir.resolve("mof.xlsx")), ProfileReader.read("mof"));

    assertThat(reviewFindings(r)).containsExactlyInAnyOrder(
        "EXECUTION_RATE_MISMATCH@G5", "SCORE_ABOVE_RULE@H5",
        "SCORE_ABOVE_RULE@H12", "DEVIATION_REASON_MISSING@I12",
        "TARGET_FAR_EXCEEDED@F13",
        "TARGET_NOT_MEASURABLE@E14", "DEVIATION_REASON_MISSING@I14",
        "SCORE_ABOVE_RULE@H15", "DEVIATION_REASON_MISSING@I15",
        "SCORE_ABOVE_RULE@H16",
        "SCORE_ABOVE_RULE@H17",
        "QUALITATIVE_SCORE_OUT_OF_BAND@H19", "DEVIATION_REASON_MISSING@I19",
        "UNIT_MISMATCH@F21");
    assertThat(at(r, "SCORE_ABOVE_RULE", "H12").message())
        .isEqualTo("指标“新建站点数”自评得分 10 高于按完成情况计算的 9（实际完成 18个，年度指标值 ≥20个，分值 10）");
    assertThat(at(r, "SCORE_ABOVE_RULE", "H12").severity()).isEqualTo(Severity.WARNING);
    assertThat(at(r, "DEVIATION_REASON_MISSING", "I12").message())
        .isEqualTo("指标“新建站点数”实际完成 18个 未达到年度指标值 ≥20个，请填写偏差原因分析及改进措施");
    assertThat(at(r, "TARGET_FAR_EXCEEDED", "F13").message()).isEqualTo("指标“培训人次”实际完成 1500人次，是年度指标值 "
        + "≥1000人次 的 150.00%，达到 120.00% 以上，年度指标值可能定得偏低，请说明原因");
    assertThat(at(r, "TARGET_NOT_MEASURABLE", "E14").severity()).isEqualTo(Severity.INFO);
    assertThat(at(r, "DEVIATION_REASON_MISSING", "I14").message())
        .isEqualTo("指标“环境质量”得分 9.5 低于分值 10，请填写偏差原因分析及改进措施");
    assertThat(at(r, "SCORE_ABOVE_RULE", "H15").message()).isEqualTo(
        "指标“完工时间”自评得分 10 高于按完成情况计算的 0（实际完成 2024年1月完成，年度指标值 2023年12月底前，分值 10）");
    assertThat(at(r, "SCORE_ABOVE_RULE", "H16").message()).isEqualTo(
        "指标“整治成本”自评得分 10 高于按完成情况计算的 9（实际完成 99万元，年度指标值 ≤90万元，分值 10）");
    assertThat(at(r, "SCORE_ABOVE_RULE", "H17").message()).contains("高于按完成情况计算的 6.67");
    assertThat(at(r, "QUALITATIVE_SCORE_OUT_OF_BAND", "H19").message())
        .isEqualTo("指标“管护机制”实际完成情况为“基本健全”（部分达成），得分应在 6 至 8 分之间（不含 8 分），填报 9 分");
    assertThat(at(r, "UNIT_MISMATCH", "F21").message())
        .isEqualTo("指标“投诉办结率”实际完成值“98件”与年度指标值“≥95%”的单位不同，无法按完成情况核算");
    assertThat(at(r, "EXECUTION_RATE_MISMATCH", "G5").message())
        .isEqualTo("资金执行率填写 80.00%，但全年执行数 2720 ÷ 全年预算数 3200 = 85.00%");
    assertThat(at(r, "SCORE_ABOVE_RULE", "H5").message())
        .isEqualTo("指标“预算执行率”自评得分 9 高于按完成情况计算的 8.5（预算执行率 85.00%，分值 10）");
    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }

  @Test
  void theExplanationShowsTheComputation() throws Exception {
    TableResult r = assess(form().write(dir.resolve("mof.xlsx")), ProfileReader.read("mof"));

    Map<String, String> why = r.review().leaves().stream()
        .collect(Collectors.toMap(l -> l.indicator().name(), LeafReview::explanation));
    assertThat(why.get("新建站点数")).isEqualTo("按正向指标计算：实际完成 18个 ÷ 年度指标值 20个 × 分值 10 = 9 分");
    assertThat(why.get("预算执行率"))
        .isEqualTo("按预算执行率计算：全年执行数 2720 ÷ 全年预算数 3200 = 85.00%，× 分值 10 = 8.5 分");
    assertThat(why.get("管护机制")).isEqualTo("按定性指标计算：实际完成情况“基本健全”属于“部分达成”，可得 6 至 8 分（不含 8 分）");
    assertThat(why.get("安全事故数")).isEqualTo("按等于型指标计算：年度指标值为 0，实际 1，不为 0，不得分 = 0 分");
  }

  @Test
  void aBureauThatScoresNegativeIndicatorsByRatioAndCapsTheTotal() throws Exception {
    Profile mof = ProfileReader.read("mof");
    Profile bureau = new Profile("某区", mof.grades(), mof.fullMark(), mof.tolerance(), Profile.Negative.RATIO,
        mof.overAchievement(), mof.qualitative(), mof.deviationReasonRequired(), mof.notApplicable(),
        List.of(new Profile.Cap(new BigDecimal("0.8"), new BigDecimal("0.9"), new BigDecimal("85"))));
    TableResult r = assess(form().write(dir.resolve("mof.xlsx")), bureau);

    assertThat(ruleScores(r).get("整治成本")).isEqualByComparingTo("9.09");
    assertThat(r.review().cap()).isEqualByComparingTo("85");
    Finding cap = r.review().findings().stream().filter(f -> f.code().equals("TOTAL_ABOVE_EXECUTION_CAP"))
        .findFirst().orElseThrow();
    assertThat(cap.cell().a1()).isEqualTo("H22");
    assertThat(cap.message()).isEqualTo("预算执行率 85.00%，按评分规则“某区”总分最多 85 分，自评总分 87.5 分超过上限");
  }

  @Test
  void theBundledHighStandardFarmlandSampleGivesItsRuleScores() throws Exception {
    Path file = ProjectFiles.samples().resolve("submissions/附件2 项目支出绩效自评表（青岛市农业农村局 高标准农田建设）.xlsx");
    TableResult r = assess(file, ProfileReader.read("mof"));

    assertThat(r.review().leaves()).extracting(l -> l.indicator().name(), LeafReview::ruleScore).containsExactly(
        tuple("预算执行率", new BigDecimal("8.5")), tuple("新建高标准农田面积", new BigDecimal("15")),
        tuple("配套灌溉排水设施", new BigDecimal("9.5")), tuple("工程验收合格率", new BigDecimal("10")),
        tuple("项目按期完工率", new BigDecimal("4.74")), tuple("亩均投资", new BigDecimal("10")),
        tuple("项目区粮食亩产提高", new BigDecimal("8")), tuple("带动农户增收", new BigDecimal("10")),
        tuple("节水灌溉面积占比", new BigDecimal("3")), tuple("工程设施管护机制", new BigDecimal("3")),
        tuple("项目区农户满意度", new BigDecimal("9.78")));
    assertThat(reviewFindings(r)).containsExactly("SCORE_BELOW_RULE@H16", "QUALITATIVE_SCORE_OUT_OF_BAND@H21",
        "SCORE_BELOW_RULE@H22");
    assertThat(r.review().ruleTotal()).isEqualByComparingTo("91.52");
  }

  @Test
  void theSeedHasNothingToRecomputeFromAndGetsNoReviewFinding() throws Exception {
    TableResult r = assess(new SeedWorkbook().write(dir.resolve("seed.xlsx")), ProfileReader.read("mof"));

    assertThat(r.review()).isEqualTo(Review.NONE);
    assertThat(r.findings()).containsExactlyElementsOf(
        org.evalsheet.validate.Validator.validate(r.table(), ProfileReader.read("mof")));
  }
}
