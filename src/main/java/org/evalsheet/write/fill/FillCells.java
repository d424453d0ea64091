package org.evalsheet.write.fill;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Small cell operations the filler needs (单元格操作): find or create cells, read their text, write numbers. */
final class FillCells {
  private static final DataFormatter FORMATTER = new DataFormatter();

  private FillCells() {}

  static Row row(Sheet sheet, int r) {
    Row row = sheet.getRow(r);
    return row == null ? sheet.createRow(r) : row;
  }

  /** The cell, or null when it does not exist. */
  static Cell peek(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    return row == null ? null : row.getCell(c);
  }

  static Cell cell(Sheet sheet, int r, int c) {
    Row row = row(sheet, r);
    Cell cell = row.getCell(c);
    return cell == null ? row.createCell(c) : cell;
  }

  /** The cell's text as shown, without any whitespace ({@code 得 分 率} → {@code 得分率}); "" for no cell. */
  static String text(Sheet sheet, int r, int c) {
    Cell cell = peek(sheet, r, c);
    if (cell == null) {
      return "";
    }
    String s = cell.getCellType() == CellType.FORMULA ? cachedText(cell) : FORMATTER.formatCellValue(cell);
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  private static String cachedText(Cell cell) {
    return switch (cell.getCachedFormulaResultType()) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> String.valueOf(cell.getNumericCellValue());
      default -> "";
    };
  }

  static boolean isBlank(Sheet sheet, int r, int c) {
    return text(sheet, r, c).isEmpty();
  }

  /** Whether a whole row holds nothing visible. */
  static boolean isBlankRow(Sheet sheet, int r) {
    Row row = sheet.getRow(r);
    if (row == null) {
      return true;
    }
    for (Cell cell : row) {
      if (!isBlank(sheet, r, cell.getColumnIndex())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes a number. A formula cell keeps its formula and gets the number as its cached result, so formulas the
   * department wrote stay formulas; Excel recalculates them on opening.
   */
  static void number(Cell cell, BigDecimal value) {
    cell.setCellValue(value.doubleValue());
  }

  /** The merged region whose area contains the cell, or null. */
  static CellRangeAddress mergedAt(Sheet sheet, int r, int c) {
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      if (m.isInRange(r, c)) {
        return m;
      }
    }
    return null;
  }

  /** Whether any merged region overlaps the area. */
  static boolean overlapsMerged(Sheet sheet, CellRangeAddress area) {
    return sheet.getMergedRegions().stream().anyMatch(m -> m.intersects(area));
  }
}
