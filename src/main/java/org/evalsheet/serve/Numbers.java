package org.evalsheet.serve;

import java.math.BigDecimal;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Decimals;

/** Numbers as the pages show them (数字显示): 98.4, 3, 93.00%, and what a cell held when it was not a number. */
final class Numbers {
  private Numbers() {}

  static String format(BigDecimal v) {
    return v == null ? "" : Decimals.format(v);
  }

  static String percent(BigDecimal ratio) {
    return ratio == null ? "" : Decimals.percent(ratio);
  }

  /** A cell as submitted: its number without trailing zeros, else its text. */
  static String amount(Amount a) {
    if (a == null) {
      return "";
    }
    return a.isNumber() ? Decimals.format(a.value()) : a.text().strip();
  }
}
