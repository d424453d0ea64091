package org.evalsheet.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.TotalRow;

/**
 * Walks the rows under a header and builds the hierarchy (指标层级): groups from the level labels, a leaf at the
 * deepest filled level of each row, continuation rows joined to the leaf above, up to the 合计 row.
 */
final class RowWalker {

  /** The columns whose text is kept with each leaf. */
  private static final List<Column> TEXTS =
      List.of(Column.EXPLANATION, Column.BENCHMARK, Column.ACTUAL, Column.RULE, Column.REMARK);

  private static final Pattern TOTAL = Pattern.compile("^(合计|总计|总分|合计得分|总得分|得分合计)(\\(.*\\))?:?$");
  private static final List<String> FOOTER_WORDS = List.of("填表人", "填报人", "审核人", "负责人", "单位负责人",
      "联系人", "联系电话", "填表日期", "填报日期", "日期:", "注:", "说明:", "备注:", "评价人", "签字", "签名", "盖章");

  /**
   * The table body.
   *
   * @param groups every group, in sheet order
   * @param indicators every leaf, in sheet order
   * @param total the 合计 row or null
   * @param lastRow the last row of the table, or -1 when it has no rows
   */
  record Body(List<Group> groups, List<Indicator> indicators, TotalRow total, int lastRow) {}

  private final TableCells cells;
  private final Grid grid;
  private final HeaderFinder.Header header;
  private final Integer weightCol;
  private final Integer scoreCol;
  /** The first of the 权重 and 得分 columns: labels such as 合计 sit left of it. */
  private final int numbersFrom;
  private final String[] current = new String[5];
  private final GroupDraft[] open = new GroupDraft[5];
  private final List<GroupDraft> groups = new ArrayList<>();
  private final List<LeafDraft> leaves = new ArrayList<>();

  RowWalker(TableCells cells, HeaderFinder.Header header) {
    this.cells = cells;
    this.grid = cells.grid();
    this.header = header;
    this.weightCol = header.columns().get(Column.WEIGHT);
    this.scoreCol = header.columns().get(Column.SCORE);
    this.numbersFrom = Math.min(weightCol == null ? Integer.MAX_VALUE : weightCol,
        scoreCol == null ? Integer.MAX_VALUE : scoreCol);
  }

  Body walk() {
    TotalRow total = null;
    for (int r = header.firstDataRow(); r <= grid.lastRow(); r++) {
      total = total(r);
      if (total != null || footer(r)) {
        break;
      }
      var again = HeaderFinder.at(grid, r);
      if (again.isPresent()) {
        // A header repeated on each printed page (pasted from PDF) is skipped; any other header starts a new table.
        if (!again.get().columns().equals(header.columns())) {
          break;
        }
        r = again.get().firstDataRow() - 1;
      } else if (!blankRow(r)) {
        row(r);
      }
    }
    int last = total != null ? total.row() : leaves.isEmpty() ? -1 : leaves.get(leaves.size() - 1).lastRow;
    return new Body(groups.stream().map(GroupDraft::group).toList(),
        leaves.stream().map(LeafDraft::indicator).toList(), total, last);
  }

  private void row(int r) {
    String[] own = new String[5];
    int deepest = 0;
    for (int level = 1; level <= 4; level++) {
      String t = cells.text(r, header.columns().get(Column.level(level)));
      if (!Labels.isPlaceholder(t)) {
        own[level] = t;
        deepest = level;
      }
    }
    LeafDraft last = leaves.isEmpty() ? null : leaves.get(leaves.size() - 1);
    boolean numbers = !cells.blank(r, weightCol) || !cells.blank(r, scoreCol);
    if (deepest == 0) {
      if (last != null && mergedInto(last, r)) {
        extend(last, r);
        return;
      }
      if (!numbers) {
        if (last != null) {
          extend(last, r);
          cells.note(Finding.info("CONTINUATION_JOINED", cells.ref(r, last.nameCol),
              "第 " + (r + 1) + " 行没有指标名称、权重和得分，已作为「" + last.path.get(last.path.size() - 1) + "」的续行并入"));
        }
        return;
      }
      unnamed(r);
      return;
    }
    boolean changed = false;
    for (int level = 1; level < deepest; level++) {
      if (own[level] == null) {
        continue;
      }
      Labels.Named n = Labels.named(own[level]);
      if (!changed && n.name().equals(current[level]) && open[level] != null) {
        continue;
      }
      startGroup(level, n.name(), n.declared(), r);
      changed = true;
    }
    addLeaf(r, Labels.named(own[deepest]).name(), deepest, header.columns().get(Column.level(deepest)));
  }

  private void startGroup(int level, String name, BigDecimal declared, int r) {
    current[level] = name;
    for (int k = level + 1; k <= 4; k++) {
      current[k] = null;
      open[k] = null;
    }
    GroupDraft g = new GroupDraft(path(level), declared, r, header.columns().get(Column.level(level)));
    open[level] = g;
    groups.add(g);
  }

