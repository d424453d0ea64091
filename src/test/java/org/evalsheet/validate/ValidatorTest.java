package org.evalsheet.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Profile;
import org.evalsheet.model.Severity;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.testing.SeedModel;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.testing.TableBuilder;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final int WEIGHT = 4;
  private static final int RULE = 7;
  private static final int SCORE = 9;

  /** The seed with some cells of its leaf rows edited (leaf i sits on sheet row i + 4). */
  private static IndicatorTable seed(Consumer<List<String[]>> edit) {
    List<String[]> rows = SeedWorkbook.rows();
    edit.accept(rows);
    return SeedModel.table(rows);
  }

  private static List<Finding> find(IndicatorTable table, String code) {
    return Validator.validate(table).stream().filter(f -> f.code().equals(code)).toList();
  }

  private static Finding only(IndicatorTable table, String code) {
    List<Finding> found = find(table, code);
    assertThat(found).as(code).hasSize(1);
    return found.get(0);
  }

  private static void assertFinding(Finding f, Severity severity, String cell, String... message) {
    assertThat(f.severity()).isEqualTo(severity);
    assertThat(f.cell()).hasToString(cell);
    assertThat(f.message()).contains(message);
  }

  private static TableBuilder pair(String score) {
    return TableBuilder.create().leaf("决策(100)/目标", "60", "60").leaf("决策/指标", "40", score);
  }

  // WEIGHT_TOTAL_NOT_100

  @Test
  void weightsNotSummingToHundredIsAnError() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "60", "60").leaf("决策/指标", "39", "39")
        .total("99", "99").build();
    assertFinding(only(t, "WEIGHT_TOTAL_NOT_100"), Severity.ERROR, "指标体系!E6", "末级指标权重合计 99 分，应为 100 分");
  }

  @Test
  void weightsSummingToHundredPass() {
    assertThat(find(SeedModel.table(), "WEIGHT_TOTAL_NOT_100")).isEmpty();
  }

  @Test
  void tenThousandLeavesOfOneHundredthSumToExactlyHundred() {
    TableBuilder b = TableBuilder.create();
    for (int i = 0; i < 10_000; i++) {
      b.leaf("指标" + i, "0.01", "0.01");
    }
    IndicatorTable t = b.total("100", "100").build();
    assertThat(Validator.validate(t)).isEmpty();
  }

  @Test
  void weightTotalFindingWithoutTotalRowSitsOnTheHeader() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "60", "60").build();
    assertFinding(only(t, "WEIGHT_TOTAL_NOT_100"), Severity.ERROR, "指标体系!E3", "60");
  }

  // GROUP_WEIGHT_MISMATCH

  @Test
  void levelOneDeclaredWeightDifferentFromItsLeavesIsAnError() {
    IndicatorTable t = seed(rows -> rows.get(0)[0] = "决策 (21分)");
    assertFinding(only(t, "GROUP_WEIGHT_MISMATCH"), Severity.ERROR, "指标体系!A4",
        "一级指标“决策”标明 21 分，但其末级指标权重合计 20 分");
  }

  @Test
  void levelTwoDeclaredWeightIsCheckedToo() {
    IndicatorTable t = seed(rows -> rows.get(2)[1] = "绩效目标（7分）");
    assertFinding(only(t, "GROUP_WEIGHT_MISMATCH"), Severity.ERROR, "指标体系!B6",
        "二级指标“绩效目标”标明 7 分，但其末级指标权重合计 6 分");
  }

  @Test
  void leafWeightChangeShowsAtEveryLevelAbove() {
    IndicatorTable t = seed(rows -> rows.get(0)[WEIGHT] = "2");
    assertThat(find(t, "GROUP_WEIGHT_MISMATCH")).extracting(f -> f.cell().toString())
        .containsExactly("指标体系!A4", "指标体系!B4");
    assertThat(find(t, "WEIGHT_TOTAL_NOT_100")).hasSize(1);
  }

  @Test
  void declaredWeightsMatchingTheirLeavesPass() {
    assertThat(find(SeedModel.table(), "GROUP_WEIGHT_MISMATCH")).isEmpty();
  }

  // WEIGHT_MISSING, WEIGHT_NOT_NUMBER, WEIGHT_NEGATIVE

  @Test
  void blankWeightIsAnErrorReportedOnlyOnItsCell() {
    IndicatorTable t = seed(rows -> rows.get(0)[WEIGHT] = "");
    assertFinding(only(t, "WEIGHT_MISSING"), Severity.ERROR, "指标体系!E4", "“立项依据充分性”未填写权重");
    assertThat(Validator.validate(t)).extracting(Finding::code)
        .doesNotContain("GROUP_WEIGHT_MISMATCH", "WEIGHT_TOTAL_NOT_100", "TOTAL_ROW_MISMATCH");
  }

  @Test
  void dashWeightIsMissing() {
    IndicatorTable t = pair("40").build();
    assertThat(find(t, "WEIGHT_MISSING")).isEmpty();
    IndicatorTable dash = TableBuilder.create().leaf("决策/目标", "—", "0").build();
    assertFinding(only(dash, "WEIGHT_MISSING"), Severity.ERROR, "指标体系!E4", "权重为“—”");
  }

  @Test
  void errorValueWeightIsNotANumber() {
    IndicatorTable t = pair("40").leaf("决策/效果", "#REF!", "0").build();
    assertFinding(only(t, "WEIGHT_NOT_NUMBER"), Severity.ERROR, "指标体系!E6", "权重单元格为错误值 #REF!");
  }

  @Test
  void textWeightIsNotANumber() {
    IndicatorTable t = seed(rows -> rows.get(1)[WEIGHT] = "三分");
    assertFinding(only(t, "WEIGHT_NOT_NUMBER"), Severity.ERROR, "指标体系!E5", "权重“三分”不是数字");
    assertThat(find(SeedModel.table(), "WEIGHT_NOT_NUMBER")).isEmpty();
  }

  @Test
  void negativeWeightIsAnError() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "-3", "0").build();
    assertFinding(only(t, "WEIGHT_NEGATIVE"), Severity.ERROR, "指标体系!E4", "权重 -3 为负数");
    assertThat(find(pair("40").build(), "WEIGHT_NEGATIVE")).isEmpty();
  }

  // SCORE_MISSING, SCORE_NOT_NUMBER, SCORE_NEGATIVE, SCORE_ABOVE_WEIGHT

  @Test
  void blankScoreIsAnError() {
    IndicatorTable t = seed(rows -> rows.get(8)[SCORE] = "");
    assertFinding(only(t, "SCORE_MISSING"), Severity.ERROR, "指标体系!J12", "“资金使用合规性”未填写得分");
    assertThat(find(SeedModel.table(), "SCORE_MISSING")).isEmpty();
  }

  @Test
  void blankScoreWithUnusableRateIsMissing() {
    IndicatorTable t = pair("").rate("#DIV/0!").build();
    assertFinding(only(t, "SCORE_MISSING"), Severity.ERROR, "指标体系!J5", "单元格为错误值 #DIV/0!");
  }

  @Test
  void textScoreIsNotANumber() {
    IndicatorTable t = seed(rows -> rows.get(8)[SCORE] = "良好");
    assertFinding(only(t, "SCORE_NOT_NUMBER"), Severity.ERROR, "指标体系!J12", "得分“良好”不是数字");
    assertThat(find(SeedModel.table(), "SCORE_NOT_NUMBER")).isEmpty();
  }

  @Test
  void errorValueScoreIsNotANumber() {
    IndicatorTable t = pair("#VALUE!").build();
    assertFinding(only(t, "SCORE_NOT_NUMBER"), Severity.ERROR, "指标体系!J5", "单元格为错误值 #VALUE!");
  }

  @Test
  void negativeScoreIsAnError() {
    IndicatorTable t = pair("-1").build();
    assertFinding(only(t, "SCORE_NEGATIVE"), Severity.ERROR, "指标体系!J5", "得分 -1 为负数");
    assertThat(find(pair("0").build(), "SCORE_NEGATIVE")).isEmpty();
  }

  @Test
  void scoreAboveWeightIsAnError() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "4", "5").build();
    assertFinding(only(t, "SCORE_ABOVE_WEIGHT"), Severity.ERROR, "指标体系!J4", "得分 5 超过权重 4");
    assertThat(find(TableBuilder.create().leaf("决策/目标", "4", "4").build(), "SCORE_ABOVE_WEIGHT")).isEmpty();
  }

  @Test
  void rateAboveHundredPercentForAnEmptyScoreIsAboveWeight() {
    IndicatorTable t = pair("").rate("120%").build();
    assertFinding(only(t, "SCORE_ABOVE_WEIGHT"), Severity.ERROR, "指标体系!K5", "得分率 120% 超过 100%");
  }

  // TOTAL_ROW_MISMATCH, TOTAL_ROW_MISSING

  @Test
  void totalRowScoreDisagreeingWithLeavesIsAnError() {
    IndicatorTable t = pair("38").total("100", "99").build();
    assertFinding(only(t, "TOTAL_ROW_MISMATCH"), Severity.ERROR, "指标体系!J6", "合计行得分 99 与末级指标得分合计 98 不一致");
  }

  @Test
  void totalRowWeightDisagreeingWithLeavesIsAnError() {
    IndicatorTable t = pair("38").total("90", "98").build();
    assertFinding(only(t, "TOTAL_ROW_MISMATCH"), Severity.ERROR, "指标体系!E6", "合计行权重 90 与末级指标权重合计 100 不一致");
  }

  @Test
  void totalRowErrorValueIsAMismatch() {
    IndicatorTable t = pair("38").total("100", "#REF!").build();
    assertFinding(only(t, "TOTAL_ROW_MISMATCH"), Severity.ERROR, "指标体系!J6", "单元格为错误值 #REF!");
  }

  @Test
  void totalRowAgreeingWithLeavesPasses() {
    assertThat(find(SeedModel.table(), "TOTAL_ROW_MISMATCH")).isEmpty();
    assertThat(find(pair("38").total("100", "98", "98%").build(), "TOTAL_ROW_MISMATCH")).isEmpty();
    assertThat(find(pair("38").total("", "").build(), "TOTAL_ROW_MISMATCH")).isEmpty();
  }

  @Test
  void totalRowCachedBinaryDriftPasses() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "60", "58.3").leaf("决策/指标", "40", "40.1")
        .total("100.00000000000001", "98.39999999999999").build();
    assertThat(find(t, "TOTAL_ROW_MISMATCH")).isEmpty();
  }

  @Test
  void totalRowMissingIsNotedForTheWriter() {
    IndicatorTable t = pair("38").build();
    assertFinding(only(t, "TOTAL_ROW_MISSING"), Severity.INFO, "指标体系!A3", "将追加合计行");
    assertThat(find(SeedModel.table(), "TOTAL_ROW_MISSING")).isEmpty();
  }

  // RATE_MISMATCH, RATE_NOT_NUMBER

  @Test
  void rateDisagreeingWithScoreOverWeightIsAWarning() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "3", "2.5").rate("80%").build();
    assertFinding(only(t, "RATE_MISMATCH"), Severity.WARNING, "指标体系!K4",
        "得分率 80% 与得分/权重 2.5/3 = 83.33% 不符");
  }

  @Test
  void rateAgreeingAtThePrecisionShownPasses() {
    for (String rate : List.of("83.33%", "83.3%", "83%", "83.33", "0.8333")) {
      IndicatorTable t = TableBuilder.create().leaf("决策/目标", "3", "2.5").rate(rate).build();
      assertThat(find(t, "RATE_MISMATCH")).as(rate).isEmpty();
    }
  }

  @Test
  void fullRateForAPartialScoreIsAMismatch() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "2", "1.9").rate("100%").build();
    assertThat(find(t, "RATE_MISMATCH")).hasSize(1);
  }

  @Test
  void totalRowRateIsCheckedToo() {
    IndicatorTable t = pair("38").total("100", "98", "90%").build();
    assertFinding(only(t, "RATE_MISMATCH"), Severity.WARNING, "指标体系!K6", "合计行得分率 90%");
  }

  @Test
  void textRateIsAWarning() {
    IndicatorTable t = pair("38").rate("高").build();
    assertFinding(only(t, "RATE_NOT_NUMBER"), Severity.WARNING, "指标体系!K5", "得分率“高”不是数字");
    assertThat(find(pair("38").rate("95%").build(), "RATE_NOT_NUMBER")).isEmpty();
  }

  // DUPLICATE_INDICATOR

  @Test
  void sameFullPathTwiceIsAWarningOnTheSecond() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "50", "50").leaf("决策/目标", "50", "50").build();
    assertFinding(only(t, "DUPLICATE_INDICATOR"), Severity.WARNING, "指标体系!B5", "“决策/目标”与第 4 行重复");
  }

  @Test
  void sameNameUnderDifferentGroupsIsNoDuplicate() {
    IndicatorTable t = TableBuilder.create().leaf("产出/质量", "50", "50").leaf("效益/质量", "50", "50").build();
    assertThat(find(t, "DUPLICATE_INDICATOR")).isEmpty();
  }

  // SCORE_FROM_RATE

  @Test
  void emptyScoreIsDerivedFromTheSubmittedRate() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "3", "").rate("83.33%").build();
    assertFinding(only(t, "SCORE_FROM_RATE"), Severity.INFO, "指标体系!J4", "按得分率 83.33% 计得分 2.5 分");
    assertThat(find(t, "SCORE_MISSING")).isEmpty();
    assertThat(find(TableBuilder.create().leaf("决策/目标", "3", "2.5").rate("83.33%").build(), "SCORE_FROM_RATE"))
        .isEmpty();
  }

  @Test
  void totalRowSumFormulaWithoutDerivedScoresIsNoMismatch() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "50", "").rate("100%").leaf("决策/指标", "50", "40")
        .total("100", "40").build();
    assertThat(find(t, "TOTAL_ROW_MISMATCH")).isEmpty();
  }

  // TEMPLATE_NO_SCORES

  @Test
  void templateIsValidatedForWeightsOnlyAndSaysSo() {
    IndicatorTable t = seed(rows -> {
      rows.forEach(r -> r[SCORE] = "");
      rows.get(0)[0] = "决策 (21分)";
    });
    List<Finding> findings = Validator.validate(t);
    assertThat(findings).extracting(Finding::code).containsExactly("TEMPLATE_NO_SCORES", "GROUP_WEIGHT_MISMATCH");
    assertFinding(only(t, "TEMPLATE_NO_SCORES"), Severity.INFO, "指标体系!J3", "只核对权重");
  }

  @Test
  void oneScoreMakesItNoTemplate() {
    IndicatorTable t = seed(rows -> {
      rows.forEach(r -> r[SCORE] = "");
      rows.get(0)[SCORE] = "3";
    });
    assertThat(find(t, "TEMPLATE_NO_SCORES")).isEmpty();
    assertThat(find(t, "SCORE_MISSING")).hasSize(19);
  }

  // SCORE_NOT_ALLOWED_BY_RULE

  @Test
  void scoreNoReadingOfItsRuleCanGiveIsAnInfoByDefault() {
    Finding f = find(SeedModel.table(), "SCORE_NOT_ALLOWED_BY_RULE").get(0);
    assertFinding(f, Severity.INFO, "指标体系!J6", "得分 2.5 不是评分标准“4项各占1/4权重分”可得的分值",
        "0、0.75、1.5、2.25、3");
  }

  @Test
  void theProfileDecidesHowLoudlyAScoreOutsideItsRuleIsSaid() {
    Profile defaults = ProfileReader.defaults();
    for (Profile.ScoreNotInRule loudness : Profile.ScoreNotInRule.values()) {
      Profile p = new Profile(defaults.name(), defaults.grades(), defaults.fullMark(), defaults.tolerance(),
          defaults.negative(), defaults.overAchievement(), defaults.qualitative(), defaults.deviationReasonRequired(),
          defaults.notApplicable(), defaults.executionCap(), loudness);
      List<Finding> found = Validator.validate(SeedModel.table(), p).stream()
          .filter(f -> f.is(Code.SCORE_NOT_ALLOWED_BY_RULE)).toList();
      switch (loudness) {
        case WARNING -> assertThat(found).hasSize(3).allMatch(f -> f.severity() == Severity.WARNING);
        case INFO -> assertThat(found).hasSize(3).allMatch(f -> f.severity() == Severity.INFO);
        case OFF -> assertThat(found).isEmpty();
      }
    }
  }

  @Test
  void scoreTheRuleAllowsPasses() {
    IndicatorTable t = seed(rows -> rows.get(2)[SCORE] = "2.25");
    assertThat(find(t, "SCORE_NOT_ALLOWED_BY_RULE")).extracting(f -> f.cell().toString())
        .doesNotContain("指标体系!J6");
  }

  @Test
  void unreadableRuleIsSkipped() {
    IndicatorTable t = seed(rows -> rows.get(1)[SCORE] = "2.9");
    assertThat(rowsOf(find(t, "SCORE_NOT_ALLOWED_BY_RULE"))).doesNotContain(5);
    IndicatorTable u = seed(rows -> rows.get(2)[RULE] = "专家综合判断");
    assertThat(rowsOf(find(u, "SCORE_NOT_ALLOWED_BY_RULE"))).doesNotContain(6);
  }

  // Missing columns

  @Test
  void tableWithoutScoreColumnIsATemplate() {
    IndicatorTable t = pair("38").without(org.evalsheet.model.Column.SCORE).total("100", "").build();
    assertThat(Validator.validate(t)).extracting(Finding::code).containsExactly("TEMPLATE_NO_SCORES");
    assertThat(only(t, "TEMPLATE_NO_SCORES").cell()).hasToString("指标体系!A3");
  }

  @Test
  void tableWithoutWeightColumnOrWeightedLabelsIsOneError() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "", "60").leaf("决策/指标", "", "38")
        .without(org.evalsheet.model.Column.WEIGHT).total("", "98").build();
    assertFinding(only(t, "WEIGHT_MISSING"), Severity.ERROR, "指标体系!A3", "没有找到权重");
  }

  @Test
  void tableWithoutWeightColumnIsCheckedByTheWeightsItsLabelsDeclare() {
    IndicatorTable t = TableBuilder.create().leaf("决策(100)/目标", "", "60").leaf("决策/指标", "", "38")
        .without(org.evalsheet.model.Column.WEIGHT).total("", "98").build();
    assertThat(Validator.validate(t)).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertFinding(only(t, "WEIGHTS_FROM_GROUP_LABELS"), Severity.INFO, "指标体系!A3", "决策 100 分");
    IndicatorTable over = TableBuilder.create().leaf("决策(100)/目标", "", "60").leaf("决策/指标", "", "48")
        .without(org.evalsheet.model.Column.WEIGHT).total("", "108").build();
    assertFinding(only(over, "SCORE_ABOVE_WEIGHT"), Severity.ERROR, "指标体系!A4", "标明 100 分", "得分合计 108 分");
  }

  // Notes and order

  @Test
  void readerNotesAreIncludedAndEverythingIsSortedByPosition() {
    Finding note = Finding.info(Code.CONTINUATION_JOINED, new CellRef(TableBuilder.SHEET, 3, 7), "续行已并入上一行");
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "60", "70").leaf("决策/指标", "39", "")
        .note(note).build();
    List<Finding> findings = Validator.validate(t);
    assertThat(findings).contains(note);
    assertThat(findings).isSorted();
    assertThat(findings).extracting(f -> f.cell().toString())
        .containsExactly("指标体系!A3", "指标体系!E3", "指标体系!H4", "指标体系!J4", "指标体系!J5");
  }

  private static List<Integer> rowsOf(List<Finding> findings) {
    return findings.stream().map(f -> f.cell().row() + 1).toList();
  }
}
