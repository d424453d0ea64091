package org.evalsheet.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a table's weights were written (分值口径): as points, as fractions of 1 or as percentages. Every number in the
 * model is on 100 (points); this record says how to go back to the sheet's own numbers when writing into it.
 *
 * @param kind how the weights were written
 * @param weightFactor what a sheet weight was multiplied by to give points (1 or 100)
 * @param scoreFactor what a sheet score was multiplied by (100 when scores follow fractional weights, else 1)
 */
public record Scale(Kind kind, BigDecimal weightFactor, BigDecimal scoreFactor) {

  /** How the weights were written. */
  public enum Kind {
    /** Points, such as 3 or 2.5 (the usual case; also a {@code 权重(%)} column holding 3 for 3%). */
    POINTS,
    /** Fractions of 1, such as 0.03, with a 合计 of 1. */
    FRACTION,
    /** Percentages, such as {@code 3%} typed or a 0% number format. */
    PERCENT
  }

  /** Points on 100: nothing was converted. */
  public static final Scale POINTS = new Scale(Kind.POINTS, BigDecimal.ONE, BigDecimal.ONE);

  public Scale {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(weightFactor, "weightFactor");
    Objects.requireNonNull(scoreFactor, "scoreFactor");
  }

  /** Whether anything was converted. */
  public boolean converted() {
    return weightFactor.compareTo(BigDecimal.ONE) != 0 || scoreFactor.compareTo(BigDecimal.ONE) != 0;
  }

  /** A score in points as the sheet writes it: divided by {@link #scoreFactor}. */
  public BigDecimal sheetScore(BigDecimal points) {
    return points == null ? null : points.divide(scoreFactor, Decimals.RATIO);
  }

  /** A weight in points as the sheet writes it: divided by {@link #weightFactor}. */
  public BigDecimal sheetWeight(BigDecimal points) {
    return points == null ? null : points.divide(weightFactor, Decimals.RATIO);
  }
}
