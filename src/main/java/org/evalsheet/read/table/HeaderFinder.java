package org.evalsheet.read.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Text;
import org.evalsheet.read.grid.Grid;

/**
 * Finds the indicator header (表头) in the first rows of a sheet: a row naming a level column and a weight or score
 * column, possibly continued on a second row under merged group headings ({@code 得分} over {@code 自评 | 复核}).
 */
final class HeaderFinder {
  private HeaderFinder() {}

  /** How far down a header may sit: below title, unit and cover rows. */
  static final int SEARCH_ROWS = 30;

  /**
   * A header found.
   *
   * @param row zero-based first header row
   * @param firstDataRow the row after the header (one or two rows)
   * @param columns the columns found by name
   * @param weightPercent whether the weight header says its numbers are percentages ({@code 权重(%)})
   * @param notes what the reader decided about the header on its own (a reviewer's column, a choice between two
   *     score columns), as info findings
   * @param levelWeights the 分值 column of each group level when the header has one after every level ({@code 一级指标 |
   *     分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分}): level → column; the deepest level's is the leaves' 权重
   */
  record Header(int row, int firstDataRow, Map<Column, Integer> columns, boolean weightPercent, List<Finding> notes,
      Map<Integer, Integer> levelWeights) {

    /** The deepest level column: where leaf names are written. */
    int deepestLevel() {
      for (int level = 4; level >= 1; level--) {
        if (columns.containsKey(Column.level(level))) {
          return level;
        }
      }
      throw new IllegalStateException("header without level column");
    }

    /** The last column of the table. */
    int lastCol() {
      return columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
  }

  /** The first header in the first {@link #SEARCH_ROWS} rows. */
  static Optional<Header> find(Grid grid) {
    int end = Math.min(grid.lastRow(), SEARCH_ROWS - 1);
    for (int r = 0; r <= end; r++) {
      Optional<Header> h = at(grid, r);
      if (h.isPresent()) {
        return h;
      }
    }
    return Optional.empty();
  }

  /**
   * The row of a 绩效目标申报表's header in the first rows (level columns and 指标值, but neither weight nor score),
   * or -1: such a sheet sets targets and is not a self-evaluation.
   */
  static int declarationRow(Grid grid) {
    int end = Math.min(grid.lastRow(), SEARCH_ROWS - 1);
    for (int r = 0; r <= end; r++) {
      Map<Column, Integer> c = match(grid, r, false).columns;
      boolean level = c.keySet().stream().anyMatch(HeaderFinder::isLevel);
      if (level && c.containsKey(Column.BENCHMARK) && !c.containsKey(Column.WEIGHT) && !c.containsKey(Column.SCORE)) {
        return r;
      }
    }
    return -1;
  }

  /** The header of a declaration-like row (levels and targets, no 分值 or 得分), read as it stands. */
  static Header unscored(Grid grid, int r) {
    Matched single = match(grid, r, false);
    Matched two = match(grid, r, true);
    boolean second = two.columns.size() > single.columns.size() && isHeaderLike(grid, r + 1);
    return second ? two.header(grid, r, r + 2) : single.header(grid, r, r + 1);
  }

  /** The header starting on row {@code r}, if that row is one. */
  static Optional<Header> at(Grid grid, int r) {
    Matched single = match(grid, r, false);
    if (single.columns.isEmpty()) {
      return Optional.empty();
    }
    Matched two = match(grid, r, true);
    if (two.columns.size() > single.columns.size() && qualifies(two.columns) && isHeaderLike(grid, r + 1)) {
      return Optional.of(two.header(grid, r, r + 2));
    }
    return qualifies(single.columns) ? Optional.of(single.header(grid, r, r + 1)) : Optional.empty();
  }

  private static boolean isLevel(Column c) {
    return c == Column.LEVEL1 || c == Column.LEVEL2 || c == Column.LEVEL3 || c == Column.LEVEL4;
  }

  private static boolean qualifies(Map<Column, Integer> columns) {
    boolean level = columns.keySet().stream().anyMatch(HeaderFinder::isLevel);
    return level && (columns.containsKey(Column.WEIGHT) || columns.containsKey(Column.SCORE)
        || columns.containsKey(Column.REVIEW_SCORE));
  }

  /** A second header row holds names, never numbers. */
  private static boolean isHeaderLike(Grid grid, int r) {
    for (int c = 0; c <= grid.lastCol(); c++) {
      if (grid.own(r, c).kind() == Grid.Kind.NUMBER) {
        return false;
      }
    }
    return true;
  }

  /** The columns one or two header rows name, with every other candidate for the self-score and the texts. */
  private static final class Matched {
    final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    final List<Integer> otherScores = new ArrayList<>();
    final Map<Integer, String> texts = new java.util.HashMap<>();
    final List<Integer> weights = new ArrayList<>();
    /** Cells naming the indicator column without a level ({@code 考核内容}, {@code 指标名称}). */
    final List<Integer> names = new ArrayList<>();
    boolean weightPercent;

    /** {@code 分值 | … | 分数}: where 分值 is the weight, 分数 is the score the row earned. */
    void scoreNamedAsPoints() {
      if (columns.containsKey(Column.SCORE) || weights.size() < 2) {
        return;
      }
      for (int c : weights) {
        String t = Text.compact(texts.getOrDefault(c, ""));
        if ((t.equals("分数") || t.equals("得分数") || t.equals("实得分数")) && columns.get(Column.WEIGHT) != c) {
          columns.put(Column.SCORE, c);
          weights.remove(Integer.valueOf(c));
          return;
        }
      }
    }

    /**
     * Levels for the columns named without one: with no level heading, the first is level 1, the next level 2…;
     * after 一级/二级 headings, a 指标名称 right of them is the next level.
     */
    void namedLevels() {
      int level = 0;
      int deepestCol = -1;
      if (!names.isEmpty() && weights.size() >= 2 && weights.get(0) < names.get(0)
          && columns.keySet().stream().noneMatch(HeaderFinder::isLevel)) {
        // 项目权重 | 评价内容 | 分值: the first "weight" column holds the parts' labels (项目决策 2 分).
        int labels = weights.remove(0);
        columns.put(Column.LEVEL1, labels);
        columns.put(Column.WEIGHT, weights.get(0));
        level = 1;
        deepestCol = labels;
      }
      for (int l = 1; l <= 4; l++) {
        Integer c = columns.get(Column.level(l));
        if (c != null) {
          level = l;
          deepestCol = c;
        }
      }
      for (int c : names) {
        if (c > deepestCol && level < 4) {
          level++;
          columns.put(Column.level(level), c);
          deepestCol = c;
        }
      }
    }

    void put(Column column, int c, String text) {
      texts.put(c, text);
      if (column == Column.WEIGHT) {
        weights.add(c);
      }
      if (columns.putIfAbsent(column, c) != null && column == Column.SCORE) {
        otherScores.add(c);
      }
    }

    Header header(Grid grid, int r, int firstDataRow) {
      List<Finding> notes = new ArrayList<>();
      Map<Column, Integer> cols = new EnumMap<>(columns);
      Integer reviewer = cols.get(Column.REVIEW_SCORE);
      if (reviewer != null && !cols.containsKey(Column.SCORE)) {
        // Only a reviewer's column: it is the only score the table has, and the clerk is told so.
        cols.put(Column.SCORE, cols.remove(Column.REVIEW_SCORE));
        notes.add(Finding.info(Code.SCORE_COLUMN_CHOSEN, new CellRef(grid.sheet(), r, reviewer),
            "表中只有" + quote(reviewer) + "一列得分，按该列计分"));
      } else if (reviewer != null) {
        notes.add(Finding.info(Code.REVIEWER_COLUMN, new CellRef(grid.sheet(), r, reviewer), quote(reviewer)
            + "是复核（评审）人员的评分，单独列出，不作为自评得分；自评得分取 " + quote(cols.get(Column.SCORE))));
      }
      if (!otherScores.isEmpty()) {
        int chosen = cols.get(Column.SCORE);
        StringBuilder others = new StringBuilder();
        otherScores.forEach(c -> others.append(others.length() == 0 ? "" : "、").append(quote(c)));
        notes.add(Finding.info(Code.SCORE_COLUMN_CHOSEN, new CellRef(grid.sheet(), r, chosen), quote(chosen) + "和"
            + others + "都可能是自评得分，按位置取左边的 " + quote(chosen) + "，其余列不计分"));
      }
      Map<Integer, Integer> levelWeights = levelWeights(cols);
      if (!levelWeights.isEmpty()) {
        int deepest = levelWeights.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        cols.put(Column.WEIGHT, levelWeights.get(deepest));
        notes.add(Finding.info(Code.LEVEL_WEIGHTS, new CellRef(grid.sheet(), r, levelWeights.get(deepest)),
            "表头每一级指标后都有分值列：各级分值按所在级别读取，末级指标取最深一级的分值，上级分值与其下级之和核对"));
      }
      return new Header(r, firstDataRow, cols, weightPercent, notes, levelWeights);
    }

    /** Each weight column right after a level column, when there are two or more: level → column. */
    private Map<Integer, Integer> levelWeights(Map<Column, Integer> cols) {
      Map<Integer, Integer> out = new java.util.TreeMap<>();
      if (weights.size() < 2) {
        return out;
      }
      for (int w : weights) {
        int best = 0;
        int bestCol = -1;
        for (int level = 1; level <= 4; level++) {
          Integer c = cols.get(Column.level(level));
          if (c != null && c < w && c > bestCol) {
            best = level;
            bestCol = c;
          }
        }
        if (best > 0) {
          out.putIfAbsent(best, w);
        }
      }
      return out.size() >= 2 ? out : new java.util.TreeMap<>();
    }

    private String quote(int c) {
      return org.evalsheet.model.CellRef.columnName(c) + " 列“" + Text.compact(texts.getOrDefault(c, "")) + "”";
    }
  }

  private static Matched match(Grid grid, int r, boolean withNext) {
    Matched found = new Matched();
    for (int c = 0; c <= grid.lastCol(); c++) {
      Grid.Region region = grid.region(r, c);
      boolean continuesLeft = region != null && region.firstCol() < c;
      String upper = grid.shown(r, c).text();
      Column column = null;
      String text = upper;
      if (withNext) {
        String lower = grid.coveredFromAbove(r + 1, c) ? "" : grid.shown(r + 1, c).text();
        column = HeaderNames.match(lower);
        text = lower;
        if (column != null && !upper.isEmpty() && HeaderNames.match(upper + lower) == column) {
          text = upper + "/" + lower; // 得分 over 自评 | 复核: the heading says both words
        }
        if (column == null && !lower.isEmpty()) {
          column = HeaderNames.match(upper + lower);
          text = upper + "/" + lower;
        }
      }
      if (column == null && !continuesLeft) {
        // A heading merged across columns names its first column only; the others are named by the row below.
        column = HeaderNames.match(upper);
        text = upper;
      }
      if (column != null) {
        found.put(column, c, text);
        if (column == Column.WEIGHT && HeaderNames.percent(text) && found.columns.get(Column.WEIGHT) == c) {
          found.weightPercent = true;
        }
      } else if (!continuesLeft && HeaderNames.NAME_COLUMNS.contains(Text.compact(upper))) {
        found.names.add(c);
        found.texts.put(c, upper);
      }
    }
    found.scoreNamedAsPoints();
    found.namedLevels();
    return found;
  }
}
