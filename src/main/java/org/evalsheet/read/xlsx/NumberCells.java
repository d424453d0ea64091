package org.evalsheet.read.xlsx;

import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.evalsheet.read.grid.Grid;

/**
 * Turns a number and its cell style's number format into a grid cell (数字单元格): the text Excel shows and whether
 * it is a percentage. Both loaders use it, so a number reads the same whichever loader saw it.
 */
final class NumberCells {
  /** Built on first need: most workbooks show only General numbers, and building one costs more than a file's cells. */
  private DataFormatter formatter;

  /**
   * A cell style's number format.
   *
   * @param index the format's id in the workbook
   * @param format the format string, null when the workbook names none
   */
  record Format(int index, String format) {
    /** The format of a style, or null for a cell without style. */
    static Format of(CellStyle style) {
      if (style == null) {
        return null;
      }
      String format = style.getDataFormatString();
      return new Format(style.getDataFormat(), format);
    }
  }

  /** The number as shown under {@code format} (null: no style, shown as Java prints it). */
  Grid.Cell number(double value, Format format) {
    String f = format == null ? "General" : format.format();
    boolean percent = f != null && f.contains("%");
    String shown;
    try {
      shown = format == null ? Double.toString(value) : general(value, format);
      if (shown == null) {
        if (formatter == null) {
          formatter = new DataFormatter(Locale.ROOT);
        }
        shown = formatter.formatRawCellContents(value, format.index(), f);
      }
    } catch (RuntimeException e) {
      shown = Double.toString(value);
    }
    return Grid.Cell.number(value, shown, percent);
  }

  /**
   * The text Excel's General format shows for a short number, without the formatter's BigDecimal round trip: an
   * integer below 10^10 as its digits, and a number of at most 10 significant and 10 decimal digits between 0.001
   * and 10^7 as Java prints it, which is what the formatter gives for both; null for anything else.
   */
  static String general(double value, Format format) {
    if (format.index() != 0 || !"General".equals(format.format())) {
      return null;
    }
    double abs = Math.abs(value);
    if (value == Math.rint(value) && abs < 1e10) {
      return Long.toString((long) value);
    }
    if (!(abs >= 1e-3 && abs < 1e7)) {
      return null;
    }
    String d = Double.toString(value);
    int digits = 0;
    boolean leading = true;
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c >= '1' && c <= '9' || c == '0' && !leading) {
        leading = false;
        digits++;
      }
    }
    return digits > 10 || d.length() - d.indexOf('.') - 1 > 10 ? null : d;
  }
}
