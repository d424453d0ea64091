package org.evalsheet.read.table;

import java.util.List;
import org.evalsheet.model.Column;
import org.evalsheet.model.Declared;
import org.evalsheet.model.Text;
import org.evalsheet.model.TotalRow;
import org.evalsheet.read.grid.Grid;

/**
 * What each row under a header is (表格行): blank, a 合计 / 小计 row, a footer, a repeated header, a row with labels
 * (and at which levels) or numbers, and whether a label's row is an outline group row. Queries only; the hierarchy
 * is built by {@link RowWalker}.
 */
final class TableRows {
  private static final List<String> FOOTER_WORDS = List.of("填表人", "填报人", "审核人", "负责人", "单位负责人",
      "联系人", "联系电话", "填表日期", "填报日期", "日期:", "注:", "说明:", "备注:", "评价人", "签字", "签名", "盖章");
  /** How many rows with content after a 合计 are looked at for indicators that would make it a 小计. */
  private static final int FOLLOW_ROWS = 3;

  private final TableCells cells;
  private final Grid grid;
  private final HeaderFinder.Header header;
  /** The header's 权重, 得分, 得分率 and reviewer's columns, or null; the row walker reads them here too. */
  final Integer weightCol;
  final Integer scoreCol;
  final Integer rateCol;
  final Integer reviewerCol;
  private final int[] levelCols = new int[5];
  /** The first of the 权重 and 得分 columns: labels such as 合计 sit left of it. */
  private final int numbersFrom;

  TableRows(TableCells cells, HeaderFinder.Header header) {
    this.cells = cells;
    this.grid = cells.grid();
    this.header = header;
    this.weightCol = header.columns().get(Column.WEIGHT);
    this.scoreCol = header.columns().get(Column.SCORE);
    this.rateCol = header.columns().get(Column.RATE);
    this.reviewerCol = header.columns().get(Column.REVIEW_SCORE);
    for (int level = 1; level <= 4; level++) {
      Integer c = header.columns().get(Column.level(level));
      levelCols[level] = c == null ? -1 : c;
    }
    this.numbersFrom = Math.min(weightCol == null ? Integer.MAX_VALUE : weightCol,
        scoreCol == null ? Integer.MAX_VALUE : scoreCol);
  }

  /** {@code 一、评价前期工作组情况}: a part of an outline scoring table. */
  private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+[、.．,，]");
  /** {@code 1、评价工作组人员专业能力}, {@code (1)…}: an item under a part. */
  private static final java.util.regex.Pattern ITEM =
      java.util.regex.Pattern.compile("^([0-9]+[、.．,，)）]|[(（][0-9一二三四五六七八九十]+[)）])");

  /**
   * Whether row {@code r} opens a part of an outline scoring table whose one label column numbers parts
   * {@code 一、二、} and items {@code 1、2、} under them: its label is a part and the next label is an item.
   */
  boolean numberedPart(int r) {
    int col = singleLevelCol();
    if (col < 0 || !PART.matcher(Text.compact(cells.text(r, col))).find()) {
      return false;
    }
    for (int n = r + 1; n <= grid.lastRow(); n++) {
      String t = Text.compact(cells.text(n, col));
      if (!t.isEmpty()) {
        return ITEM.matcher(t).find();
      }
    }
    return false;
  }

  /** Whether row {@code r}'s label is an item of an outline scoring table ({@code 1、}, {@code (1)}). */
  boolean numberedItem(int r) {
    int col = singleLevelCol();
    return col >= 0 && ITEM.matcher(Text.compact(cells.text(r, col))).find();
  }

  /** The one level column when the header has only one, else -1. */
  private int singleLevelCol() {
    int found = -1;
    for (int level = 1; level <= 4; level++) {
      if (levelCols[level] >= 0) {
        if (found >= 0) {
          return -1;
        }
        found = levelCols[level];
      }
    }
    return found;
  }

  /** A group level's own 分值 on a label's row (a header with 分值 after every level), or null. */
  java.math.BigDecimal levelWeight(int r, int level) {
    Integer col = header.levelWeights().get(level);
    if (col == null || level >= header.deepestLevel()) {
      return null;
    }
    org.evalsheet.model.Amount a = cells.amount(r, col);
    return a.isNumber() ? a.value() : null;
  }

  /** The column of a level's labels, or -1 when the table has none. */
  int levelCol(int level) {
    return levelCols[level];
  }

  /**
   * The first data row after a header repeated on a printed page (pasted from PDF), {@code r} itself when row
   * {@code r} is no header, or -1 when another header starts a new table. Only a row whose first level cell is a
   * level heading is looked at closely.
   */
  int repeatedHeaderEnd(int r) {
    int first = levelCols[firstLevel()];
    if (first < 0 || HeaderNames.match(cells.text(r, first)) == null) {
      return r;
    }
    var again = HeaderFinder.at(grid, r);
    if (again.isEmpty()) {
      return r;
    }
    return again.get().columns().equals(header.columns()) ? again.get().firstDataRow() : -1;
  }

  private int firstLevel() {
    for (int level = 1; level <= 4; level++) {
      if (levelCols[level] >= 0) {
        return level;
      }
    }
    return 1;
  }

  /**
   * Whether a row whose deepest label is at {@code level} is a group row: the next row with a label has its
   * shallowest label deeper than that (it lies inside this group). A label in the deepest level column is a leaf.
   */
  boolean groupRow(int r, int level) {
    if (level >= header.deepestLevel()) {
      return false;
    }
    for (int n = r + 1; n <= grid.lastRow(); n++) {
      if (blankRow(n)) {
        continue;
      }
      if (totalLabel(n) != null) {
        return false;
      }
      int shallow = shallowest(n);
      if (shallow == 0) {
        if (hasNumbers(n) || footer(n)) {
          return false;
        }
        continue;
      }
      if (shallow > level) {
        return true;
      }
      int skip = repeatedHeaderEnd(n);
      if (skip <= n) {
        return false;
      }
      n = skip - 1;
    }
    return false;
  }

