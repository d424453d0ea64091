package org.evalsheet.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal helpers shared by every stage (小数): one way to show a number, one way to divide. */
public final class Decimals {
  private Decimals() {}

  /** Precision for ratios: far beyond what a sheet shows, small enough to stay fast. */
  public static final MathContext RATIO = new MathContext(12, RoundingMode.HALF_UP);

  /** A number as a clerk writes it: {@code 2.50} → {@code 2.5}, {@code 1E+2} → {@code 100}. */
  public static String format(BigDecimal value) {
    if (value == null) {
      return "";
    }
    BigDecimal v = value.stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
  }

  /** {@code numerator / denominator}, or null when the denominator is zero or either is null. */
  public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    if (numerator == null || denominator == null || denominator.signum() == 0) {
      return null;
    }
    return numerator.divide(denominator, RATIO);
  }

  /** A ratio as a percentage with two decimals: {@code 0.83333} → {@code 83.33%}. */
  public static String percent(BigDecimal ratio) {
    if (ratio == null) {
      return "";
    }
    return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
