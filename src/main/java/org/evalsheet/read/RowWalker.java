package org.evalsheet.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.Scale;
import org.evalsheet.model.TotalRow;
import org.evalsheet.read.Drafts.GroupDraft;
import org.evalsheet.read.Drafts.LeafDraft;

/**
 * Walks the rows under a header and builds the hierarchy (指标层级) from what the table itself shows, whichever way it
 * was laid out: group labels merged over their leaves, standing on rows of their own (outline: a label whose deeper
 * level cells are empty, the rows below going deeper, is a group row, never a leaf), repeated on every row (flat),
 * or closed by 小计 rows; a leaf at the deepest filled level of each other row; continuation rows joined to the leaf
 * above; up to the last 合计 row. The numbers are then brought to points ({@link WeightScale}).
 */
final class RowWalker {

  /** The columns whose text is kept with each leaf. */
  private static final List<Column> TEXTS =
      List.of(Column.EXPLANATION, Column.BENCHMARK, Column.ACTUAL, Column.RULE, Column.REMARK);

  private static final List<String> FOOTER_WORDS = List.of("填表人", "填报人", "审核人", "负责人", "单位负责人",
      "联系人", "联系电话", "填表日期", "填报日期", "日期:", "注:", "说明:", "备注:", "评价人", "签字", "签名", "盖章");
  /** What a 实际完成值 or 备注 says when a leaf does not apply and its 得分 is left empty. */
  private static final List<String> NOT_APPLICABLE_WORDS =
      List.of("不适用", "不涉及", "无此项", "不考核", "未涉及", "本项不适用", "本年度不涉及", "本年不涉及");
  private static final int FOLLOW_ROWS = 3;
  private static final int LISTED_ROWS = 10;

  /**
   * The table body.
   *
   * @param groups every group, in sheet order
   * @param indicators every leaf, in sheet order, in points
   * @param total the 合计 row or null
   * @param lastRow the last row of the table, or -1 when it has no rows
   * @param scale how the sheet wrote its weights
   */
  record Body(List<Group> groups, List<Indicator> indicators, TotalRow total, int lastRow, Scale scale) {}

  /** A 合计-like label found on a row, and its column. */
  private record Found(int col, TotalLabels.Label label) {}

  private final TableCells cells;
  private final Grid grid;
  private final HeaderFinder.Header header;
  private final Integer weightCol;
  private final Integer scoreCol;
  private final Integer rateCol;
  private final Integer reviewerCol;
  private final int[] levelCols = new int[5];
  /** The first of the 权重 and 得分 columns: labels such as 合计 sit left of it. */
  private final int numbersFrom;
  private final String[] current = new String[5];
  private final GroupDraft[] open = new GroupDraft[5];
  private final List<GroupDraft> groups = new ArrayList<>();
  private final List<LeafDraft> leaves = new ArrayList<>();
  private final List<Integer> groupRows = new ArrayList<>();
  /** What the last rows read belong to (a leaf, or a group's own row), which a continuation row joins; or null. */
  private Object lastItem;

