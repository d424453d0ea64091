package org.evalsheet.validate;

import static org.evalsheet.model.Decimals.format;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evalsheet.model.Amount;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Profile;
import org.evalsheet.model.Severity;

/** The checks of one leaf row at a time (末级指标校验): its weight, score, rate, scoring rule and duplicates. */
final class LeafChecks {
  private LeafChecks() {}

  static void check(IndicatorTable table, boolean template, Profile profile, List<Finding> out) {
    Map<List<String>, Indicator> seen = new HashMap<>();
    for (Indicator leaf : table.indicators()) {
      if (table.has(Column.WEIGHT) && !(leaf.notApplicable() && leaf.weight().isEmpty())) {
        weight(table, leaf, out);
      }
      if (!template && !leaf.notApplicable()) {
        score(table, leaf, profile, out);
        reviewer(table, leaf, out);
      }
      Indicator first = seen.putIfAbsent(leaf.path(), leaf);
      if (first != null) {
        out.add(Finding.warning(Code.DUPLICATE_INDICATOR, table.nameCell(leaf),
            "指标“" + String.join("/", leaf.path()) + "”与第 " + (first.row() + 1) + " 行重复，请删除或改名"));
      }
    }
  }

  private static void weight(IndicatorTable table, Indicator leaf, List<Finding> out) {
    CellRef cell = table.cell(leaf, Column.WEIGHT);
    Amount w = leaf.weight();
    String who = "指标“" + leaf.name() + "”";
    switch (w.kind()) {
      case BLANK -> out.add(Finding.error(Code.WEIGHT_MISSING, cell, who + "未填写权重"));
      case NOT_APPLICABLE -> out.add(Finding.error(Code.WEIGHT_MISSING, cell,
          who + "的权重为“" + w.text() + "”，请填写权重数值"));
      case TEXT -> out.add(Finding.error(Code.WEIGHT_NOT_NUMBER, cell, who + "的权重“" + w.text() + "”不是数字"));
      case ERROR -> out.add(Finding.error(Code.WEIGHT_NOT_NUMBER, cell, who + "的权重" + errorValue(w)));
      case NUMBER -> {
        if (w.value().signum() < 0) {
          out.add(Finding.error(Code.WEIGHT_NEGATIVE, cell, who + "的权重 " + format(w.value()) + " 为负数"));
        }
      }
    }
  }

  private static void score(IndicatorTable table, Indicator leaf, Profile profile, List<Finding> out) {
    CellRef cell = table.cell(leaf, Column.SCORE);
    Amount s = leaf.score();
    String who = "指标“" + leaf.name() + "”";
    switch (s.kind()) {
      case BLANK, NOT_APPLICABLE -> fromRate(table, leaf, out);
      case TEXT -> out.add(Finding.error(Code.SCORE_NOT_NUMBER, cell, who + "的得分“" + s.text() + "”不是数字"));
      case ERROR -> out.add(Finding.error(Code.SCORE_NOT_NUMBER, cell, who + "的得分" + errorValue(s)));
      case NUMBER -> number(table, leaf, profile, out);
    }
  }

  /** 得分 is empty: the submitted 得分率 gives the score, or the score is missing. */
  private static void fromRate(IndicatorTable table, Indicator leaf, List<Finding> out) {
    CellRef cell = table.cell(leaf, Column.SCORE);
    CellRef rateCell = table.cell(leaf, Column.RATE);
    Amount rate = leaf.rate();
    String who = "指标“" + leaf.name() + "”";
    String empty = leaf.score().kind() == Amount.Kind.BLANK ? "未填写得分" : "得分为“" + leaf.score().text() + "”";
    if (rate.isEmpty() && table.weightsFromLabels() && !leaf.weight().isNumber()) {
      // Without leaf weights a leaf may carry no points of its own: said, not an error.
      out.add(Finding.warning(Code.SCORE_MISSING, cell, who + empty + "（表中没有末级分值，按 0 分计入），请核实"));
      return;
    }
    if (rate.isEmpty()) {
      out.add(Finding.error(Code.SCORE_MISSING, cell, who + empty));
      return;
    }
    if (!rate.isNumber()) {
      String why = rate.kind() == Amount.Kind.ERROR ? errorValue(rate) : "“" + rate.text() + "”不是数字";
      out.add(Finding.error(Code.SCORE_MISSING, cell, who + empty + "，得分率" + why + "，无法计算得分"));
      return;
    }
    if (!leaf.weight().isNumber()) {
      out.add(Finding.error(Code.SCORE_MISSING, cell, who + empty + "，且权重不是数字，无法按得分率计算得分"));
      return;
    }
    BigDecimal fraction = Submitted.rate(rate);
    if (fraction.signum() < 0) {
      out.add(Finding.error(Code.SCORE_NEGATIVE, rateCell, who + "的得分率 " + rate.text() + " 为负数"));
      return;
    }
    if (fraction.compareTo(BigDecimal.ONE) > 0) {
      out.add(Finding.error(Code.SCORE_ABOVE_WEIGHT, rateCell,
          who + "的得分率 " + rate.text() + " 超过 100%，得分将超过权重"));
      return;
    }
    BigDecimal derived = Submitted.derivedScore(leaf);
    out.add(Finding.info(Code.SCORE_FROM_RATE, cell, who + empty + "，按得分率 " + rate.text() + " 计得分 "
        + format(derived) + " 分（权重 " + format(leaf.weight().value()) + " × " + Decimals.percent(fraction) + "）"));
  }