  private void addLeaf(int r, String name, int level, int nameCol) {
    List<String> path = path(level - 1);
    path.add(name);
    for (int k = level; k <= 4; k++) {
      current[k] = null;
      open[k] = null;
    }
    LeafDraft leaf = new LeafDraft(path, r, nameCol);
    leaf.weight = cells.amount(r, weightCol);
    leaf.score = cells.amount(r, scoreCol);
    leaf.rate = cells.amount(r, header.columns().get(Column.RATE));
    for (Column c : TEXTS) {
      String t = cells.text(r, header.columns().get(c));
      if (!t.isEmpty()) {
        leaf.texts.put(c, t);
      }
    }
    leaves.add(leaf);
    touchGroups(r);
    if (grid.hidden(r)) {
      cells.note(Finding.info("HIDDEN_ROW", cells.ref(r, leaf.nameCol), "第 " + (r + 1) + " 行已隐藏，仍作为指标读取"));
    }
  }

  /** Numbers with no name under them: still a leaf, so that its weight and score are counted and shown. */
  private void unnamed(int r) {
    int level = 1;
    while (level < 4 && current[level] != null) {
      level++;
    }
    int nameCol = header.columns().get(Column.level(header.deepestLevel()));
    cells.note(Finding.warning("NAME_MISSING", cells.ref(r, nameCol), "第 " + (r + 1) + " 行有权重或得分，但没有填写指标名称"));
    addLeaf(r, "（第" + (r + 1) + "行未填指标名称）", level, nameCol);
  }

  /** Joins a row's texts to a leaf and stretches the leaf (and its groups) over it. */
  private void extend(LeafDraft leaf, int r) {
    for (Column c : TEXTS) {
      String t = cells.text(r, header.columns().get(c));
      if (!t.isEmpty()) {
        leaf.texts.merge(c, t, (a, b) -> a + "\n" + b);
      }
    }
    leaf.lastRow = r;
    touchGroups(r);
  }

  private void touchGroups(int r) {
    for (GroupDraft g : open) {
      if (g != null) {
        g.lastRow = Math.max(g.lastRow, r);
      }
    }
  }

  /** Whether row {@code r} lies under the leaf's merged name cell. */
  private boolean mergedInto(LeafDraft leaf, int r) {
    Grid.Region g = grid.region(r, leaf.nameCol);
    return g != null && g.firstRow() == leaf.row && g.firstCol() == leaf.nameCol;
  }

  private List<String> path(int depth) {
    List<String> p = new ArrayList<>();
    for (int k = 1; k <= depth; k++) {
      if (current[k] != null) {
        p.add(current[k]);
      }
    }
    return p;
  }

  /** Whether a compacted label is a 合计 label; every one starts with 合, 总 or 得, so most cells skip the regex. */
  private static boolean isTotal(String key) {
    char first = key.isEmpty() ? 0 : key.charAt(0);
    return (first == '合' || first == '总' || first == '得') && TOTAL.matcher(key).matches();
  }

  /** The 合计 row: a 合计/总计/总分 label left of the numbers. */
  private TotalRow total(int r) {
    for (int c = 0; c < Math.min(numbersFrom, grid.lastCol() + 1); c++) {
      String t = cells.text(r, c);
      if (!t.isEmpty() && isTotal(Labels.compact(t))) {
        return new TotalRow(r, c, cells.amount(r, weightCol), cells.amount(r, scoreCol),
            cells.amount(r, header.columns().get(Column.RATE)));
      }
    }
    return null;
  }

  /** Blank within the table's columns: stray cells far to the right neither extend nor end the table. */
  private boolean blankRow(int r) {
    for (int c = 0, last = header.lastCol(); c <= last; c++) {
      if (!cells.blank(r, c)) {
        return false;
      }
    }
    return true;
  }

  /** Signature lines and notes after a table without a 合计 row. */
  private boolean footer(int r) {
    for (int c = 0, last = header.lastCol(); c <= last; c++) {
      if (cells.blank(r, c)) {
        continue;
      }
      String t = Labels.compact(cells.text(r, c));
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

  /** A group while its rows are being read. */
  private static final class GroupDraft {
    final List<String> path;
    final BigDecimal declared;
    final int row;
    final int col;
    int lastRow;

    GroupDraft(List<String> path, BigDecimal declared, int row, int col) {
      this.path = path;
      this.declared = declared;
      this.row = row;
      this.col = col;
      this.lastRow = row;
    }

    Group group() {
      return new Group(path.size(), path, declared, row, col, lastRow);
    }
  }

  /** A leaf while continuation rows may still be joined to it. */
  private static final class LeafDraft {
    final List<String> path;
    final int row;
    final int nameCol;
    final Map<Column, String> texts = new EnumMap<>(Column.class);
    Amount weight = Amount.BLANK;
    Amount score = Amount.BLANK;
    Amount rate = Amount.BLANK;
    int lastRow;

    LeafDraft(List<String> path, int row, int nameCol) {
      this.path = path;
      this.row = row;
      this.nameCol = nameCol;
      this.lastRow = row;
    }

    Indicator indicator() {
      return new Indicator(path, row, lastRow, nameCol, weight, score, rate, texts);
    }
  }
}
