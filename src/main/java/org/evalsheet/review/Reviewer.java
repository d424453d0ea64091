package org.evalsheet.review;

import static org.evalsheet.model.Decimals.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Profile;
import org.evalsheet.validate.Submitted;

/**
 * Reviews a table (自评复核): each self-score against what its 年度指标值 and 实际完成值 earn ({@link Rules}), and the
 * reasons a shortfall or an overshoot needs. Findings are warnings unless said, each at its cell; the
 * self-evaluation stands and the clerk decides. A table with neither a 实际完成值 column nor a funds block (the
 * seed) is not reviewed at all.
 *
 * <p>Codes: warnings {@code SCORE_ABOVE_RULE}, {@code DEVIATION_REASON_MISSING}, {@code TARGET_FAR_EXCEEDED},
 * {@code QUALITATIVE_SCORE_OUT_OF_BAND}, {@code EXECUTION_RATE_MISMATCH}, {@code UNIT_MISMATCH},
 * {@code TOTAL_ABOVE_EXECUTION_CAP}; infos {@code SCORE_BELOW_RULE}, {@code TARGET_NOT_MEASURABLE}.
 */
public final class Reviewer {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal FRACTION_LIMIT = new BigDecimal("1.5");
  /** Group names whose targets must be quantities: 数量, 质量, 时效 and 成本 indicators. */
  private static final List<String> MEASURABLE = List.of("数量", "质量", "时效", "成本");

  private final IndicatorTable table;
  private final Profile profile;
  private final Rules rules;
  private final List<Finding> out = new ArrayList<>();

  private Reviewer(IndicatorTable table, Profile profile) {
    this.table = table;
    this.profile = profile;
    this.rules = new Rules(profile);
  }

  /** The table's review under a profile; {@link Review#NONE} when there is nothing to recompute from. */
  public static Review review(IndicatorTable table, Profile profile) {
    boolean funds = table.indicators().stream().anyMatch(Reviewer::isFunds);
    if (!table.has(Column.ACTUAL) && !funds) {
      return Review.NONE;
    }
    return new Reviewer(table, profile).run();
  }

  /** The funds block's 预算执行率 leaf: it carries the block's 全年预算数 or 全年执行数. */
  static boolean isFunds(Indicator leaf) {
    return leaf.columns().containsKey(Column.BUDGET) || leaf.columns().containsKey(Column.EXECUTED);
  }

  private Review run() {
    List<LeafReview> leaves = new ArrayList<>();
    BigDecimal selfTotal = BigDecimal.ZERO;
    BigDecimal ruleTotal = BigDecimal.ZERO;
    boolean anyRule = false;
    BigDecimal executionRate = null;
    for (Indicator leaf : table.indicators()) {
      if (leaf.notApplicable()) {
        continue;
      }
      BigDecimal w = leaf.weight().isNumber() ? leaf.weight().value() : null;
      BigDecimal self = Submitted.score(leaf);
      if (self != null) {
        selfTotal = selfTotal.add(self);
      }
      LeafReview r;
      if (isFunds(leaf)) {
        r = execution(leaf, w);
        executionRate = r.ratio();
      } else if (table.has(Column.ACTUAL)) {
        if (self != null && w != null && self.compareTo(w) >= 0 && leaf.text(Column.BENCHMARK).isBlank()
            && leaf.text(Column.ACTUAL).isBlank()) {
          out.add(Finding.info(Code.NOT_VERIFIABLE, table.cell(leaf, Column.SCORE), who(leaf) + "得满分 " + format(self)
              + "，但年度指标值和实际完成值都没有填写，无法核实"));
        }
        Rules.Outcome o = rules.review(leaf, w);
        r = o.review();
        if (o.unitMismatch() != null) {
          out.add(Finding.warning(Code.UNIT_MISMATCH, table.cell(leaf, Column.ACTUAL), who(leaf) + o.unitMismatch()));
        }
        if (o.unverifiable() != null) {
          out.add(Finding.info(Code.NOT_VERIFIABLE, table.cell(leaf, Column.ACTUAL), who(leaf) + o.unverifiable()));
        }
      } else {
        continue;
      }
      leaves.add(r);
      BigDecimal counted = r.ruleScore() != null ? r.ruleScore() : self;
      ruleTotal = counted == null ? ruleTotal : ruleTotal.add(counted);
      anyRule |= r.ruleScore() != null;
      judge(leaf, r, self, w);
    }
    BigDecimal cap = profile.capAt(executionRate);
    if (cap != null) {
      if (selfTotal.compareTo(cap) > 0) {
        CellRef at = table.total() != null ? table.cell(table.total().row(), Column.SCORE) : null;
        out.add(Finding.warning(Code.TOTAL_ABOVE_EXECUTION_CAP, at, "预算执行率 " + Decimals.percent(executionRate)
            + "，按评分规则“" + profile.name() + "”总分最多 " + format(cap) + " 分，自评总分 " + format(selfTotal) + " 分超过上限"));
      }
      ruleTotal = ruleTotal.min(cap);
    }
    out.sort(null);
    return new Review(true, leaves, selfTotal, anyRule ? Rules.round(ruleTotal) : null, executionRate, cap, out,
        profile.tolerance());
  }

