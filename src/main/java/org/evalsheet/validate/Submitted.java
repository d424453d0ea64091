package org.evalsheet.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;

/**
 * How submitted 得分 and 得分率 cells are understood (填报值): a rate as a fraction whether typed {@code 83.33%} or
 * {@code 83.33}, the score a rate implies when 得分 is empty, and whether a table is a blank template. Shared by
 * validation and scoring so that both read a cell the same way.
 */
public final class Submitted {
  private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+(?:[.．]([0-9０-９]+))?");
  private static final int MAX_SUBMITTED_SCALE = 10;

  private Submitted() {}

  /**
   * A submitted 得分率 as a fraction: {@code 83.33%} and {@code 83.33} both give {@code 0.8333}; {@code 0.8333} stays.
   * A number above 1 written without a percent sign is read as a percentage, since a rate above 100% is not
   * something a clerk means to type.
   *
   * @return the fraction, or null when the cell holds no number
   */
  public static BigDecimal rate(Amount rate) {
    if (!rate.isNumber()) {
      return null;
    }
    BigDecimal v = rate.value();
    return percentByMagnitude(rate) ? v.movePointLeft(2) : v;
  }

  /**
   * A leaf's effective score: the submitted 得分, or weight × submitted 得分率 when 得分 is empty (rounded to two
   * decimals, or to the weight's own decimals when it has more).
   *
   * @return the score, or null when neither gives a number
   */
  public static BigDecimal score(Indicator leaf) {
    if (leaf.score().isNumber()) {
      return leaf.score().value();
    }
    return derivedScore(leaf);
  }

  /** Whether a leaf's score comes from its 得分率 because 得分 is empty. */
  public static boolean isDerived(Indicator leaf) {
    return derivedScore(leaf) != null;
  }

  /**
   * A blank template (空白模板): no leaf has anything in 得分 or 得分率. Such a table is checked for weights only.
   * A table with no leaves counts as a template.
   */
  public static boolean isTemplate(IndicatorTable table) {
    return table.indicators().stream().allMatch(i -> i.score().isEmpty() && i.rate().isEmpty());
  }

  static BigDecimal derivedScore(Indicator leaf) {
    if (!leaf.score().isEmpty() || !leaf.weight().isNumber()) {
      return null;
    }
    BigDecimal fraction = rate(leaf.rate());
    if (fraction == null) {
      return null;
    }
    BigDecimal w = leaf.weight().value();
    int scale = Math.max(2, w.stripTrailingZeros().scale());
    return strip(w.multiply(fraction).setScale(scale, RoundingMode.HALF_UP));
  }

  /**
   * Whether a submitted rate agrees with the expected fraction at the precision it was shown: within one unit of
   * its last shown place (so {@code 83.33%} and {@code 83.34%} both agree with 2.5/3), never coarser than 1%.
   */
  static boolean agrees(Amount rate, BigDecimal expected) {
    BigDecimal fraction = rate(rate);
    if (fraction == null || expected == null) {
      return true;
    }
    BigDecimal unit = BigDecimal.ONE.movePointLeft(shownScale(rate));
    return fraction.subtract(expected).abs().compareTo(unit) < 0;
  }

  /** Decimal places of the fraction as shown: 4 for {@code 83.33%}, 2 for {@code 83%} and for {@code 1}. */
  static int shownScale(Amount rate) {
    Matcher m = NUMBER.matcher(rate.text());
    int decimals;
    if (m.find()) {
      decimals = m.group(1) == null ? 0 : m.group(1).length();
    } else {
      decimals = Math.max(0, rate.value().stripTrailingZeros().scale() - (rate.percent() ? 2 : 0));
    }
    boolean percentForm = rate.percent() || percentByMagnitude(rate);
    return Math.max(2, decimals + (percentForm ? 2 : 0));
  }

  /**
   * A submitted number as compared with computed sums: a value read from a binary double such as
   * {@code 98.39999999999999} is taken at ten decimals, far finer than any sheet shows.
   */
  static BigDecimal value(Amount amount) {
    BigDecimal v = amount.value();
    return v.scale() > MAX_SUBMITTED_SCALE ? v.setScale(MAX_SUBMITTED_SCALE, RoundingMode.HALF_UP) : v;
  }

  static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  private static boolean percentByMagnitude(Amount rate) {
    return !rate.percent() && rate.value().compareTo(BigDecimal.ONE) > 0;
  }
}
