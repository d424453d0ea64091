package org.evalsheet.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.testing.SeedModel;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.testing.TableBuilder;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static Evaluation seed() {
    return Scorer.score(SeedModel.table(), ProfileReader.defaults());
  }

  @Test
  void seedScoresAsTheReportStates() {
    Evaluation e = seed();
    assertThat(e.weightTotal()).isEqualByComparingTo("100");
    assertThat(e.scoreTotal()).isEqualByComparingTo("98.4");
    assertThat(e.rate()).isEqualByComparingTo("0.984");
    assertThat(e.grade()).isEqualTo("优");
    assertThat(e.template()).isFalse();
    assertThat(e.level1()).extracting(GroupScore::name).containsExactly("决策", "过程", "产出", "效益");
    assertThat(e.level1()).extracting(g -> g.score().stripTrailingZeros().toPlainString())
        .containsExactly("18.5", "19.9", "25", "35");
    assertThat(e.level1()).extracting(g -> g.weight().toPlainString()).containsExactly("20", "20", "25", "35");
  }

  @Test
  void seedDeductionsAreTheReportsFour() {
    List<Deduction> d = seed().deductions();
    assertThat(d).extracting(Deduction::name).containsExactly("绩效目标合理性", "绩效指标明确性", "预算编制科学性", "预算执行率");
    assertThat(d).extracting(x -> x.points().toPlainString()).containsExactly("0.5", "0.5", "0.5", "0.1");
  }

  @Test
  void seedConclusionIsInTheReportsWords() {
    assertThat(seed().conclusion()).isEqualTo("""
        经评价，项目综合得分 98.4 分，等次：优。
        各一级指标得分：决策 18.5 分；过程 19.9 分；产出 25 分；效益 35 分。
        扣分情况：绩效目标合理性扣 0.5 分；绩效指标明确性扣 0.5 分；预算编制科学性扣 0.5 分；预算执行率扣 0.1 分。""");
  }

  @Test
  void everyGroupIsTotalledAtEveryLevel() {
    Evaluation e = seed();
    GroupScore goals = e.groups().stream().filter(g -> g.name().equals("绩效目标")).findFirst().orElseThrow();
    assertThat(goals.weight()).isEqualByComparingTo("6");
    assertThat(goals.score()).isEqualByComparingTo("5");
    GroupScore social = e.groups().stream().filter(g -> g.name().equals("社会效益")).findFirst().orElseThrow();
    assertThat(social.level()).isEqualTo(3);
    assertThat(social.weight()).isEqualByComparingTo("25");
    assertThat(social.score()).isEqualByComparingTo("25");
    assertThat(e.groups()).hasSize(SeedModel.table().groups().size());
  }

  @Test
  void leafRatesAreScoreOverWeight() {
    List<LeafScore> leaves = seed().leaves();
    assertThat(leaves).hasSize(20);
    assertThat(leaves.get(2).rate()).isEqualByComparingTo(new BigDecimal("2.5").divide(new BigDecimal("3"),
        org.evalsheet.model.Decimals.RATIO));
    assertThat(leaves.get(7).rate()).isEqualByComparingTo("0.95");
    assertThat(leaves).noneMatch(LeafScore::derivedFromRate);
  }

  @Test
  void noDeductionsSaysNone() {
    IndicatorTable t = TableBuilder.create().leaf("决策(40)/目标", "40", "40").leaf("产出(60)/数量", "60", "60").build();
    assertThat(Scorer.score(t, ProfileReader.defaults()).conclusion()).isEqualTo("""
        经评价，项目综合得分 100 分，等次：优。
        各一级指标得分：决策 40 分；产出 60 分。
        扣分情况：无。""");
  }

  @Test
  void templateHasNoTotalGradeOrConclusion() {
    List<String[]> rows = SeedWorkbook.rows();
    rows.forEach(r -> r[9] = "");
    Evaluation e = Scorer.score(SeedModel.table(rows), ProfileReader.defaults());
    assertThat(e.template()).isTrue();
    assertThat(e.scoreTotal()).isNull();
    assertThat(e.rate()).isNull();
    assertThat(e.grade()).isNull();
    assertThat(e.conclusion()).isEmpty();
    assertThat(e.deductions()).isEmpty();
    assertThat(e.weightTotal()).isEqualByComparingTo("100");
    assertThat(e.level1()).allMatch(g -> g.score() == null);
  }

  @Test
  void emptyScoreIsTakenFromTheSubmittedRate() {
    IndicatorTable t = TableBuilder.create().leaf("决策(3)/目标", "3", "").rate("83.33%").build();
    Evaluation e = Scorer.score(t, ProfileReader.defaults());
    LeafScore leaf = e.leaves().get(0);
    assertThat(leaf.derivedFromRate()).isTrue();
    assertThat(leaf.score()).isEqualByComparingTo("2.5");
    assertThat(e.scoreTotal()).isEqualByComparingTo("2.5");
    assertThat(e.deductions()).extracting(d -> d.points().toPlainString()).containsExactly("0.5");
  }

  @Test
  void unusableCellsDoNotCount() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "50", "良好").leaf("决策/指标", "#REF!", "30").build();
    Evaluation e = Scorer.score(t, ProfileReader.defaults());
    assertThat(e.weightTotal()).isEqualByComparingTo("50");
    assertThat(e.scoreTotal()).isEqualByComparingTo("30");
    assertThat(e.leaves().get(0).score()).isNull();
    assertThat(e.leaves().get(1).rate()).isNull();
    assertThat(e.deductions()).isEmpty();
  }

  @Test
  void ministryScaleGivesMiddleForSixtyFiveWhereTheDefaultGivesPoor() {
    IndicatorTable t = TableBuilder.create().leaf("产出(100)/数量", "100", "65").build();
    assertThat(Scorer.score(t, ProfileReader.defaults().withGrades(GradeScale.parse("90=优,80=良,60=中,0=差"))).grade()).isEqualTo("中");
    assertThat(Scorer.score(t, ProfileReader.defaults()).grade()).isEqualTo("差");
  }

  @Test
  void tenThousandHundredthsTotalExactly() {
    TableBuilder b = TableBuilder.create();
    for (int i = 0; i < 10_000; i++) {
      b.leaf("指标" + i, "0.01", "0.01");
    }
    Evaluation e = Scorer.score(b.build(), ProfileReader.defaults());
    assertThat(e.weightTotal().compareTo(new BigDecimal("100"))).isZero();
    assertThat(e.scoreTotal().compareTo(new BigDecimal("100"))).isZero();
    assertThat(e.conclusion()).startsWith("经评价，项目综合得分 100 分，等次：优。").endsWith("扣分情况：无。");
  }
}
