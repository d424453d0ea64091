package org.evalsheet.write.fill;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.evalsheet.model.Column;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Text;
import org.evalsheet.model.TotalRow;

/**
 * Lays a plan on a workbook open in POI's usermodel (版面): finds each table's sheet, and makes what a table lacks —
 * a 合计 row right below it (rows below moved down rather than overwritten) and a 得分率 column right of its header,
 * each styled like its neighbour. Only this writer adds rows and columns; the fast path leaves such tables to it.
 */
final class UsermodelLayout implements FillPlan.Layout<RuntimeException> {
  private static final int RATE_WIDTH = 10 * 256;

  private final Workbook workbook;

  UsermodelLayout(Workbook workbook) {
    this.workbook = workbook;
  }

  @Override
  public FillPlan.Place place(IndicatorTable table) {
    int index = FillPlan.sheetIndex(names(), table.sheet(), table.sheetIndex());
    if (index < 0) {
      throw new IllegalArgumentException("工作簿中没有工作表 " + table.sheet());
    }
    Sheet sheet = workbook.getSheetAt(index);
    int shiftedFrom = Integer.MAX_VALUE;
    int totalRow;
    if (table.total() != null) {
      totalRow = table.total().row();
    } else {
      totalRow = table.lastRow() + 1;
      if (!FillCells.isBlankRow(sheet, totalRow) && !isTotalRow(sheet, totalRow)) {
        sheet.shiftRows(totalRow, sheet.getLastRowNum(), 1, true, false);
        shiftedFrom = totalRow;
      }
      appendTotalRow(sheet, table, totalRow);
    }
    return new FillPlan.Place(sheet.getSheetName(), totalRow, rateColumn(sheet, table, totalRow), shiftedFrom);
  }

  @Override
  public String sheet(String name) {
    int index = FillPlan.sheetNamed(names(), name);
    return index < 0 ? null : workbook.getSheetName(index);
  }

  private List<String> names() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      names.add(workbook.getSheetName(i));
    }
    return names;
  }

  /**
   * The 得分率 column: the table's own, one a previous fill added (a header cell reading 得分率), or a new one right
   * of the last header column, styled like its left neighbour.
   */
  private static int rateColumn(Sheet sheet, IndicatorTable table, int totalRow) {
    Integer own = table.columns().get(Column.RATE);
    if (own != null) {
      return own;
    }
    int headerLast = Math.max(table.headerRow(), table.firstDataRow() - 1);
    int last = Collections.max(table.columns().values());
    for (int r = table.headerRow(); r <= headerLast; r++) {
      var row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (Cell c : row) {
        String text = FillCells.text(sheet, r, c.getColumnIndex());
        if (text.equals(Column.RATE.label())) {
          return c.getColumnIndex();
        }
        if (!text.isEmpty()) {
          CellRangeAddress m = FillCells.mergedAt(sheet, r, c.getColumnIndex());
          last = Math.max(last, m == null ? c.getColumnIndex() : m.getLastColumn());
        }
      }
    }
    int col = last + 1;
    for (int r = table.headerRow(); r <= totalRow; r++) {
      if (FillCells.peek(sheet, r, col) == null && FillCells.peek(sheet, r, last) != null) {
        FillCells.cell(sheet, r, col).setCellStyle(FillCells.peek(sheet, r, last).getCellStyle());
      }
    }
    FillCells.cell(sheet, table.headerRow(), col).setCellValue(Column.RATE.label());
    CellRangeAddress header = new CellRangeAddress(table.headerRow(), headerLast, col, col);
    if (headerLast > table.headerRow() && !FillCells.overlapsMerged(sheet, header)) {
      sheet.addMergedRegion(header);
    }
    sheet.setColumnWidth(col, Math.max(RATE_WIDTH, sheet.getColumnWidth(last)));
    return col;
  }

  /** A 合计 row at {@code r} for a table without one, styled like the table's last row, its label merged. */
  private static void appendTotalRow(Sheet sheet, IndicatorTable table, int r) {
    int first = Collections.min(table.columns().values());
    int last = Collections.max(table.columns().values());
    for (int c = first; c <= last; c++) {
      Cell above = FillCells.peek(sheet, table.lastRow(), c);
      if (FillCells.peek(sheet, r, c) == null && above != null) {
        FillCells.cell(sheet, r, c).setCellStyle(above.getCellStyle());
      }
    }
    int labelCol = table.columns().getOrDefault(Column.LEVEL1, first);
    if (FillCells.isBlank(sheet, r, labelCol)) {
      FillCells.cell(sheet, r, labelCol).setCellValue("合计");
    }
    int levelEnd = labelCol;
    for (int level = 1; level <= 4; level++) {
      Integer c = table.columns().get(Column.level(level));
      if (c != null && c == levelEnd + (level == 1 ? 0 : 1)) {
        levelEnd = c;
      }
    }
    CellRangeAddress label = new CellRangeAddress(r, r, labelCol, levelEnd);
    if (levelEnd > labelCol && !FillCells.overlapsMerged(sheet, label)) {
      sheet.addMergedRegion(label);
    }
  }

  /** Whether a row holds a label closing a table (a 合计 row evalsheet appended before, say), read as the reader reads it. */
  private static boolean isTotalRow(Sheet sheet, int r) {
    var row = sheet.getRow(r);
    if (row == null) {
      return false;
    }
    for (Cell c : row) {
      if (TotalRow.closesTable(Text.compact(FillCells.text(sheet, r, c.getColumnIndex())))) {
        return true;
      }
    }
    return false;
  }
}
