package org.evalsheet.read.grid;

import org.evalsheet.model.ReadLimits;

/** A sheet holds more cells than {@link ReadLimits#maxCellsPerSheet()} allows (工作表过大). */
public final class SheetTooLargeException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public static final String REASON = "工作表过大";

  public SheetTooLargeException(String sheet) {
    super(REASON + "：" + sheet);
  }
}
