package org.evalsheet.read.xlsx;

import java.util.Arrays;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.StylesTable;

/**
 * The number formats of a workbook's cell styles (单元格样式), looked up once per style index, from the styles part
 * read by {@link StylesPart} or, for a workbook without one, from POI's default {@link StylesTable}, so that a style
 * reads exactly as the usermodel reads it.
 */
final class CellStyles {
  private static final NumberCells.Format NONE = new NumberCells.Format(-1, null);

  private final StylesTable table;
  private final StylesPart part;
  private final int count;
  private NumberCells.Format[] formats = new NumberCells.Format[0];

  CellStyles(StylesTable table) {
    this.table = table;
    this.part = null;
    this.count = table.getNumCellStyles();
  }

  CellStyles(StylesPart part) {
    this.table = null;
    this.part = part;
    this.count = part.count();
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
      f = table != null ? NumberCells.Format.of(table.getStyleAt(index)) : fromPart(index);
      formats[index] = f == null ? NONE : f;
    }
    return f == NONE ? null : f;
  }

  /** As {@code XSSFCellStyle.getDataFormatString()}: the workbook's own code for the id, else the built-in one. */
  private NumberCells.Format fromPart(int index) {
    short id = part.formatId(index);
    String code = part.formatCode(id);
    return new NumberCells.Format(id, code != null ? code : BuiltinFormats.getBuiltinFormat(id));
  }
}
