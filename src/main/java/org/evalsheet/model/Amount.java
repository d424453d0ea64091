package org.evalsheet.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A numeric cell as submitted (数值): the parsed decimal when there is one, and always the text the clerk typed,
 * so that a message can quote it.
 *
 * @param kind what the cell held
 * @param value the number (a percentage already divided by 100), or null unless {@code kind == NUMBER}
 * @param text the cell's text as shown (for messages), never null
 * @param percent whether the cell was written as a percentage ({@code 83.33%} or a 0.00% format)
 */
public record Amount(Kind kind, BigDecimal value, String text, boolean percent) {

  /** What a numeric cell held. */
  public enum Kind {
    /** A usable number (from a number, a formula's cached value or text such as {@code "３分"}). */
    NUMBER,
    /** Nothing at all. */
    BLANK,
    /** A marker for "not applicable": {@code —}, {@code -}, {@code /}, {@code *}. */
    NOT_APPLICABLE,
    /** Text that is not a number, such as {@code 满分}. */
    TEXT,
    /** An error value such as {@code #REF!}, or a formula with no value. */
    ERROR
  }

  public static final Amount BLANK = new Amount(Kind.BLANK, null, "", false);

  public Amount {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if ((kind == Kind.NUMBER) != (value != null)) {
      throw new IllegalArgumentException("value must be present exactly for numbers: " + kind + " " + value);
    }
  }

  public static Amount of(BigDecimal value) {
    return new Amount(Kind.NUMBER, value, value.stripTrailingZeros().toPlainString(), false);
  }

  public static Amount of(String number) {
    return of(new BigDecimal(number));
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** True for blank and not-applicable cells: nothing was entered. */
  public boolean isEmpty() {
    return kind == Kind.BLANK || kind == Kind.NOT_APPLICABLE;
  }
}
