package org.evalsheet.read;

import java.util.Arrays;
import org.apache.poi.xssf.model.StylesTable;

/**
 * The number formats of a workbook's cell styles (单元格样式), looked up once per style index through POI's
 * {@link StylesTable}, so that a style reads exactly as the usermodel reads it.
 */
final class CellStyles {
  private static final NumberCells.Format NONE = new NumberCells.Format(-1, null);

  private final StylesTable table;
  private final int count;
  private NumberCells.Format[] formats = new NumberCells.Format[0];

  CellStyles(StylesTable table) {
    this.table = table;
    this.count = table.getNumCellStyles();
  }

  /** How many cell styles ({@code <xf>} in {@code cellXfs}) the workbook has. */
  int count() {
    return count;
  }

  /** The format of style {@code index}, or null when the workbook has no such style (POI then has none either). */
  NumberCells.Format at(int index) {
    if (index < 0 || index >= count) {
      return null;
    }
    if (index >= formats.length) {
      formats = Arrays.copyOf(formats, Math.max(index + 1, Math.min(count, formats.length * 2 + 8)));
    }
    NumberCells.Format f = formats[index];
    if (f == null) {
      f = NumberCells.Format.of(table.getStyleAt(index));
      formats[index] = f == null ? NONE : f;
    }
    return f == NONE ? null : f;
  }
}
