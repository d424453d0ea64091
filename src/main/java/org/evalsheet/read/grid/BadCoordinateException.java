package org.evalsheet.read.grid;

/**
 * A row, column or merged region outside what Excel can hold (坐标超出范围): the file is rejected with the reason,
 * never read with a number wrapped round.
 */
public final class BadCoordinateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadCoordinateException(String reason) {
    super(reason, null, false, false);
  }

  /** The Chinese reason a clerk reads, such as {@code 第 2147483648 行的行号超出 Excel 的范围}. */
  public String reason() {
    return getMessage();
  }
}
