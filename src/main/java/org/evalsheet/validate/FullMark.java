package org.evalsheet.validate;

import java.math.BigDecimal;
import java.util.List;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;

/**
 * A table's full mark (满分) and applicable weight (适用权重): 100, or the table's own total above 100 when its 合计
 * row, its leaves and its level-1 labels agree on it (a 120- or 151-point system with 加分项); a total below 100 is
 * a mistake, not a system; minus the weight of the leaves that
 * do not apply, over which the table is rescaled ("用适用指标得分汇总后按百分制折算").
 */
public final class FullMark {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FullMark() {}

  /** The full mark the table is evaluated on: 100 unless it is consistently on another ({@link #isOwn}). */
  public static BigDecimal of(IndicatorTable table) {
    BigDecimal own = own(table);
    return own == null ? HUNDRED : own;
  }

  /**
   * The full mark under a profile: the profile's fixed one (every table must reach it), or the table's own when the
   * profile allows that ({@link #of(IndicatorTable)}).
   */
  public static BigDecimal of(IndicatorTable table, org.evalsheet.model.Profile profile) {
    return profile.ownFullMark() ? of(table) : profile.fullMark();
  }

  /** Whether the table is on a full mark of its own other than 100. */
  public static boolean isOwn(IndicatorTable table) {
    return own(table) != null;
  }

  /** A group's weight: its leaves' when all are numbers, else the weight its label declares; null when neither. */
  public static BigDecimal groupWeight(IndicatorTable table, Group g) {
    return LabelWeights.weightOf(table, g);
  }

  /** The weight of the leaves that do not apply (不适用). */
  public static BigDecimal notApplicableWeight(IndicatorTable table) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator i : table.indicators()) {
      if (i.notApplicable() && i.weight().isNumber()) {
        sum = sum.add(i.weight().value());
      }
    }
    return sum;
  }

  /**
   * The table's total weight: the sum of every numeric leaf weight (applicable or not), or in a table without a
   * 分值 column the weights its labels declare ({@code 产出指标（60分）}) with the funds block's; null when a leaf's
   * weight is not a number (or, without a 分值 column, not covered by a label), or the table has no leaf.
   */
  public static BigDecimal weightSum(IndicatorTable table) {
    if (table.weightsFromLabels()) {
      return LabelWeights.total(table);
    }
    List<Indicator> leaves = table.indicators();
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator i : leaves) {
      if (i.weight().isNumber()) {
        sum = sum.add(i.weight().value());
      } else if (!i.notApplicable()) {
        return null;
      }
    }
    return leaves.isEmpty() ? null : sum;
  }

  /** The full mark other than 100 on which the 合计 row, the leaves and the level-1 labels agree, or null. */
  private static BigDecimal own(IndicatorTable table) {
    BigDecimal sum = weightSum(table);
    if (sum == null || sum.compareTo(HUNDRED) <= 0 || table.total() == null
        || !table.total().weight().isNumber() || Submitted.value(table.total().weight()).compareTo(sum) != 0) {
      return null;
    }
    List<Group> level1 = table.groups(1);
    if (!level1.isEmpty() && level1.stream().allMatch(g -> g.declaredWeight() != null)) {
      BigDecimal declared = level1.stream().map(Group::declaredWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
      for (Indicator i : table.indicators()) {
        if (i.level() == 1 && i.weight().isNumber()) {
          declared = declared.add(i.weight().value());
        }
      }
      if (declared.compareTo(sum) != 0) {
        return null;
      }
    }
    return sum;
  }
}
