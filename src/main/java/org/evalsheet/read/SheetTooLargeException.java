package org.evalsheet.read;

/** A sheet holds more cells than {@link ReadLimits#maxCellsPerSheet()} allows (工作表过大). */
final class SheetTooLargeException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  static final String REASON = "工作表过大";

  SheetTooLargeException(String sheet) {
    super(REASON + "：" + sheet);
  }
}
