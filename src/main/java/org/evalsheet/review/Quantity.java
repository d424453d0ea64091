package org.evalsheet.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A 年度指标值 or 实际完成值 as read (指标值): a number with its comparison and unit ({@code ≥50个}, {@code ≤90万元},
 * {@code 100%}), a range ({@code 0%-15%}), a date ({@code 2024年12月底前}) or words ({@code 健全}, {@code 按期完成}).
 *
 * @param form what the text is
 * @param op the comparison a target states, {@link Op#NONE} for a bare value or an actual
 * @param value the number in the base unit ({@code 5万亩} → 50000 亩), the range's low end, or null
 * @param upper the range's high end in the base unit, or null
 * @param unit the unit as written ({@code 万亩}), "" for none
 * @param base the base unit ({@code 亩}), "" for none
 * @param date the date as ISO text ({@code 2024-12-31}; a month without a day is its last day; a date without a
 *     year is in 2000), or null; text so that results persist without a date-time module
 * @param yearGiven whether the date names its year
 * @param text the text as written
 */
public record Quantity(Form form, Op op, BigDecimal value, BigDecimal upper, String unit, String base, String date,
    boolean yearGiven, String text) {

  /** What a text is. */
  public enum Form { NUMBER, RANGE, DATE, WORDS, EMPTY }

  /** The comparison a target states. */
  public enum Op {
    GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("="), NONE("");

    private final String sign;

    Op(String sign) {
      this.sign = sign;
    }

    /** The sign as a clerk writes it: ≥, ≤, =, or "". */
    public String sign() {
      return sign;
    }
  }

  public Quantity {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(op, "op");
    unit = Objects.requireNonNullElse(unit, "");
    base = Objects.requireNonNullElse(base, "");
    text = Objects.requireNonNullElse(text, "");
  }

  static Quantity empty(String text) {
    return new Quantity(Form.EMPTY, Op.NONE, null, null, "", "", null, false, text);
  }

  static Quantity words(String text) {
    return new Quantity(Form.WORDS, Op.NONE, null, null, "", "", null, false, text);
  }

  /** The date, or null. */
  public LocalDate localDate() {
    return date == null ? null : LocalDate.parse(date);
  }
}
