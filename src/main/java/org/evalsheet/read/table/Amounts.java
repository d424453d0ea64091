package org.evalsheet.read.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;
import java.util.regex.Pattern;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Text;
import org.evalsheet.read.grid.Grid;

/**
 * Turns a cell into an {@link Amount} (数值): numbers, text numbers ({@code " 2.5 "}, {@code 3分}, {@code ３},
 * {@code 83.33%}), "not applicable" markers, other text and error values.
 */
final class Amounts {
  private Amounts() {}

  /** Excel shows at most 15 significant digits; so does a number read from a cell. */
  private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Set<String> NOT_APPLICABLE =
      Set.of("-", "--", "—", "——", "–", "/", "\\", "*", "无", "不适用", "不涉及", "无此项", "不考核", "未涉及", "本项不适用",
          "N/A", "n/a", "NA");

  static Amount of(Grid.Cell cell) {
    return switch (cell.kind()) {
      case BLANK -> Amount.BLANK;
      case ERROR -> new Amount(Amount.Kind.ERROR, null, cell.text(), false);
      case BOOLEAN -> new Amount(Amount.Kind.TEXT, null, cell.text(), false);
      case NUMBER -> number(cell.number(), cell.percent());
      case TEXT -> text(cell.text());
    };
  }

  private static Amount number(double d, boolean percent) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return new Amount(Amount.Kind.ERROR, null, "#NUM!", false);
    }
    BigDecimal v = decimal(d);
    String text = percent ? Decimals.percent(v) : Decimals.format(v);
    return new Amount(Amount.Kind.NUMBER, v, text, percent);
  }

  private static Amount text(String raw) {
    String shown = Text.strip(raw);
    if (shown.isEmpty()) {
      return Amount.BLANK;
    }
    String c = Text.compact(shown);
    if (NOT_APPLICABLE.contains(c)) {
      return new Amount(Amount.Kind.NOT_APPLICABLE, null, shown, false);
    }
    String t = c.replace(",", "");
    if (t.endsWith("分")) {
      t = t.substring(0, t.length() - 1);
    }
    boolean percent = t.endsWith("%");
    if (percent) {
      t = t.substring(0, t.length() - 1);
    }
    if (!NUMBER.matcher(t).matches()) {
      return new Amount(Amount.Kind.TEXT, null, shown, false);
    }
    BigDecimal v = new BigDecimal(t);
    return new Amount(Amount.Kind.NUMBER, normal(percent ? v.movePointLeft(2) : v), shown, percent);
  }

  /** A double as the decimal Excel shows: {@code 98.39999999999999} → {@code 98.4}, {@code 3.0} → {@code 3}. */
  static BigDecimal decimal(double d) {
    return normal(new BigDecimal(d).round(EXCEL));
  }

  private static BigDecimal normal(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
