package org.evalsheet.testing.samples;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One project's indicator table (项目指标表) as a department fills it in: unit, project, sheet, title and leaves,
 * plus the group labels a clerk mistyped (a declared weight that differs from the sum of its leaves).
 */
record Project(String unit, String project, String sheet, String title, List<Leaf> leaves, Map<String, String> mislabel) {

  Project {
    leaves = List.copyOf(leaves);
    mislabel = Map.copyOf(mislabel);
  }

  /** The sum of the leaf weights under a group given by its path prefix (1 to 3 names). */
  BigDecimal groupWeight(List<String> prefix) {
    return leaves.stream()
        .filter(l -> l.path().size() >= prefix.size() && l.path().subList(0, prefix.size()).equals(prefix))
        .map(Leaf::weight)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The weight a group's label declares: the sum of its leaves unless the clerk mistyped it. */
  String declared(List<String> prefix) {
    String key = String.join("/", prefix);
    return mislabel.containsKey(key) ? mislabel.get(key) : plain(groupWeight(prefix));
  }

  BigDecimal weightTotal() {
    return leaves.stream().map(Leaf::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  BigDecimal scoreTotal() {
    return leaves.stream().filter(l -> !l.notApplicable()).map(Leaf::score).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The sum of the leaf scores under a group given by its path prefix, leaves that do not apply left out. */
  BigDecimal groupScore(List<String> prefix) {
    return leaves.stream()
        .filter(l -> !l.notApplicable() && l.path().size() >= prefix.size()
            && l.path().subList(0, prefix.size()).equals(prefix))
        .map(Leaf::score)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The weight of the leaves that apply: the total is rescaled over it. */
  BigDecimal applicableWeight() {
    return leaves.stream().filter(l -> !l.notApplicable()).map(Leaf::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The score on 100: the plain total, or the total rescaled over the applicable weight. */
  BigDecimal onHundred() {
    BigDecimal applicable = applicableWeight();
    if (applicable.compareTo(weightTotal()) == 0) {
      return scoreTotal();
    }
    return scoreTotal().multiply(BigDecimal.valueOf(100)).divide(applicable, 2, java.math.RoundingMode.HALF_UP);
  }

  /** Level-1 group → sum of its leaf scores, in table order. */
  Map<String, BigDecimal> level1Scores() {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (Leaf l : leaves) {
      out.merge(l.l1(), l.notApplicable() ? BigDecimal.ZERO : l.score(), BigDecimal::add);
    }
    return out;
  }

  /** The seed report's default bands: 90 优, 80 良, 70 中, else 差. */
  static String grade(BigDecimal total) {
    if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return "优";
    }
    if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
      return "良";
    }
    return total.compareTo(BigDecimal.valueOf(70)) >= 0 ? "中" : "差";
  }

  /** A decimal as a clerk types it: {@code 18.50} → {@code 18.5}, {@code 20.0} → {@code 20}. */
  static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