  /** The shallowest level holding a label of its own on a row, or 0. */
  int shallowest(int r) {
    for (int level = 1; level <= 4; level++) {
      if (levelCols[level] >= 0 && !Labels.isPlaceholder(cells.text(r, levelCols[level]))) {
        return level;
      }
    }
    return 0;
  }

  /** A 合计 / 小计 label left of the numbers, or null. */
  Found totalLabel(int r) {
    for (int c = 0; c < Math.min(numbersFrom, grid.lastCol() + 1); c++) {
      String t = cells.text(r, c);
      if (!t.isEmpty()) {
        TotalLabels.Label label = TotalLabels.read(Text.compact(t));
        if (label != null) {
          return new Found(c, label);
        }
      }
    }
    return null;
  }

  /** Whether indicator rows (or a later 合计) come after row {@code r}, making it a 小计 rather than the total. */
  boolean indicatorsFollow(int r) {
    int looked = 0;
    for (int n = r + 1; n <= grid.lastRow() && looked < FOLLOW_ROWS; n++) {
      if (blankRow(n)) {
        continue;
      }
      if (footer(n) || repeatedHeaderEnd(n) != n) {
        return false;
      }
      if (totalLabel(n) != null || shallowest(n) > 0 && hasNumbers(n)) {
        return true;
      }
      looked++;
    }
    return false;
  }

  /**
   * What the next row with content after {@code r} starts: 0 for the end of the table (a total, a footer or
   * nothing), -1 for another 小计, else the shallowest level holding a label.
   */
  int nextLevel(int r) {
    for (int n = r + 1; n <= grid.lastRow(); n++) {
      if (blankRow(n)) {
        continue;
      }
      Found f = totalLabel(n);
      if (f != null) {
        return f.label().kind() == TotalLabels.Kind.SUBTOTAL || indicatorsFollow(n) ? -1 : 0;
      }
      if (footer(n)) {
        return 0;
      }
      int shallow = shallowest(n);
      if (shallow > 0) {
        return shallow;
      }
    }
    return 0;
  }

  TotalRow numbersRow(int r, int labelCol) {
    return new TotalRow(r, labelCol, cells.amount(r, weightCol), cells.amount(r, scoreCol), cells.amount(r, rateCol),
        cells.amount(r, reviewerCol));
  }

  /**
   * Whether a row holds anything in its weight, score, rate or reviewer's cells other than nothing or a filler
   * ({@code —}, {@code /}): a row without is no indicator unless its name says it is one.
   */
  boolean hasValues(int r) {
    return !cells.emptyValue(r, weightCol) || !cells.emptyValue(r, scoreCol) || !cells.emptyValue(r, rateCol)
        || !cells.emptyValue(r, reviewerCol);
  }

  /** Whether a row states a target or an actual value (anything but a filler). */
  boolean hasTargets(int r) {
    for (Column c : List.of(Column.BENCHMARK, Column.ACTUAL)) {
      Integer col = header.columns().get(c);
      if (col != null && !Remnants.isFiller(cells.text(r, col))) {
        return true;
      }
    }
    return false;
  }

  /** Whether every cell of the row within the table holds nothing or a filler ({@code -}, {@code ……}, {@code /}). */
  boolean onlyFillers(int r) {
    for (int c = 0, last = header.lastCol(); c <= last; c++) {
      if (!Remnants.isFiller(cells.text(r, c))) {
        return false;
      }
    }
    return true;
  }

  boolean hasNumbers(int r) {
    return !cells.blank(r, weightCol) || !cells.blank(r, scoreCol);
  }

  /** Blank within the table's columns: stray cells far to the right neither extend nor end the table. */
  boolean blankRow(int r) {
    for (int c = 0, last = header.lastCol(); c <= last; c++) {
      if (!cells.blank(r, c)) {
        return false;
      }
    }
    return true;
  }

  /** Signature lines and notes after a table without a 合计 row. */
  boolean footer(int r) {
    for (int c = 0, last = header.lastCol(); c <= last; c++) {
      if (cells.blank(r, c)) {
        continue;
      }
      String t = Text.compact(cells.text(r, c));
      if (FOOTER_WORDS.stream().anyMatch(t::startsWith)) {
        return true;
      }
      Grid.Region g = grid.region(r, c);
      return g != null && g.lastCol() >= numbersFrom && g.lastCol() > g.firstCol() + 1 && onlyCell(r, c);
    }
    return false;
  }

  private boolean onlyCell(int r, int col) {
    for (int c = col + 1; c <= grid.lastCol(); c++) {
      if (!cells.blank(r, c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The block a header row opens: a label left of the level columns that states a weight ({@code 年度绩效目标（80分）},
   * merged down over the block), or null. A label without a weight ({@code 绩效指标}) opens no block.
   */
  Declared.Section sectionAt(int r) {
    int first = levelCols[firstLevel()];
    for (int c = 0; c < first; c++) {
      String t = cells.text(r, c);
      if (t.isEmpty() || HeaderNames.match(t) != null) {
        continue;
      }
      Labels.Named n = Labels.named(t);
      if (n.declared() != null) {
        Grid.Region g = grid.region(r, c);
        return new Declared.Section(n.name(), n.declared(), r, c, g == null ? r : g.lastRow());
      }
    }
    return null;
  }

  /** A 合计-like label found on a row, and its column. */
  record Found(int col, TotalLabels.Label label) {}
}
