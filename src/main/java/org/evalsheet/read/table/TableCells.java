package org.evalsheet.read.table;

import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.Amount;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Text;
import org.evalsheet.read.grid.Grid;

/** Reads a table's cells as amounts and texts (取值), noting what only the reader can see. */
final class TableCells {
  private final Grid grid;
  private final List<Finding> notes = new ArrayList<>();

  TableCells(Grid grid) {
    this.grid = grid;
  }

  Grid grid() {
    return grid;
  }

  /** The notes made so far, in reading order. */
  List<Finding> notes() {
    return notes;
  }

  void note(Finding finding) {
    notes.add(finding);
  }

  CellRef ref(int row, int col) {
    return new CellRef(grid.sheet(), row, col);
  }

  /** The amount a cell holds of its own (blank when merged into a cell above or left, or when col is null). */
  Amount amount(int row, Integer col) {
    if (col == null) {
      return Amount.BLANK;
    }
    Grid.Cell cell = grid.own(row, col);
    Amount a = Amounts.of(cell);
    if (cell.evaluated()) {
      String value = a.isNumber() ? Decimals.format(a.value()) : a.text();
      note(Finding.info(Code.FORMULA_EVALUATED, ref(row, col), "公式没有保存计算结果，已按公式计算为 " + value));
    }
    return a;
  }

  /** Whether a cell holds nothing, or only a "not applicable" marker; notes nothing. */
  boolean emptyValue(int row, Integer col) {
    return col == null || Amounts.of(grid.own(row, col)).isEmpty();
  }

  /** A cell's own text, trimmed; "" when merged into another cell, blank or col is null. */
  String text(int row, Integer col) {
    if (col == null) {
      return "";
    }
    Grid.Cell cell = grid.own(row, col);
    return cell.isBlank() ? "" : Text.strip(cell.text());
  }

  /** Whether a cell holds nothing of its own. */
  boolean blank(int row, Integer col) {
    return col == null || grid.own(row, col).isBlank();
  }
}
