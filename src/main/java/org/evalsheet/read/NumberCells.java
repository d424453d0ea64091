package org.evalsheet.read;

import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Turns a number and its cell style's number format into a grid cell (数字单元格): the text Excel shows and whether
 * it is a percentage. Both loaders use it, so a number reads the same whichever loader saw it.
 */
final class NumberCells {
  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

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
      shown = format == null ? Double.toString(value) : formatter.formatRawCellContents(value, format.index(), f);
    } catch (RuntimeException e) {
      shown = Double.toString(value);
    }
    return Grid.Cell.number(value, shown, percent);
  }
}