  /** The funds block's 预算执行率: 全年执行数 ÷ 全年预算数 × 分值, at most 分值; its 执行率 cell checked. */
  private LeafReview execution(Indicator leaf, BigDecimal w) {
    BigDecimal budget = number(leaf.text(Column.BUDGET));
    BigDecimal executed = number(leaf.text(Column.EXECUTED));
    Quantity cell = Notation.read(leaf.text(Column.ACTUAL));
    BigDecimal computed = budget != null && executed != null && budget.signum() > 0
        ? executed.divide(budget, Decimals.RATIO) : null;
    BigDecimal given = null;
    if (cell.form() == Quantity.Form.NUMBER) {
      BigDecimal v = cell.value();
      given = cell.base().equals("%") || v.abs().compareTo(FRACTION_LIMIT) > 0 ? v.divide(HUNDRED, Decimals.RATIO) : v;
    }
    if (computed != null && given != null) {
      rateCheck(leaf, cell, given, computed, budget, executed);
    }
    BigDecimal rate = computed != null ? computed : given;
    if (rate == null || w == null) {
      return new LeafReview(leaf, LeafReview.Kind.EXECUTION, Quantity.empty(""), cell, null, null, null, null, false,
          rate, "");
    }
    BigDecimal score = Rules.round(rate.min(BigDecimal.ONE).max(BigDecimal.ZERO).multiply(w));
    String how = computed != null
        ? "全年执行数 " + format(executed) + " ÷ 全年预算数 " + format(budget) + " = " + Decimals.percent(computed)
        : "执行率 " + cell.text();
    return new LeafReview(leaf, LeafReview.Kind.EXECUTION, Quantity.empty(""), cell, score, null, null, null,
        rate.compareTo(BigDecimal.ONE) < 0, rate, "按预算执行率计算：" + how + "，× 分值 " + format(w) + " = "
            + format(score) + " 分" + (rate.compareTo(BigDecimal.ONE) > 0 ? "（执行率超过 100% 按 100% 计）" : ""));
  }

  /**
   * The 执行率 cell against 执行数 ÷ 预算数 at the precision it was written: {@code 99%} for 99.10% and {@code 0.958}
   * for 95.86% (cut, not rounded) are right as written; a slip of one unit in the last place written
   * ({@code 86.19%} for 86.18%) is an info; anything more a warning.
   */
  private void rateCheck(Indicator leaf, Quantity cell, BigDecimal given, BigDecimal computed, BigDecimal budget,
      BigDecimal executed) {
    int places = Math.max(2, given.stripTrailingZeros().scale());
    BigDecimal unit = BigDecimal.ONE.movePointLeft(places);
    BigDecimal rounded = computed.setScale(places, java.math.RoundingMode.HALF_UP);
    BigDecimal cut = computed.setScale(places, java.math.RoundingMode.DOWN);
    BigDecimal g = given.setScale(places, java.math.RoundingMode.HALF_UP);
    if (g.compareTo(rounded) == 0 || g.compareTo(cut) == 0) {
      return;
    }
    String message = "资金执行率填写 " + cell.text() + "，但全年执行数 " + leaf.text(Column.EXECUTED) + " ÷ 全年预算数 "
        + leaf.text(Column.BUDGET) + " = " + Decimals.percent(computed);
    CellRef at = table.cell(leaf, Column.ACTUAL);
    if (g.subtract(rounded).abs().compareTo(unit) <= 0) {
      out.add(Finding.info(Code.EXECUTION_RATE_MISMATCH, at, message + "（相差在最后一位，可能是四舍五入的差别）"));
    } else {
      out.add(Finding.warning(Code.EXECUTION_RATE_MISMATCH, at, message));
    }
  }

