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
   * out when the table has no level-1 groups. A table not on 100, or with leaves that do not apply, says how its
   * score was brought to 100: {@code 项目综合得分 93.4 分（数量变动率不适用，按适用指标得分折算为百分制 98.32 分）}.
   */
  static String of(Evaluation e, String grade, List<String> notApplicable, boolean rescale) {
    StringBuilder sb = new StringBuilder();
    sb.append("经评价，项目综合得分 ").append(format(e.scoreTotal())).append(" 分");
    if (!notApplicable.isEmpty() && !rescale) {
      sb.append("（").append(String.join("、", notApplicable)).append("不适用，按评分规则计 0 分）");
    } else if (!notApplicable.isEmpty()) {
      sb.append("（").append(String.join("、", notApplicable)).append("不适用，按适用指标得分折算为百分制 ")
          .append(format(e.onHundred())).append(" 分）");
    } else if (e.rescaled()) {
      sb.append("（满分 ").append(format(e.fullMark())).append(" 分，折合百分制 ").append(format(e.onHundred()))
          .append(" 分）");
    }
    sb.append("，等次：").append(grade).append('。');
    List<GroupScore> level1 = e.level1();
    if (!level1.isEmpty()) {
      sb.append("\n各一级指标得分：");
      sb.append(String.join("；", level1.stream()
          .map(g -> g.name() + " " + format(Objects.requireNonNullElse(g.score(), BigDecimal.ZERO)) + " 分")
          .toList()));
      sb.append('。');
    }
    sb.append("\n扣分情况：");
    if (e.deductions().isEmpty()) {
      sb.append("无");
    } else {
      sb.append(String.join("；", e.deductions().stream()
          .map(d -> d.name() + "扣 " + format(d.points()) + " 分").toList()));
    }
    sb.append('。');
    return sb.toString();
  }
}
