package org.evalsheet.write.fill;

/**
 * Something in a workbook the fast path does not handle (快速路径不支持的情形): the writer then fills the copy through
 * POI's usermodel instead. Thrown only before the first byte of output is written.
 */
final class XlsxPatchUnsupported extends Exception {
  private static final long serialVersionUID = 1L;

  XlsxPatchUnsupported(String reason) {
    super(reason, null, false, false);
  }
}