  /** The findings of one reviewed leaf. */
  private void judge(Indicator leaf, LeafReview r, BigDecimal self, BigDecimal w) {
    String who = who(leaf);
    if (r.target().form() == Quantity.Form.WORDS && measurableGroup(leaf) != null) {
      out.add(Finding.info(Code.TARGET_NOT_MEASURABLE, table.cell(leaf, Column.BENCHMARK), who + "属于"
          + measurableGroup(leaf) + "，年度指标值“" + r.target().text() + "”不是可计量的数值，建议写成可核对的目标值（如 ≥95%、≤3000元）"));
    }
    BigDecimal tol = profile.tolerance();
    if (r.ruleScore() != null && self != null) {
      if (r.kind() == LeafReview.Kind.QUALITATIVE) {
        boolean top = r.bandHigh().compareTo(w) >= 0;
        boolean out1 = self.compareTo(r.bandLow()) < 0 || self.compareTo(r.bandHigh()) > 0
            || !top && self.compareTo(r.bandHigh()) >= 0;
        if (out1) {
          out.add(Finding.warning(Code.QUALITATIVE_SCORE_OUT_OF_BAND, table.cell(leaf, Column.SCORE), who + "实际完成情况为“"
              + r.actual().text() + "”（" + r.grade() + "），得分应在 " + format(r.bandLow()) + " 至 " + format(r.bandHigh())
              + " 分之间" + (top ? "" : "（不含 " + format(r.bandHigh()) + " 分）") + "，填报 " + format(self) + " 分"));
        }
      } else if (r.kind() == LeafReview.Kind.EXECUTION && matchesWrittenRate(leaf, self, w)) {
        // The unit scored by the rate it wrote (60% × 10 = 6 for 59.58%): consistent with its own figures.
      } else if (r.kind() == LeafReview.Kind.EXECUTION && r.ruleScore().subtract(self).compareTo(tol) > 0) {
        out.add(Finding.warning(Code.FUNDS_SCORE_MISMATCH, table.cell(leaf, Column.SCORE), who + "自评得分 "
            + format(self) + " 与 执行率 × 分值 不符，按完成情况应为 " + format(r.ruleScore()) + "（" + basis(r, w) + "）"));
      } else if (self.subtract(r.ruleScore()).compareTo(tol) > 0) {
        out.add(Finding.warning(Code.SCORE_ABOVE_RULE, table.cell(leaf, Column.SCORE), who + "自评得分 " + format(self)
            + " 高于按完成情况计算的 " + format(r.ruleScore()) + "（" + basis(r, w) + "）"));
      } else if (r.ruleScore().subtract(self).compareTo(tol) > 0) {
        out.add(Finding.info(Code.SCORE_BELOW_RULE, table.cell(leaf, Column.SCORE), who + "自评得分 " + format(self)
            + " 低于按完成情况计算的 " + format(r.ruleScore()) + "（" + basis(r, w) + "），请核实是否少计"));
      }
    }
    boolean reason = !leaf.text(Column.REMARK).isBlank();
    CellRef remark = isFunds(leaf) ? null : table.cell(leaf, Column.REMARK);
    boolean below = self != null && w != null && w.subtract(self).compareTo(tol) > 0;
    if (profile.deviationReasonRequired() && remark != null && !reason && (below || r.shortOfTarget())) {
      String why = below ? "得分 " + format(self) + " 低于分值 " + format(w)
          : "实际完成 " + r.actual().text() + " 未达到年度指标值 " + r.target().text();
      out.add(Finding.warning(Code.DEVIATION_REASON_MISSING, remark, who + why + "，请填写偏差原因分析及改进措施"));
    }
    BigDecimal threshold = profile.overAchievement();
    if (threshold != null && r.kind() == LeafReview.Kind.POSITIVE && r.ratio() != null
        && r.ratio().compareTo(threshold) >= 0 && !reason) {
      out.add(Finding.warning(Code.TARGET_FAR_EXCEEDED, table.cell(leaf, Column.ACTUAL), who + "实际完成 "
          + r.actual().text() + "，是年度指标值 " + r.target().text() + " 的 " + Decimals.percent(r.ratio()) + "，达到 "
          + Decimals.percent(threshold) + " 以上，年度指标值可能定得偏低，请说明原因"));
    }
  }

  /** Whether a funds score equals the 执行率 the unit wrote × 分值, at two decimals. */
  private boolean matchesWrittenRate(Indicator leaf, BigDecimal self, BigDecimal w) {
    Quantity cell = Notation.read(leaf.text(Column.ACTUAL));
    if (cell.form() != Quantity.Form.NUMBER || w == null) {
      return false;
    }
    BigDecimal v = cell.value();
    BigDecimal rate = cell.base().equals("%") || v.abs().compareTo(FRACTION_LIMIT) > 0 ? v.divide(HUNDRED, Decimals.RATIO) : v;
    BigDecimal expected = Rules.round(rate.min(BigDecimal.ONE).max(BigDecimal.ZERO).multiply(w));
    return expected.subtract(self).abs().compareTo(profile.tolerance()) <= 0;
  }

  /** {@code 实际完成 18个，年度指标值 ≥20个，分值 10}. */
  private static String basis(LeafReview r, BigDecimal w) {
    if (r.kind() == LeafReview.Kind.EXECUTION) {
      return "预算执行率 " + Decimals.percent(r.ratio()) + "，分值 " + format(w);
    }
    return "实际完成 " + r.actual().text() + "，年度指标值 " + r.target().text() + "，分值 " + format(w);
  }

  /** The 数量 / 质量 / 时效 / 成本 group a leaf is in, or null. */
  private static String measurableGroup(Indicator leaf) {
    for (String p : leaf.path().subList(0, leaf.path().size() - 1)) {
      for (String m : MEASURABLE) {
        if (p.contains(m)) {
          return p;
        }
      }
    }
    return null;
  }

  private static String who(Indicator leaf) {
    return "指标“" + leaf.name() + "”";
  }

  private static BigDecimal number(String text) {
    Quantity q = Notation.read(text);
    return q.form() == Quantity.Form.NUMBER ? q.value() : null;
  }
}