  private static void number(IndicatorTable table, Indicator leaf, Profile profile, List<Finding> out) {
    CellRef cell = table.cell(leaf, Column.SCORE);
    BigDecimal s = leaf.score().value();
    String who = "指标“" + leaf.name() + "”";
    if (s.signum() < 0) {
      out.add(Finding.error(Code.SCORE_NEGATIVE, cell, who + "的得分 " + format(s) + " 为负数"));
      return;
    }
    if (!leaf.weight().isNumber()) {
      return;
    }
    BigDecimal w = leaf.weight().value();
    if (s.compareTo(w) > 0) {
      out.add(Finding.error(Code.SCORE_ABOVE_WEIGHT, cell,
          who + "的得分 " + format(s) + " 超过权重 " + format(w)));
      return;
    }
    rate(table, leaf, s, w, out);
    rule(table, leaf, s, w, profile.scoreNotInRule(), out);
  }

  /**
   * A submitted 得分率 that disagrees with 得分/权重 is a warning, not an error: the score is what counts for the
   * total and the grade, and the filled copy rewrites every 得分率 from 得分/权重 anyway.
   */
  private static void rate(IndicatorTable table, Indicator leaf, BigDecimal s, BigDecimal w, List<Finding> out) {
    Amount rate = leaf.rate();
    CellRef cell = table.cell(leaf, Column.RATE);
    String who = "指标“" + leaf.name() + "”";
    if (rate.kind() == Amount.Kind.TEXT || rate.kind() == Amount.Kind.ERROR) {
      String why = rate.kind() == Amount.Kind.ERROR ? errorValue(rate) : "“" + rate.text() + "”不是数字";
      out.add(Finding.warning(Code.RATE_NOT_NUMBER, cell, who + "的得分率" + why + "，将按得分/权重重新计算"));
      return;
    }
    BigDecimal expected = Decimals.ratio(s, w);
    if (rate.isNumber() && expected != null && !Submitted.agrees(rate, expected)) {
      out.add(Finding.warning(Code.RATE_MISMATCH, cell, who + "的得分率 " + rate.text() + " 与得分/权重 "
          + format(s) + "/" + format(w) + " = " + Decimals.percent(expected) + " 不符"));
    }
  }

  /**
   * A score no reading of its 评分标准 gives, said as loudly as the bureau's profile asks: evaluators commonly deduct
   * part of an element, so by default it is an info, not a yellow cell on every passing file.
   */
  private static void rule(IndicatorTable table, Indicator leaf, BigDecimal s, BigDecimal w,
      Profile.ScoreNotInRule loudness, List<Finding> out) {
    if (w.signum() <= 0 || loudness == Profile.ScoreNotInRule.OFF) {
      return;
    }
    Optional<ScoringRule> rule = ScoringRule.parse(leaf.text(Column.RULE));
    if (rule.isPresent() && !rule.get().allows(s, w)) {
      Severity severity = loudness == Profile.ScoreNotInRule.WARNING ? Severity.WARNING : Severity.INFO;
      out.add(new Finding(severity, Code.SCORE_NOT_ALLOWED_BY_RULE.name(), table.cell(leaf, Column.SCORE),
          "指标“" + leaf.name() + "”的得分 " + format(s) + " 不是评分标准“" + rule.get().quote()
              + "”可得的分值（权重 " + format(w) + " 时可得 " + rule.get().describe(w) + " 分），请核实"));
    }
  }

  /** A reviewer's score beside the self-score: said when the two differ, never used as the self-score. */
  private static void reviewer(IndicatorTable table, Indicator leaf, List<Finding> out) {
    Amount r = leaf.reviewerScore();
    BigDecimal self = Submitted.score(leaf);
    if (!r.isNumber() || self == null || Submitted.value(r).compareTo(self) == 0) {
      return;
    }
    out.add(Finding.info(Code.REVIEWER_SCORE_DIFFERS, table.cell(leaf, Column.REVIEW_SCORE), "指标“" + leaf.name()
        + "”自评得分 " + format(self) + "，复核得分 " + format(Submitted.value(r)) + "，两者不同（按自评得分计分）"));
  }

  /** {@code 单元格为错误值 #REF!}, or a formula without a result. */
  static String errorValue(Amount a) {
    return a.text().isBlank() ? "单元格为公式但没有计算结果" : "单元格为错误值 " + a.text();
  }
}
