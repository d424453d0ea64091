package org.evalsheet.review;

import java.math.BigDecimal;
import org.evalsheet.model.Indicator;

/**
 * One leaf's review (指标复核): what its target asks, what was achieved, and the score that earns.
 *
 * @param indicator the leaf
 * @param kind the rule its target calls for
 * @param target the 年度指标值 as read
 * @param actual the 实际完成值 as read
 * @param ruleScore the score the completion earns (for a 定性 leaf, the self-score brought into its grade's band),
 *     rounded to two decimals; null when it cannot be computed (a value missing, units that do not compare)
 * @param bandLow for a 定性 leaf, the lowest score its grade allows; else null
 * @param bandHigh for a 定性 leaf, the highest score its grade allows; else null
 * @param grade for a 定性 leaf, 达成, 部分达成 or 未达成; else null
 * @param shortOfTarget whether the actual falls short of the target (a reason is then due)
 * @param ratio actual ÷ target for a numeric target (1.5 is half again the target), or null
 * @param explanation the computation in words, for the comment on the 得分 cell
 *     ({@code 按正向指标计算：实际完成 18个 ÷ 年度指标值 20个 × 分值 10 = 9 分})
 */
public record LeafReview(Indicator indicator, Kind kind, Quantity target, Quantity actual, BigDecimal ruleScore,
    BigDecimal bandLow, BigDecimal bandHigh, String grade, boolean shortOfTarget, BigDecimal ratio,
    String explanation) {

  /** The rule a target calls for. */
  public enum Kind {
    /** ≥ a value: full marks at or above it, actual ÷ target × 分值 below. */
    POSITIVE,
    /** ≤ a value (and a 成本指标 without an operator): full marks at or below it, falling above. */
    NEGATIVE,
    /** = a value, or a bare value: as 正向, but a target of 0 gives full marks only at 0. */
    EQUAL,
    /** A range: full marks inside, as 正向 or 反向 towards the nearer bound outside. */
    RANGE,
    /** A deadline: full marks on or before it. */
    DATE,
    /** Words: the 实际完成值's words say 达成, 部分达成 or 未达成, each earning a band of 分值. */
    QUALITATIVE,
    /** The funds block's 预算执行率: 全年执行数 ÷ 全年预算数 × 分值, at most 分值. */
    EXECUTION,
    /** No target to review against. */
    NONE;

    /** The JSON key: positive, negative, equal, range, date, qualitative, execution, none. */
    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The Chinese name a clerk reads. */
    public String label() {
      return switch (this) {
        case POSITIVE -> "正向指标";
        case NEGATIVE -> "反向指标";
        case EQUAL -> "等于型指标";
        case RANGE -> "区间指标";
        case DATE -> "时限指标";
        case QUALITATIVE -> "定性指标";
        case EXECUTION -> "预算执行率";
        case NONE -> "无目标值";
      };
    }
  }
}
