package org.evalsheet.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The scoring of one table (评价结果): totals, rate, grade, group scores, deductions and the conclusion text.
 *
 * @param weightTotal the sum of the leaves' numeric weights, those that do not apply included
 * @param scoreTotal the plain sum of the applicable leaves' effective scores; null for a template with no scores
 * @param rate scoreTotal / applicableWeight, or null
 * @param grade the grade of the score on 100 ({@code rate × 100}) on the scale used, or null for a template
 * @param groups every group's totals, in sheet order
 * @param leaves every leaf's effective score, in the table's order
 * @param deductions every leaf that lost points, in sheet order
 * @param conclusion the conclusion in the report's words ({@code 经评价，项目综合得分 98.4 分，等次：优。…}), "" for a
 *     template
 * @param template whether the table carries no scores at all (a blank template: weights are checked, nothing else)
 * @param fullMark the full mark the table is evaluated on: 100, or its own (120, 151) when consistently so
 * @param applicableWeight the full mark less the weight of the leaves that do not apply
 * @param reviewerTotal the sum of the reviewer's scores (复核得分) where the table has them, else null
 */
public record Evaluation(
    BigDecimal weightTotal,
    BigDecimal scoreTotal,
    BigDecimal rate,
    String grade,
    List<GroupScore> groups,
    List<LeafScore> leaves,
    List<Deduction> deductions,
    String conclusion,
    boolean template,
    BigDecimal fullMark,
    BigDecimal applicableWeight,
    BigDecimal reviewerTotal) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Evaluation {
    groups = List.copyOf(groups);
    leaves = List.copyOf(leaves);
    deductions = List.copyOf(deductions);
  }

  /** An evaluation on 100 with every leaf applicable and no reviewer's scores. */
  public Evaluation(BigDecimal weightTotal, BigDecimal scoreTotal, BigDecimal rate, String grade,
      List<GroupScore> groups, List<LeafScore> leaves, List<Deduction> deductions, String conclusion,
      boolean template) {
    this(weightTotal, scoreTotal, rate, grade, groups, leaves, deductions, conclusion, template, HUNDRED, HUNDRED,
        null);
  }

  /** Level-1 groups' totals (决策, 过程, 产出, 效益…), in sheet order. */
  public List<GroupScore> level1() {
    return groups.stream().filter(g -> g.level() == 1).toList();
  }

  /**
   * The score on 100 (百分制得分) that grades and ranks compare: the plain total when the table is on 100 and every
   * leaf applies, else {@code rate × 100} to two decimals; null for a template.
   */
  public BigDecimal onHundred() {
    if (scoreTotal == null || rate == null) {
      return scoreTotal;
    }
    if (!rescaled()) {
      return scoreTotal;
    }
    return rate.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** Whether the score on 100 differs in kind from the plain total (a full mark other than 100, or 不适用 leaves). */
  public boolean rescaled() {
    return applicableWeight != null && applicableWeight.compareTo(HUNDRED) != 0;
  }

  /** The same evaluation with other leaves and deductions (the leaves without their long texts). */
  public Evaluation withLeaves(List<LeafScore> newLeaves, List<Deduction> newDeductions) {
    return new Evaluation(weightTotal, scoreTotal, rate, grade, groups, newLeaves, newDeductions, conclusion, template,
        fullMark, applicableWeight, reviewerTotal);
  }
}
