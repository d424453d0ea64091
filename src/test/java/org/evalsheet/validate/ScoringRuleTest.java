package org.evalsheet.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringRuleTest {

  private static ScoringRule rule(String text) {
    return ScoringRule.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static List<String> allowed(ScoringRule r, String weight) {
    return r.allowed(d(weight)).stream().map(BigDecimal::toPlainString).toList();
  }

  @Test
  void elementCountAllowsMultiplesOfTheWeightsShare() {
    ScoringRule r = rule("①…；⑤…。5项各占1/5权重分，每有一项不满足，则扣除相应权重分。");
    assertThat(allowed(r, "3")).containsExactly("0", "0.6", "1.2", "1.8", "2.4", "3");
    assertThat(r.allows(d("2.4"), d("3"))).isTrue();
    assertThat(r.allows(d("2.5"), d("3"))).isFalse();
    assertThat(r.quote()).isEqualTo("5项各占1/5权重分");
  }

  @Test
  void aRuleReadAgainGivesTheSameScoresAndLongRulesAreReadToo() {
    String text = "4项各占1/4权重分，每有一项不满足，则扣除相应权重分。";
    assertThat(allowed(rule(text), "3")).isEqualTo(allowed(rule(new String(text.toCharArray())), "3"));
    String longRule = "说明".repeat(600) + text;
    assertThat(allowed(rule(longRule), "3")).isEqualTo(allowed(rule(text), "3"));
    assertThat(ScoringRule.parse("无规则可读")).isEmpty();
    assertThat(ScoringRule.parse("无规则可读")).isEmpty();
  }

  @Test
  void seedsTwoAndAHalfOfThreeUnderFourElementsIsNotAllowed() {
    ScoringRule r = rule("4项各占1/4权重分，每有一项不满足，则扣除相应权重分。");
    assertThat(r.allows(d("2.5"), d("3"))).isFalse();
    assertThat(r.allows(d("2.25"), d("3"))).isTrue();
    assertThat(r.describe(d("3"))).isEqualTo("0、0.75、1.5、2.25、3");
  }

  @Test
  void elementCountWithUnevenShareAcceptsTwoDecimalRounding() {
    ScoringRule r = rule("3项各占1/3权重分");
    assertThat(r.allows(d("2.67"), d("4"))).isTrue();
    assertThat(r.allows(d("1.33"), d("4"))).isTrue();
    assertThat(r.allows(d("1.3"), d("4"))).isFalse();
  }

  @Test
  void linearDeductionAllowsStepsOfFivePercentOfTheWeight() {
    ScoringRule r = rule("预算执行率达100%，则得满分，每降低1%扣5%权重分，扣完为止。");
    assertThat(r.allowed(d("2"))).hasSize(21);
    assertThat(r.allows(d("1.9"), d("2"))).isTrue();
    assertThat(r.allows(d("0"), d("2"))).isTrue();
    assertThat(r.allows(d("1.95"), d("2"))).isFalse();
  }

  @Test
  void linearDeductionIsFoundInTheSeedsOtherWordings() {
    assertThat(rule("资金到位率达100%得相应权重的100%，每下降1%扣5%权重，扣完相应权重为止。").allows(d("1.8"), d("2")))
        .isTrue();
    assertThat(rule("实际完成率达100%，则得满分，每低于1%，扣除5%权重分，扣完为止。").allows(d("4.75"), d("5"))).isTrue();
    ScoringRule cost = rule("成本节约率大于0%且低于15%，则得满分，每高于（15%）或低于（0%）1%，扣除5%权重分，扣完为止。");
    assertThat(cost.allows(d("4.5"), d("5"))).isTrue();
    assertThat(cost.allows(d("4.6"), d("5"))).isFalse();
  }

  @Test
  void tiersAllowTheListedShares() {
    ScoringRule r = rule("分为效果明显、较明显、一般、有一定效果、不明显，分别可得100%、75%、50%、25%、0的权重分。");
    assertThat(allowed(r, "10")).containsExactly("0", "2.5", "5", "7.5", "10");
    assertThat(r.allows(d("8"), d("10"))).isFalse();
  }

  @Test
  void tiersAfterFullMarksIncludeTheFullWeight() {
    ScoringRule r = rule("项目运转形成了可持续发展的机制则得满分，未形成则可根据专家判断可得75%、50%、25%、0的权重分。");
    assertThat(allowed(r, "10")).containsExactly("0", "2.5", "5", "7.5", "10");
  }

  @Test
  void binaryAllowsNothingOrEverything() {
    ScoringRule r = rule("匹配得满分，不匹配不得分。");
    assertThat(allowed(r, "5")).containsExactly("0", "5");
    assertThat(r.allows(d("2.5"), d("5"))).isFalse();
  }

  @Test
  void conditionalRuleAlsoAllowsTheStatedShare() {
    ScoringRule r = rule("4项全部符合视为使用合规，得满分；存在①或③或④不满足时属于严重违规事项，本项指标不得分；"
        + "在①③④同时符合，②不符合时，本项指标得75%权重分。");
    assertThat(allowed(r, "4")).containsExactly("0", "3", "4");
  }

  @Test
  void perOccurrenceDeductionAllowsWholeSteps() {
    ScoringRule r = rule("每出现一例扣1分，扣完为止。");
    assertThat(allowed(r, "3")).containsExactly("0", "1", "2", "3");
    assertThat(r.allows(d("2.5"), d("3"))).isFalse();
  }

  @Test
  void fullWidthDigitsAreRead() {
    assertThat(rule("５项各占１／５权重分").allows(d("2.4"), d("3"))).isTrue();
  }

  @Test
  void rulesWithoutAKnownPatternAreSkipped() {
    assertThat(ScoringRule.parse("若①②③齐全得权重100%；如不符合①得0分；缺②扣权重1/3；缺③扣权重1/3。")).isEmpty();
    assertThat(ScoringRule.parse("实际值/指标值 × 分值")).isEmpty();
    assertThat(ScoringRule.parse("")).isEmpty();
    assertThat(ScoringRule.parse(null)).isEmpty();
  }

  @Test
  void compoundRuleOverTheRemainingWeightIsSkipped() {
    assertThat(ScoringRule.parse("①项目资金分配有测算依据得1/2权重分；②根据匹配程度判断，分别得年度剩余权重的100%、75%、50%、25%和0%。"))
        .isEmpty();
  }
}
