package org.evalsheet.read.xlsx;

/**
 * A workbook the streaming reader hands to POI's usermodel (交由 POI 完整读取): a formula without a cached value,
 * which only the usermodel can evaluate, or XML the streaming reader might read differently from it.
 */
final class NeedsUsermodelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NeedsUsermodelException(String why) {
    super(why, null, false, false);
  }
}
