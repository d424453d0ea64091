package org.evalsheet.read.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Declared;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.Scale;
import org.evalsheet.model.Text;
import org.evalsheet.model.TotalRow;
import org.evalsheet.read.grid.Grid;
import org.evalsheet.read.table.Drafts.GroupDraft;
import org.evalsheet.read.table.Drafts.LeafDraft;

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
  record Body(List<Group> groups, List<Indicator> indicators, TotalRow total, int lastRow, Scale scale,
      Declared declared) {}


  private final TableCells cells;
  private final Grid grid;
  private final HeaderFinder.Header header;
  private final TableRows rows;
  private final String[] current = new String[5];
  private final GroupDraft[] open = new GroupDraft[5];
  private final List<GroupDraft> groups = new ArrayList<>();
  private final List<LeafDraft> leaves = new ArrayList<>();
  private final List<Integer> groupRows = new ArrayList<>();
  /** The blocks the indicators are split into (年度绩效目标（80分）), in sheet order. */
  private final List<Declared.Section> sections = new ArrayList<>();
  /** Rows the template left (指标2：, ……, an empty category) and 其中 rows under a scored indicator. */
  private final List<Integer> templateRows = new ArrayList<>();
  private final List<Integer> detailRows = new ArrayList<>();
  private boolean targetsJoined;
  /** What the last rows read belong to (a leaf, or a group's own row), which a continuation row joins; or null. */
  private Object lastItem;

  RowWalker(TableCells cells, HeaderFinder.Header header) {
    this.cells = cells;
    this.grid = cells.grid();
    this.header = header;
    this.rows = new TableRows(cells, header);
  }

  Body walk() {
    TotalRow total = null;
    ClosingRow closing = null;
    section(header.row());
    for (int r = header.firstDataRow(); r <= grid.lastRow(); r++) {
      TableRows.Found label = rows.totalLabel(r);
      if (label != null) {
        if (closesTable(label, r)) {
          closing = new ClosingRow(cells, rows, r, label.col());
          total = closing.row();
          break;
        }
        subtotal(r, label);
        continue;
      }
      if (rows.footer(r)) {
        break;
      }
      int skip = rows.repeatedHeaderEnd(r);
      if (skip == -1) {
        break;
      }
      if (skip > r) {
        if (section(r)) {
          // A block of its own under a header of its own: its groups start afresh.
          java.util.Arrays.fill(current, null);
          java.util.Arrays.fill(open, null);
          lastItem = null;
        }
        r = skip - 1;
      } else if (!rows.blankRow(r)) {
        row(r);
      }
    }
    Scale scale = scale();
    noteGroupRows();
    noteSkipped();
    groups.removeIf(g -> g.declared == null && g.ownRow == null && g.subtotal == null
        && leaves.stream().noneMatch(l -> g.contains(l)));
    int last = total != null ? total.row() : lastReadRow();
    Declared declared = new Declared(closeSections(last), closing == null ? null : closing.grade(),
        closing == null ? null : closing.scoreCell());
    return new Body(groups.stream().map(g -> g.group(scale)).toList(),
        leaves.stream().map(l -> l.indicator(scale)).toList(), WeightScale.row(total, scale), last, scale, declared);
  }

  /** Starts a block when the header at {@code r} has a weighted label left of its levels; whether it did. */
  private boolean section(int r) {
    Declared.Section s = rows.sectionAt(r);
    if (s == null) {
      return false;
    }
    sections.add(s);
    return true;
  }

  /** The blocks, each ending where the next begins or the table ends when its label is not merged down. */
  private List<Declared.Section> closeSections(int lastRow) {
    List<Declared.Section> out = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      Declared.Section s = sections.get(i);
      int end = i + 1 < sections.size() ? sections.get(i + 1).row() - 1 : lastRow;
      int last = s.lastRow() > s.row() ? Math.min(s.lastRow(), end) : end;
      out.add(new Declared.Section(s.name(), s.declaredWeight(), s.row(), s.col(), last));
    }
    return out;
  }



  private void row(int r) {
    String[] own = new String[5];
    int deepest = 0;
    for (int level = 1; level <= 4; level++) {
      String t = rows.levelCol(level) < 0 ? "" : cells.text(r, rows.levelCol(level));
      if (!Labels.isPlaceholder(t)) {
        own[level] = t;
        deepest = level;
      }
    }
    if (deepest == 0) {
      noName(r);
      return;
    }
    if (deepest == 1 && rows.numberedPart(r)) {
      part(r, own[1]);
      return;
    }
    if (deepest == 1 && open[1] != null && groupRows.contains(open[1].row) && rows.numberedItem(r)) {
      addLeaf(r, Labels.named(own[1]).name(), 2, rows.levelCol(1));
      return;
    }
    boolean groupRow = rows.groupRow(r, deepest);
    // A category the template lists with nothing under it (生态效益指标), or a group label repeated on a row of its
    // own: a group (when new) with no leaf, never a leaf.
    boolean category = !groupRow && deepest < header.deepestLevel() && !rows.hasValues(r) && !rows.hasTargets(r);
    boolean changed = false;
    for (int level = 1; level <= (groupRow || category ? deepest : deepest - 1); level++) {
      if (own[level] == null) {
        continue;
      }
      Labels.Named n = Labels.named(own[level]);
      if (!changed && n.name().equals(current[level]) && open[level] != null) {
        continue;
      }
      BigDecimal declared = n.declared() != null ? n.declared() : rows.levelWeight(r, level);
      startGroup(level, n.name(), declared, r);
      changed = true;
    }
    if (category) {
      templateRows.add(r);
      touchGroups(r);
      return;
    }
    if (groupRow) {
      GroupDraft g = open[deepest];
      if (rows.hasNumbers(r)) {
        g.ownRow = rows.numbersRow(r, rows.levelCol(deepest));
      }
      groupRows.add(r);
      lastItem = g;
      return;
    }
    Labels.Named named = Labels.named(own[deepest]);
    String name = named.name();
    if (lastItem instanceof LeafDraft last && sharesNumbers(last, r)) {
      extend(last, r);
      cells.note(Finding.info(Code.SHARED_SCORE, cells.ref(r, rows.levelCol(deepest)), "第 " + (r + 1) + " 行“" + name
          + "”与第 " + (last.row + 1) + " 行“" + last.name() + "”共用一个合并的得分单元格，按一项指标读取"));
      return;
    }
    if (!rows.hasValues(r) && named.declared() == null) {
      if (Remnants.isTemplateName(name)) {
        templateRows.add(r);
        touchGroups(r);
        return;
      }
      if (Remnants.isDetail(name) && lastItem instanceof LeafDraft last) {
        detailRows.add(r);
        last.lastRow = r;
        touchGroups(r);
        return;
      }
    }
    addLeaf(r, name, deepest, rows.levelCol(deepest));
    if (rows.weightCol == null && named.declared() != null) {
      // No 分值 column: a leaf's own label may state its weight (相关性（5分）).
      BigDecimal w = named.declared();
      ((LeafDraft) lastItem).weight = new Amount(Amount.Kind.NUMBER, w, org.evalsheet.model.Decimals.format(w), false);
    }
  }



  /** {@code 一、评价前期工作组情况 | 30 | | 29}: a part of an outline scoring table, its numbers its own row's. */
  private void part(int r, String label) {
    Labels.Named n = Labels.named(label);
    startGroup(1, n.name(), n.declared(), r);
    GroupDraft g = open[1];
    if (rows.hasNumbers(r)) {
      g.ownRow = rows.numbersRow(r, rows.levelCol(1));
    }
    groupRows.add(r);
    lastItem = g;
  }

  /** A row without any label: part of the leaf (or group row) above, or a leaf whose name was left out. */
  private void noName(int r) {
    if (lastItem instanceof LeafDraft last && mergedInto(last, r)) {
      extend(last, r);
      return;
    }
    if (!rows.hasValues(r) && rows.onlyFillers(r)) {
      templateRows.add(r);
      touchGroups(r);
      return;
    }
    if (!rows.hasNumbers(r)) {
      if (lastItem instanceof LeafDraft last) {
        extend(last, r);
        cells.note(Finding.info(Code.CONTINUATION_JOINED, cells.ref(r, last.nameCol),
            "第 " + (r + 1) + " 行没有指标名称、权重和得分，已作为「" + last.name() + "」的续行并入"));
      } else if (lastItem instanceof GroupDraft g) {
        touchGroups(r);
        cells.note(Finding.info(Code.CONTINUATION_JOINED, cells.ref(r, g.col),
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
    GroupDraft g = new GroupDraft(path(level), declared, r, rows.levelCol(level));
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
    leaf.weight = cells.amount(r, rows.weightCol);
    leaf.score = cells.amount(r, rows.scoreCol);
    leaf.rate = cells.amount(r, rows.rateCol);
    leaf.reviewer = cells.amount(r, rows.reviewerCol);
    for (Column c : TEXTS) {
      String t = cells.text(r, header.columns().get(c));
      if (!t.isEmpty()) {
        leaf.texts.put(c, t);
      }
    }
    String target = splitTarget(r);
    if (target != null) {
      leaf.texts.put(Column.BENCHMARK, target);
    }
    leaves.add(leaf);
    lastItem = leaf;
    touchGroups(r);
    if (grid.hidden(r)) {
      cells.note(Finding.info(Code.HIDDEN_ROW, cells.ref(r, leaf.nameCol), "第 " + (r + 1) + " 行已隐藏，仍作为指标读取"));
    }
  }

  /** Numbers with no name under them: still a leaf, so that its weight and score are counted and shown. */
  private void unnamed(int r) {
    int level = 1;
    while (level < 4 && current[level] != null) {
      level++;
    }
    int nameCol = rows.levelCol(header.deepestLevel());
    cells.note(Finding.warning(Code.NAME_MISSING, cells.ref(r, nameCol), "第 " + (r + 1) + " 行有权重或得分，但没有填写指标名称"));
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

  /**
   * The 年度指标值 of a row whose header splits it into 指标性质 | 指标值 | 度量单位 (the 一体化 export), joined as
   * one target ({@code ≧ | 735 | 人次} → {@code ≧735人次}); null when the header does not split it. Said once.
   */
  private String splitTarget(int r) {
    Integer op = header.columns().get(Column.TARGET_OP);
    Integer unit = header.columns().get(Column.TARGET_UNIT);
    if (op == null && unit == null) {
      return null;
    }
    String value = cells.text(r, header.columns().get(Column.BENCHMARK));
    String joined = cells.text(r, op) + value + (value.isEmpty() ? "" : cells.text(r, unit));
    if (!targetsJoined) {
      targetsJoined = true;
      cells.note(Finding.info(Code.TARGET_COLUMNS_JOINED, cells.ref(header.row(), op != null ? op : unit),
          "年度指标值分成“指标性质 | 指标值 | 度量单位”几列填写，按合在一起的目标值读取（如“" + (joined.isEmpty() ? "≥95%"
              : joined) + "”）"));
    }
    return joined.isEmpty() ? null : joined;
  }

  /** Whether row {@code r}'s 得分 (or 分值) cell is merged into the one of the leaf's first row. */
  private boolean sharesNumbers(LeafDraft leaf, int r) {
    for (Integer col : new Integer[] {rows.scoreCol, rows.weightCol}) {
      if (col != null) {
        Grid.Region g = grid.region(r, col);
        if (g != null && g.firstRow() == leaf.row && g.firstRow() < r) {
          return true;
        }
      }
    }
    return false;
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


  /** Whether a 合计-like row closes the table: it names no open group, and no indicator row follows it. */
  private boolean closesTable(TableRows.Found found, int r) {
    TotalLabels.Label label = found.label();
    return switch (label.kind()) {
      case SUBTOTAL -> false;
      case NAMED_TOTAL -> named(label.group()) == null && !rows.indicatorsFollow(r);
      case TOTAL -> !rows.indicatorsFollow(r);
    };
  }


  private void subtotal(int r, TableRows.Found found) {
    TotalRow row = rows.numbersRow(r, found.col());
    GroupDraft g = new Subtotals(this).owner(r, found.label(), row);
    lastItem = null;
    if (g == null) {
      cells.note(Finding.warning(Code.SUBTOTAL_WITHOUT_GROUP, cells.ref(r, found.col()),
          "第 " + (r + 1) + " 行“" + Text.compact(cells.text(r, found.col())) + "”之前没有可对应的分组，未核对"));
      return;
    }
    g.subtotal = row;
    touchGroups(r);
    cells.note(Finding.info(Code.SUBTOTAL_ROW, cells.ref(r, found.col()), "第 " + (r + 1) + " 行“"
        + cells.text(r, found.col()) + "”是" + Group.levelName(g.level()) + "指标“" + g.name()
        + "”的小计：按其下级指标核对，不计入合计"));
  }

  /** The open group whose name is {@code name} (spacing aside), innermost first, or null. */
  GroupDraft named(String name) {
    String key = Text.compact(name);
    for (int level = 4; level >= 1; level--) {
      if (open[level] != null && Text.compact(open[level].name()).equals(key)) {
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

  TableRows rows() {
    return rows;
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
      l.notApplicable = NotApplicable.decide(l, cells, rows.scoreCol != null ? rows.scoreCol : rows.weightCol);
      if (l.weight.isNumber()) {
        rawSum = rawSum.add(l.weight.value());
      }
      if (!l.notApplicable) {
        pairs.add(new WeightScale.Pair(l.weight, l.score));
      }
    }
    Scale scale = WeightScale.detect(pairs);
    String said = WeightScale.describe(scale, header.weightPercent(), rawSum);
    if (said != null && rows.weightCol != null && !leaves.isEmpty()) {
      cells.note(Finding.info(Code.WEIGHT_SCALE, cells.ref(header.row(), rows.weightCol), said));
    }
    return scale;
  }

  /** One note for the template's rows and one for the 其中 rows, each listing the rows left out. */
  private void noteSkipped() {
    if (!templateRows.isEmpty()) {
      int first = templateRows.get(0);
      cells.note(Finding.info(Code.TEMPLATE_ROWS_SKIPPED, cells.ref(first, nameColumn(first)), "第 "
          + Remnants.rows(templateRows, LISTED_ROWS) + " 行是表样中没有使用的行（“指标1：”“……”、下面没有指标的类别等），"
          + "不作为指标，共 " + templateRows.size() + " 行"));
    }
    if (!detailRows.isEmpty()) {
      int first = detailRows.get(0);
      cells.note(Finding.info(Code.DETAIL_ROWS, cells.ref(first, nameColumn(first)), "第 "
          + Remnants.rows(detailRows, LISTED_ROWS) + " 行以“其中”开头，是上一项指标的细分，没有分值和得分，不作为末级指标"));
    }
  }

  /** The column where a row's deepest label stands, else the deepest level's column. */
  private int nameColumn(int r) {
    for (int level = 4; level >= 1; level--) {
      int c = rows.levelCol(level);
      if (c >= 0 && !cells.text(r, c).isEmpty()) {
        return c;
      }
    }
    return Math.max(0, rows.levelCol(header.deepestLevel()));
  }

  /** One note for all outline group rows: which rows were read as groups, not leaves. */
  private void noteGroupRows() {
    if (groupRows.isEmpty()) {
      return;
    }
    StringBuilder listed = new StringBuilder();
    for (int i = 0; i < Math.min(LISTED_ROWS, groupRows.size()); i++) {
      listed.append(i == 0 ? "" : "、").append(groupRows.get(i) + 1);
    }
    if (groupRows.size() > LISTED_ROWS) {
      listed.append(" 等 ").append(groupRows.size());
    }
    int first = groupRows.get(0);
    GroupDraft g = groups.stream().filter(d -> d.row == first).findFirst().orElseThrow();
    cells.note(Finding.info(Code.GROUP_ROWS, cells.ref(first, g.col), "第 " + listed + " 行只有分组名称（下级指标列为空），"
        + "按分组行读取：不计为末级指标，所填权重和得分与其下级指标之和核对"));
  }
}
