package org.evalsheet.testing.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.testing.SeedWorkbook;

/**
 * Building blocks of the sample tables (指标库): the common 决策/过程 framework of Qingdao's project evaluations,
 * taken from the seed with its own texts, and project-specific 产出/效益 leaves with the usual scoring rules.
 */
final class Indicators {
  private static final Pattern LABEL = Pattern.compile("^(.*?)\\s*[（(]\\s*[0-9.]+\\s*分?\\s*[)）]$");

  private Indicators() {}

  /**
   * The seed's 决策 and 过程 leaves (weights 3,3,3,3,4,4 and 2,2,4,6,6) with these 11 scores.
   */
  static List<Leaf> framework(String... scores) {
    if (scores.length != 11) {
      throw new IllegalArgumentException("framework needs 11 scores");
    }
    List<String[]> rows = SeedWorkbook.rows();
    List<Leaf> out = new ArrayList<>();
    String l1 = null;
    String l2 = null;
    for (int i = 0; i < 11; i++) {
      String[] v = rows.get(i);
      l1 = v[0].isEmpty() ? l1 : name(v[0]);
      l2 = v[1].isEmpty() ? l2 : name(v[1]);
      out.add(new Leaf(l1, l2, v[2], null, new BigDecimal(v[4]), new BigDecimal(scores[i]), v[5], v[6], v[7], null));
    }
    return out;
  }

  /** A project-specific leaf; {@code rule} is one of L (linear), T (tiers), P (proportional), O (per case), S, B, E. */
  static Leaf leaf(String l1, String l2, String l3, String l4, String weight, String score, String bench,
      String rule) {
    String name = l4 != null ? l4 : l3;
    return new Leaf(l1, l2, l3, l4, new BigDecimal(weight), new BigDecimal(score), explanation(l1, name), bench,
        rule(rule, name, bench), null);
  }

  /** A Ministry-style leaf with 年度指标值 and 实际完成值. */
  static Leaf mof(String l1, String l2, String l3, String target, String actual, String weight, String score) {
    return new Leaf(l1, l2, l3, null, new BigDecimal(weight), new BigDecimal(score), null, target, null, actual);
  }

  private static String name(String label) {
    Matcher m = LABEL.matcher(label);
    return m.matches() ? m.group(1).strip() : label.strip();
  }

  private static String explanation(String l1, String name) {
    if (l1.startsWith("产出")) {
      return "考察" + name + "情况，用以反映和考核项目产出目标的实现程度。";
    }
    if (name.contains("满意")) {
      return "考察服务对象对项目实施效果的满意程度，通过问卷调查取得。";
    }
    return "考察" + name + "情况，用以反映项目实施取得的效益。";
  }

  private static String rule(String code, String name, String bench) {
    return switch (code) {
      case "L" -> name + "达到" + bench + "得满分，每降低1个百分点扣除5%权重分，扣完为止。";
      case "T" -> "根据完成情况分为好、较好、一般、较差、差，分别可得100%、75%、50%、25%、0的权重分。";
      case "P" -> "实际完成值/年度指标值×分值，最高不超过分值。";
      case "O" -> "每发生一例扣1分，扣完为止。";
      case "S" -> "满意度达到" + bench + "得满分，每降低1个百分点扣除10%权重分，扣完为止。";
      case "B" -> "达到目标得满分，未达到不得分。";
      case "E" -> "①有专门管理办法；②有明确责任分工；③有跟踪问效机制；④有资金监管措施。4项各占1/4权重分，每有一项不满足，"
          + "则扣除相应权重分。";
      default -> throw new IllegalArgumentException(code);
    };
  }
}
