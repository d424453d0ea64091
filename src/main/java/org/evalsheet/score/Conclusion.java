package org.evalsheet.score;

import static org.evalsheet.model.Decimals.format;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The conclusion in the evaluation report's words (评价结论): total and grade, the level-1 scores, the deductions.
 */
final class Conclusion {
  private Conclusion() {}

  /**
   * Three lines, such as {@code 经评价，项目综合得分 98.4 分，等次：优。}, {@code 各一级指标得分：决策 18.5 分；…。} and
   * {@code 扣分情况：绩效目标合理性扣 0.5 分；…。} ({@code 扣分情况：无。} when nothing was lost). The level-1 line is left
   * out when the table has no level-1 groups.
   */
  static String of(BigDecimal scoreTotal, String grade, List<GroupScore> groups, List<Deduction> deductions) {
    StringBuilder sb = new StringBuilder();
    sb.append("经评价，项目综合得分 ").append(format(scoreTotal)).append(" 分，等次：").append(grade).append('。');
    List<GroupScore> level1 = groups.stream().filter(g -> g.level() == 1).toList();
    if (!level1.isEmpty()) {
      sb.append("\n各一级指标得分：");
      sb.append(String.join("；", level1.stream()
          .map(g -> g.name() + " " + format(Objects.requireNonNullElse(g.score(), BigDecimal.ZERO)) + " 分")
          .toList()));
      sb.append('。');
    }
    sb.append("\n扣分情况：");
    if (deductions.isEmpty()) {
      sb.append("无");
    } else {
      sb.append(String.join("；", deductions.stream()
          .map(d -> d.name() + "扣 " + format(d.points()) + " 分").toList()));
    }
    sb.append('。');
    return sb.toString();
  }
}
