package org.evalsheet.read.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.evalsheet.read.grid.BadCoordinateException;
import org.evalsheet.read.grid.Grid;
import org.evalsheet.read.grid.SheetTooLargeException;

/**
 * Fills a {@link Grid} from a POI sheet (读取单元格): cached formula values, evaluating only formulas that have none,
 * never following links to other workbooks.
 */
final class PoiGridLoader {
  private final Workbook workbook;
  private final long maxCells;
  private final NumberCells numbers = new NumberCells();
  private FormulaEvaluator evaluator;

  PoiGridLoader(Workbook workbook, long maxCells) {
    this.workbook = workbook;
    this.maxCells = maxCells;
  }

  /** The sheet at {@code index} as a grid; throws {@link SheetTooLargeException} beyond the cell limit. */
  Grid load(int index) {
    Sheet sheet = workbook.getSheetAt(index);
    Grid.Builder grid = new Grid.Builder(sheet.getSheetName(), index, maxCells);
    for (Row row : sheet) {
      if (row.getZeroHeight()) {
        grid.hide(row.getRowNum());
      }
      for (Cell cell : row) {
        grid.put(cell.getRowIndex(), cell.getColumnIndex(), safeValue(cell));
      }
    }
    for (CellRangeAddress m : mergedRegions(sheet)) {
      grid.merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
    }
    return grid.build();
  }

  /** The sheet's merged regions; one POI cannot even parse (a row number beyond an int) rejects the file. */
  private static java.util.List<CellRangeAddress> mergedRegions(Sheet sheet) {
    try {
      return sheet.getMergedRegions();
    } catch (RuntimeException e) {
      throw new BadCoordinateException("工作表中有范围无效的合并单元格（超出 Excel 的范围或无法识别）");
    }
  }

  /** A damaged .xls can open and then fail on one cell (POI decodes formulas lazily): that cell, not the file. */
  private Grid.Cell safeValue(Cell cell) {
    try {
      return value(cell);
    } catch (RuntimeException e) {
      return Grid.Cell.error("#无法读取");
    }
  }

  private Grid.Cell value(Cell cell) {
    CellType type = cell.getCellType();
    if (type != CellType.FORMULA) {
      return plain(cell, type);
    }
    // openpyxl and other writers leave <v></v>: POI reads that as a cached 0, but there is no result to trust.
    if (cell instanceof XSSFCell x && (!x.getCTCell().isSetV() || x.getCTCell().getV().isEmpty())) {
      return evaluate(cell);
    }
    return plain(cell, cell.getCachedFormulaResultType());
  }

  private Grid.Cell plain(Cell cell, CellType type) {
    return switch (type) {
      case NUMERIC -> number(cell, cell.getNumericCellValue());
      case STRING -> Grid.Cell.text(cell.getStringCellValue());
      case BOOLEAN -> new Grid.Cell(Grid.Kind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE", 0, false, false);
      case ERROR -> Grid.Cell.error(errorText(cell.getErrorCellValue()));
      default -> Grid.Cell.BLANK;
    };
  }

  /** A formula written by a program without its result: computed here, and marked so the reader can say so. */
  private Grid.Cell evaluate(Cell cell) {
    try {
      CellValue v = evaluator().evaluate(cell);
      Grid.Cell c = v == null ? Grid.Cell.BLANK : switch (v.getCellType()) {
        case NUMERIC -> number(cell, v.getNumberValue());
        case STRING -> Grid.Cell.text(v.getStringValue());
        case BOOLEAN -> new Grid.Cell(Grid.Kind.BOOLEAN, v.getBooleanValue() ? "TRUE" : "FALSE", 0, false, false);
        case ERROR -> Grid.Cell.error(errorText(v.getErrorValue()));
        default -> Grid.Cell.BLANK;
      };
      return c.asEvaluated();
    } catch (RuntimeException e) {
      // Unsupported functions or references POI cannot resolve: the formula itself is all there is to show.
      return Grid.Cell.error("=" + cell.getCellFormula());
    }
  }

  private FormulaEvaluator evaluator() {
    if (evaluator == null) {
      evaluator = workbook.getCreationHelper().createFormulaEvaluator();
      evaluator.setIgnoreMissingWorkbooks(true);
    }
    return evaluator;
  }

  private Grid.Cell number(Cell cell, double value) {
    return numbers.number(value, NumberCells.Format.of(cell.getCellStyle()));
  }

  static String errorText(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#N/A";
    }
  }
}
