package org.evalsheet.validate;

import static org.evalsheet.model.Decimals.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Declared;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;

/**
 * Weights written in labels (标签中的分值): the blocks of a table ({@code 年度绩效目标（80分）}) and, where a table has
 * no 分值 column, its groups ({@code 产出指标（60分）}). Each declared weight is checked against what lies under it,
 * level by level (the weights of its sub-groups and leaves, where those are known), and in a table without leaf
 * weights the scores under it must not exceed it.
 */
final class LabelWeights {
  private LabelWeights() {}

  /** A block or a group: something that declares a weight over the leaves under it. */
  private record Container(String who, BigDecimal declared, CellRef cell, List<Indicator> leaves, Group group,
      Declared.Section section) {}

  /**
   * Whether every leaf's weight is known, from its own cell or label, or covered by a label above it that declares
   * one: a table without a 分值 column can then be checked.
   */
  static boolean covered(IndicatorTable table) {
    for (Indicator leaf : table.indicators()) {
      if (!leaf.weight().isNumber() && !leaf.notApplicable() && declaredAbove(table, leaf) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The total weight a table without leaf weights carries: the weights its outermost labels declare, plus the
   * weights of the leaves under none of them (the funds block's 分值); null when a leaf has neither.
   */
  static BigDecimal total(IndicatorTable table) {
    List<Container> outer = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator leaf : table.indicators()) {
      Container c = declaredAbove(table, leaf);
      if (c == null) {
        if (!leaf.weight().isNumber()) {
          if (leaf.notApplicable()) {
            continue;
          }
          return null;
        }
        sum = sum.add(leaf.weight().value());
      } else if (outer.stream().noneMatch(o -> o.cell().equals(c.cell()))) {
        outer.add(c);
        sum = sum.add(c.declared());
      }
    }
    return table.indicators().isEmpty() ? null : sum;
  }

  /** The weight of a group as a clerk reads it: its leaves' weights when all are known, else its label's. */
  static BigDecimal weightOf(IndicatorTable table, Group g) {
    return weightOf(container(table, g));
  }

  /** The checks of every declared weight; groups only where their leaves' weights are not all known. */
  static void check(IndicatorTable table, boolean template, List<Finding> out) {
    List<Container> all = new ArrayList<>();
    table.declared().sections().stream().filter(s -> s.declaredWeight() != null)
        .forEach(s -> all.add(container(table, s)));
    table.groups().stream().filter(g -> g.declaredWeight() != null).forEach(g -> all.add(container(table, g)));
    for (Container c : all) {
      boolean leafWeights = c.leaves().stream().allMatch(i -> i.weight().isNumber() || i.notApplicable());
      if (c.leaves().isEmpty() || leafWeights && c.group() != null) {
        continue; // an unused category, or a group the leaf sums already check (SumChecks)
      }
      BigDecimal parts = children(table, c);
      boolean mismatch = parts != null && parts.compareTo(c.declared()) != 0;
      if (mismatch) {
        out.add(Finding.error(Code.GROUP_WEIGHT_MISMATCH, c.cell(), c.who() + "标明 " + format(c.declared())
            + " 分，但其下各项分值合计 " + format(parts) + " 分" + parts(table, c)));
      }
      if (!template && !leafWeights && !mismatch) {
        BigDecimal scores = BigDecimal.ZERO;
        boolean all1 = true;
        for (Indicator i : c.leaves()) {
          BigDecimal s = i.notApplicable() ? BigDecimal.ZERO : Submitted.score(i);
          if (s == null) {
            all1 = false;
          } else {
            scores = scores.add(s);
          }
        }
        if (all1 && scores.compareTo(c.declared()) > 0) {
          out.add(Finding.error(Code.SCORE_ABOVE_WEIGHT, c.cell(), c.who() + "标明 " + format(c.declared())
              + " 分，其下得分合计 " + format(scores) + " 分，超过分值"));
        }
      }
    }
  }

  /** The sum of the weights directly under a container, or null when one of them is not known. */
  private static BigDecimal children(IndicatorTable table, Container c) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Object child : direct(table, c)) {
      BigDecimal w = child instanceof Container sub ? weightOf(sub) : weight((Indicator) child);
      if (w == null) {
        return null;
      }
      sum = sum.add(w);
    }
    return sum;
  }

  /** {@code （产出指标 60 分、效益指标 40 分）}: what was added, when it is groups. */
  private static String parts(IndicatorTable table, Container c) {
    List<String> named = new ArrayList<>();
    for (Object child : direct(table, c)) {
      if (child instanceof Container sub) {
        named.add(sub.group().name() + " " + format(weightOf(sub)) + " 分");
      }
    }
    return named.isEmpty() || named.size() > 6 ? "" : "（" + String.join("、", named) + "）";
  }

  /** The sub-groups and leaves right under a container, in sheet order. */
  private static List<Object> direct(IndicatorTable table, Container c) {
    int depth = c.group() == null ? 0 : c.group().level();
    List<Object> out = new ArrayList<>();
    for (Group g : table.groups()) {
      if (g.level() == depth + 1 && inside(c, g)) {
        out.add(container(table, g));
      }
    }
    for (Indicator leaf : c.leaves()) {
      if (leaf.level() == depth + 1) {
        out.add(leaf);
      }
    }
    return out;
  }

  private static boolean inside(Container c, Group g) {
    if (c.section() != null) {
      return c.section().contains(g);
    }
    return g.path().size() > c.group().level() && g.path().subList(0, c.group().level()).equals(c.group().path())
        && g.row() >= c.group().row() && g.row() <= c.group().lastRow();
  }

  private static BigDecimal weightOf(Container c) {
    if (c.declared() != null) {
      return c.declared();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator i : c.leaves()) {
      BigDecimal w = weight(i);
      if (w == null) {
        return null;
      }
      sum = sum.add(w);
    }
    return c.leaves().isEmpty() ? null : sum;
  }

  private static BigDecimal weight(Indicator leaf) {
    return leaf.weight().isNumber() ? leaf.weight().value() : null;
  }

  /** The outermost block or group above a leaf that declares a weight, or null. */
  private static Container declaredAbove(IndicatorTable table, Indicator leaf) {
    for (Declared.Section s : table.declared().sections()) {
      if (s.declaredWeight() != null && s.contains(leaf)) {
        return container(table, s);
      }
    }
    for (Group g : table.groups()) {
      if (g.declaredWeight() != null && g.contains(leaf)
          && table.groups().stream().noneMatch(o -> o != g && o.declaredWeight() != null && o.level() < g.level()
              && o.contains(leaf))) {
        return container(table, g);
      }
    }
    return null;
  }

  private static Container container(IndicatorTable table, Declared.Section s) {
    List<Indicator> leaves = table.indicators().stream().filter(s::contains).toList();
    return new Container("“" + s.name() + "”", s.declaredWeight(), new CellRef(table.sheet(), s.row(), s.col()),
        leaves, null, s);
  }

  private static Container container(IndicatorTable table, Group g) {
    List<Indicator> leaves = table.indicators().stream().filter(g::contains).toList();
    return new Container(Group.levelName(g.level()) + "指标“" + g.name() + "”", g.declaredWeight(),
        table.labelCell(g), leaves, g, null);
  }
}
