package org.evalsheet.testing.samples;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One leaf indicator (末级指标) of a sample table: its path (一级…四级, {@code null} where a level is not used), weight,
 * score ({@code null} for a leaf that does not apply, typed {@code 不适用}) and the texts a clerk types beside them.
 */
record Leaf(
    String l1,
    String l2,
    String l3,
    String l4,
    BigDecimal weight,
    BigDecimal score,
    String explanation,
    String benchmark,
    String rule,
    String actual) {

  /** The leaf's own name: 四级 when present, else 三级. */
  String name() {
    return l4 != null ? l4 : l3;
  }

  /** The path from 一级 down to the leaf, without empty levels. */
  List<String> path() {
    List<String> p = new ArrayList<>(List.of(l1, l2, l3));
    if (l4 != null) {
      p.add(l4);
    }
    return p;
  }

  Leaf withScore(String s) {
    return new Leaf(l1, l2, l3, l4, weight, s == null ? null : new BigDecimal(s), explanation, benchmark, rule, actual);
  }

  /** Whether the leaf does not apply (its 得分 typed 不适用). */
  boolean notApplicable() {
    return score == null;
  }

  Leaf withL1(String name) {
    return new Leaf(name, l2, l3, l4, weight, score, explanation, benchmark, rule, actual);
  }
}
