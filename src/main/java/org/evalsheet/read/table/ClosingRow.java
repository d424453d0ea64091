package org.evalsheet.read.table;

import java.util.Set;
import org.evalsheet.model.Amount;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Declared;
import org.evalsheet.model.Text;
import org.evalsheet.model.TotalRow;
import org.evalsheet.read.grid.Grid;

/**
 * The row closing a table (总分行) as units fill it: its numbers, the 自评等级 a unit often writes beside the total
 * ({@code 总分 | 100 | 96 | 优}, {@code 总分(100分) | 100 | 自评等级 | 优}), and the total itself when it stands
 * outside the 得分 column because the grade took that cell.
 */
final class ClosingRow {
  /** The words of a self-assessed grade. */
  static final Set<String> GRADES = Set.of("优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "及格", "不及格",
      "较好", "一般", "A", "B", "C", "D");
  private static final Set<String> GRADE_LABELS = Set.of("自评等级", "等级", "自评等次", "等次", "评价等级", "绩效等级");

  private final TotalRow row;
  private final Declared.StatedGrade grade;
  private final CellRef scoreCell;

  ClosingRow(TableCells cells, TableRows rows, int r, int labelCol) {
    TotalRow numbers = rows.numbersRow(r, labelCol);
    Grid grid = cells.grid();
    Declared.StatedGrade found = null;
    for (int c = labelCol + 1; c <= grid.lastCol() && found == null; c++) {
      String t = Text.compact(cells.text(r, c));
      if (GRADES.contains(t) && (rows.scoreCol == null || c >= rows.scoreCol || gradeLabelLeft(cells, r, c))) {
        found = new Declared.StatedGrade(t, cells.ref(r, c));
      }
    }
    CellRef moved = null;
    Amount score = numbers.score();
    if (!score.isNumber() && (score.isEmpty() || found != null && found.cell().col() == rows.scoreCol)) {
      int region = lastColOf(grid, r, labelCol);
      for (int c = region + 1; c <= grid.lastCol(); c++) {
        if (same(c, rows.weightCol) || same(c, rows.scoreCol) || same(c, rows.rateCol) || same(c, rows.reviewerCol)) {
          continue;
        }
        Amount a = cells.amount(r, c);
        if (a.isNumber()) {
          score = a;
          moved = cells.ref(r, c);
          break;
        }
      }
    }
    this.row = moved == null ? numbers
        : new TotalRow(r, labelCol, numbers.weight(), score, numbers.rate(), numbers.reviewerScore());
    this.grade = found;
    this.scoreCell = moved;
  }

  TotalRow row() {
    return row;
  }

  /** The 自评等级 written on the row, or null. */
  Declared.StatedGrade grade() {
    return grade;
  }

  /** Where the total was read when not from the 得分 column, or null. */
  CellRef scoreCell() {
    return scoreCell;
  }

  private static boolean gradeLabelLeft(TableCells cells, int r, int c) {
    for (int k = c - 1; k >= 0; k--) {
      String t = Text.compact(cells.text(r, k)).replaceAll("[:：]$", "");
      if (!t.isEmpty()) {
        return GRADE_LABELS.contains(t);
      }
    }
    return false;
  }

  private static int lastColOf(Grid grid, int r, int c) {
    Grid.Region g = grid.region(r, c);
    return g == null ? c : g.lastCol();
  }

  private static boolean same(int c, Integer col) {
    return col != null && col == c;
  }
}