  RowWalker(TableCells cells, HeaderFinder.Header header) {
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

  Body walk() {
    TotalRow total = null;
    for (int r = header.firstDataRow(); r <= grid.lastRow(); r++) {
      Found label = totalLabel(r);
      if (label != null) {
        if (closesTable(label, r)) {
          total = numbersRow(r, label.col());
          break;
        }
        subtotal(r, label);
        continue;
      }
      if (footer(r)) {
        break;
      }
      int skip = repeatedHeaderEnd(r);
      if (skip == -1) {
        break;
      }
      if (skip > r) {
        r = skip - 1;
      } else if (!blankRow(r)) {
        row(r);
      }
    }
    Scale scale = scale();
    noteGroupRows();
    int last = total != null ? total.row() : lastReadRow();
    return new Body(groups.stream().map(g -> g.group(scale)).toList(),
        leaves.stream().map(l -> l.indicator(scale)).toList(), WeightScale.row(total, scale), last, scale);
  }

  /**
   * The first data row after a header repeated on a printed page (pasted from PDF), {@code r} itself when row
   * {@code r} is no header, or -1 when another header starts a new table. Only a row whose first level cell is a
   * level heading is looked at closely.
   */
  private int repeatedHeaderEnd(int r) {
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

  private void row(int r) {
    String[] own = new String[5];
    int deepest = 0;
    for (int level = 1; level <= 4; level++) {
      String t = levelCols[level] < 0 ? "" : cells.text(r, levelCols[level]);
      if (!Labels.isPlaceholder(t)) {
        own[level] = t;
        deepest = level;
      }
    }
    if (deepest == 0) {
      noName(r);
      return;
    }
    boolean groupRow = groupRow(r, deepest);
    boolean changed = false;
    for (int level = 1; level <= (groupRow ? deepest : deepest - 1); level++) {
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
    if (groupRow) {
      GroupDraft g = open[deepest];
      if (hasNumbers(r)) {
        g.ownRow = numbersRow(r, levelCols[deepest]);
      }
      groupRows.add(r);
      lastItem = g;
      return;
    }
    addLeaf(r, Labels.named(own[deepest]).name(), deepest, levelCols[deepest]);
  }

  /**
   * Whether a row whose deepest label is at {@code level} is a group row: the next row with a label has its
   * shallowest label deeper than that (it lies inside this group). A label in the deepest level column is a leaf.
   */
  private boolean groupRow(int r, int level) {
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
  private int shallowest(int r) {
    for (int level = 1; level <= 4; level++) {
      if (levelCols[level] >= 0 && !Labels.isPlaceholder(cells.text(r, levelCols[level]))) {
        return level;
      }
    }
    return 0;
  }

  /** A row without any label: part of the leaf (or group row) above, or a leaf whose name was left out. */
  private void noName(int r) {
    if (lastItem instanceof LeafDraft last && mergedInto(last, r)) {
      extend(last, r);
      return;
    }
    if (!hasNumbers(r)) {
      if (lastItem instanceof LeafDraft last) {
        extend(last, r);
        cells.note(Finding.info("CONTINUATION_JOINED", cells.ref(r, last.nameCol),
            "第 " + (r + 1) + " 行没有指标名称、权重和得分，已作为「" + last.name() + "」的续行并入"));
      } else if (lastItem instanceof GroupDraft g) {
        touchGroups(r);
        cells.note(Finding.info("CONTINUATION_JOINED", cells.ref(r, g.col),
            "第 " + (r + 1) + " 行没有指标名称、权重和得分，已作为分组「" + g.name() + "」的续行并入"));
      }
      return;
    }
    unnamed(r);
  }

  private void startGroup(int level, String name, BigDecimal declared, int r) {
    current[level] = name;
    for (int k = level + 1; k <= 4; k++) {
      current[k] = null;
      open[k] = null;
    }
    GroupDraft g = new GroupDraft(path(level), declared, r, levelCols[level]);
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
    leaf.rate = cells.amount(r, rateCol);
    leaf.reviewer = cells.amount(r, reviewerCol);
    for (Column c : TEXTS) {
      String t = cells.text(r, header.columns().get(c));
      if (!t.isEmpty()) {
        leaf.texts.put(c, t);
      }
    }
    leaves.add(leaf);
    lastItem = leaf;
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
    int nameCol = levelCols[header.deepestLevel()];
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

  /** A 合计 / 小计 label left of the numbers, or null. */
  private Found totalLabel(int r) {
    for (int c = 0; c < Math.min(numbersFrom, grid.lastCol() + 1); c++) {
      String t = cells.text(r, c);
      if (!t.isEmpty()) {
        TotalLabels.Label label = TotalLabels.read(Labels.compact(t));
        if (label != null) {
          return new Found(c, label);
        }
      }
    }
    return null;
  }

  /** Whether a 合计-like row closes the table: it names no open group, and no indicator row follows it. */
  private boolean closesTable(Found found, int r) {
    TotalLabels.Label label = found.label();
    return switch (label.kind()) {
      case SUBTOTAL -> false;
      case NAMED_TOTAL -> named(label.group()) == null && !indicatorsFollow(r);
      case TOTAL -> !indicatorsFollow(r);
    };
  }

  /** Whether indicator rows (or a later 合计) come after row {@code r}, making it a 小计 rather than the total. */
  private boolean indicatorsFollow(int r) {
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

  private void subtotal(int r, Found found) {
    TotalRow row = numbersRow(r, found.col());
    GroupDraft g = new Subtotals(this).owner(r, found.label(), row);
    lastItem = null;
    if (g == null) {
      cells.note(Finding.warning("SUBTOTAL_WITHOUT_GROUP", cells.ref(r, found.col()),
          "第 " + (r + 1) + " 行“" + Labels.compact(cells.text(r, found.col())) + "”之前没有可对应的分组，未核对"));
      return;
    }
    g.subtotal = row;
    touchGroups(r);
    cells.note(Finding.info("SUBTOTAL_ROW", cells.ref(r, found.col()), "第 " + (r + 1) + " 行“"
        + cells.text(r, found.col()) + "”是" + Group.levelName(g.level()) + "指标“" + g.name()
        + "”的小计：按其下级指标核对，不计入合计"));
  }

  /** The open group whose name is {@code name} (spacing aside), innermost first, or null. */
  GroupDraft named(String name) {
    String key = Labels.compact(name);
    for (int level = 4; level >= 1; level--) {
      if (open[level] != null && Labels.compact(open[level].name()).equals(key)) {
        return open[level];
      }
    }
    return null;
  }

  /** The groups open at this point, outermost first. */
  List<GroupDraft> openGroups() {
    List<GroupDraft> out = new ArrayList<>();
    for (int level = 1; level <= 4; level++) {
      if (open[level] != null) {
        out.add(open[level]);
      }
    }
    return out;
  }

  List<LeafDraft> leaves() {
    return leaves;
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

  private TotalRow numbersRow(int r, int labelCol) {
    return new TotalRow(r, labelCol, cells.amount(r, weightCol), cells.amount(r, scoreCol), cells.amount(r, rateCol),
        cells.amount(r, reviewerCol));
  }

  private boolean hasNumbers(int r) {
    return !cells.blank(r, weightCol) || !cells.blank(r, scoreCol);
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

  private int lastReadRow() {
    int last = leaves.isEmpty() ? -1 : leaves.get(leaves.size() - 1).lastRow;
    for (GroupDraft g : groups) {
      last = Math.max(last, g.lastRow);
    }
    return last;
  }

  /** Marks the leaves that do not apply, then decides the scale over the applicable ones and says so. */
  private Scale scale() {
    List<WeightScale.Pair> pairs = new ArrayList<>();
    BigDecimal rawSum = BigDecimal.ZERO;
    for (LeafDraft l : leaves) {
      l.notApplicable = notApplicable(l);
      if (l.weight.isNumber()) {
        rawSum = rawSum.add(l.weight.value());
      }
      if (!l.notApplicable) {
        pairs.add(new WeightScale.Pair(l.weight, l.score));
      }
    }
    Scale scale = WeightScale.detect(pairs);
    String said = WeightScale.describe(scale, header.weightPercent(), rawSum);
    if (said != null && weightCol != null && !leaves.isEmpty()) {
      cells.note(Finding.info("WEIGHT_SCALE", cells.ref(header.row(), weightCol), said));
    }
    return scale;
  }

  /**
   * A leaf does not apply when its 得分 says so ({@code 不适用}, {@code /}, {@code —}) beside a weight, or is empty
   * while its 实际完成值 or 备注 says so; never when a submitted 得分率 gives its score.
   */
  private boolean notApplicable(LeafDraft l) {
    if (!l.rate.isEmpty() || l.weight.kind() == Amount.Kind.TEXT || l.weight.kind() == Amount.Kind.ERROR) {
      return false;
    }
    String why;
    if (l.score.kind() == Amount.Kind.NOT_APPLICABLE) {
      why = "得分为“" + l.score.text() + "”";
    } else if (l.score.kind() == Amount.Kind.BLANK && saysNotApplicable(l.text(Column.ACTUAL))) {
      why = "实际完成值为“" + l.text(Column.ACTUAL) + "”";
    } else if (l.score.kind() == Amount.Kind.BLANK && saysNotApplicable(l.text(Column.REMARK))) {
      why = "备注为“" + l.text(Column.REMARK) + "”";
    } else {
      return false;
    }
    Integer col = scoreCol != null ? scoreCol : weightCol;
    cells.note(Finding.info("NOT_APPLICABLE", cells.ref(l.row, col == null ? l.nameCol : col),
        "指标“" + l.name() + "”" + why + "，按不适用指标处理，不计入得分"));
    return true;
  }

  private static boolean saysNotApplicable(String text) {
    String t = Labels.compact(text);
    return !t.isEmpty() && NOT_APPLICABLE_WORDS.stream().anyMatch(t::startsWith);
  }

  /** One note for all outline group rows: which rows were read as groups, not leaves. */
  private void noteGroupRows() {
    if (groupRows.isEmpty()) {
      return;
    }
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < Math.min(LISTED_ROWS, groupRows.size()); i++) {
      rows.append(i == 0 ? "" : "、").append(groupRows.get(i) + 1);
    }
    if (groupRows.size() > LISTED_ROWS) {
      rows.append(" 等 ").append(groupRows.size());
    }
    int first = groupRows.get(0);
    GroupDraft g = groups.stream().filter(d -> d.row == first).findFirst().orElseThrow();
    cells.note(Finding.info("GROUP_ROWS", cells.ref(first, g.col), "第 " + rows + " 行只有分组名称（下级指标列为空），"
        + "按分组行读取：不计为末级指标，所填权重和得分与其下级指标之和核对"));
  }
}
