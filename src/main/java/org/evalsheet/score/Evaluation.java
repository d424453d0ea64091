package org.evalsheet.score;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scoring of one table (评价结果): totals, rate, grade, group scores, deductions and the conclusion text.
 *
 * @param weightTotal the sum of the leaves' numeric weights
 * @param scoreTotal the sum of the leaves' effective scores; null for a template with no scores
 * @param rate scoreTotal / weightTotal, or null
 * @param grade the grade of scoreTotal on the scale used, or null for a template
 * @param groups every group's totals, in sheet order
 * @param leaves every leaf's effective score, in the table's order
 * @param deductions every leaf that lost points, in sheet order
 * @param conclusion the conclusion in the report's words ({@code 经评价，项目综合得分 98.4 分，等次：优。…}), "" for a
 *     template
 * @param template whether the table carries no scores at all (a blank template: weights are checked, nothing else)
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
    boolean template) {

  public Evaluation {
    groups = List.copyOf(groups);
    leaves = List.copyOf(leaves);
    deductions = List.copyOf(deductions);
  }

  /** Level-1 groups' totals (决策, 过程, 产出, 效益…), in sheet order. */
  public List<GroupScore> level1() {
    return groups.stream().filter(g -> g.level() == 1).toList();
  }
}
