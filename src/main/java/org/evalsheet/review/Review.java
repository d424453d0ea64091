package org.evalsheet.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.evalsheet.model.Finding;
import org.evalsheet.validate.Submitted;

/**
 * A table's review (自评复核结果): every reviewed leaf, the totals of the self-scores and of the scores the
 * completion earns, the funds block's 执行率 and the cap it sets, and the review's findings.
 *
 * @param applies whether the table could be reviewed at all (it has a 实际完成值 column or a funds block)
 * @param leaves each leaf with a target, in the table's order
 * @param selfTotal the plain sum of the applicable leaves' self-scores
 * @param ruleTotal the same sum with each leaf's rule score where it has one, held to the execution cap; null
 *     when no leaf has a rule score
 * @param executionRate the funds block's 全年执行数 ÷ 全年预算数 (or its 执行率 cell), or null
 * @param cap the most the total may be at that 执行率 under the profile, or null
 * @param findings the review's findings, in position order
 * @param tolerance how far a self-score may be above its rule score before the review questions it (the profile's)
 */
public record Review(boolean applies, List<LeafReview> leaves, BigDecimal selfTotal, BigDecimal ruleTotal,
    BigDecimal executionRate, BigDecimal cap, List<Finding> findings, BigDecimal tolerance) {

  /** No review: the table has nothing to recompute from (the seed has no 实际完成值). */
  public static final Review NONE = new Review(false, List.of(), null, null, null, null, List.of(), BigDecimal.ZERO);

  public Review {
    leaves = List.copyOf(leaves);
    findings = List.copyOf(findings);
    tolerance = Objects.requireNonNullElse(tolerance, BigDecimal.ZERO);
  }

  /**
   * The leaves whose self-score is above their rule score by more than the tolerance, in the table's order: what
   * 复核差异 lists and the console counts (a 定性 leaf scored above its grade's band among them).
   */
  public List<LeafReview> above() {
    return leaves.stream().filter(l -> {
      BigDecimal self = Submitted.score(l.indicator());
      return self != null && l.ruleScore() != null && self.subtract(l.ruleScore()).compareTo(tolerance) > 0;
    }).toList();
  }

  /** selfTotal − ruleTotal: how far the self-evaluation is above what the completion earns; null without rule. */
  public BigDecimal gap() {
    return ruleTotal == null || selfTotal == null ? null : selfTotal.subtract(ruleTotal);
  }
}
