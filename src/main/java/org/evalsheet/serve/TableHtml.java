package org.evalsheet.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Severity;
import org.evalsheet.model.TotalRow;
import org.evalsheet.review.LeafReview;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.LeafScore;
import org.evalsheet.score.TableResult;

/**
 * An indicator table drawn as HTML (指标表): level labels merged over their leaves as on the sheet, 权重, 得分 and
 * the 得分率 the filled copy writes, the 合计 row; each cell an error or warning concerns is shaded as the filled
 * copy shades it (errors light red, warnings light yellow) and the findings stand beside their row. Every text
 * comes from the workbook and is escaped by {@link Html}.
 */
final class TableHtml {
  /** The findings that concern one rendered row, and which of its cells they shade. */
  private static final class RowFindings {
    final List<Finding> findings = new ArrayList<>();
    final Map<Integer, Severity> cells = new HashMap<>();

    void add(Finding f, int col) {
      findings.add(f);
      cells.merge(col, f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
  }

  private final TableResult result;
  private final IndicatorTable table;
  private final String prefix;
  private final Map<Indicator, RowFindings> leafFindings = new IdentityHashMap<>();
  private final Map<Group, RowFindings> groupFindings = new IdentityHashMap<>();
  private final RowFindings totalFindings = new RowFindings();
  private final List<Finding> elsewhere = new ArrayList<>();
  private final java.util.Set<String> ids = new java.util.HashSet<>();

  private TableHtml(TableResult result, String prefix) {
    this.result = result;
    this.table = result.table();
    this.prefix = prefix;
    place();
  }

  /**
   * Writes the table.
   *
   * @param prefix makes the cells' ids unique on the page ({@code t0})
   * @return the errors and warnings that concern no drawn cell (listed by the caller above the table)
   */
  static List<Finding> write(Html h, TableResult result, String prefix) {
    TableHtml t = new TableHtml(result, prefix);
    t.draw(h);
    return t.elsewhere;
  }

  /** The id of a finding's cell on the page, for links from the list of findings. */
  static String cellId(String prefix, CellRef c) {
    return prefix + "-" + c.a1();
  }

  private void place() {
    for (Finding f : result.findings()) {
      if (f.severity() == Severity.INFO) {
        continue;
      }
      CellRef c = f.cell();
      if (c == null || !c.sheet().equals(table.sheet())) {
        elsewhere.add(f);
        continue;
      }
      RowFindings row = labelOf(c);
      row = row != null ? row : rowOf(c.row());
      if (row == null) {
        elsewhere.add(f);
      } else {
        row.add(f, c.col());
      }
    }
  }

  /** A group's label cell (merged over its leaves, so its row is also a leaf's row). */
  private RowFindings labelOf(CellRef c) {
    for (Group g : table.groups()) {
      if (g.row() == c.row() && g.col() == c.col()) {
        return groupFindings.computeIfAbsent(g, k -> new RowFindings());
      }
    }
    return null;
  }

  private RowFindings rowOf(int row) {
    for (Indicator i : table.indicators()) {
      if (row >= i.row() && row <= i.lastRow()) {
        return leafFindings.computeIfAbsent(i, k -> new RowFindings());
      }
    }
    for (Group g : table.groups()) {
      if (row == g.row() || g.subtotal() != null && row == g.subtotal().row()) {
        return groupFindings.computeIfAbsent(g, k -> new RowFindings());
      }
    }
    return table.total() != null && row == table.total().row() ? totalFindings : null;
  }

  private void draw(Html h) {
    List<Indicator> leaves = table.indicators();
    int depth = Math.max(1, leaves.stream().mapToInt(Indicator::level).max().orElse(1));
    boolean review = result.review().applies();
    boolean reviewer = table.has(Column.REVIEW_SCORE);
    Evaluation e = result.evaluation();
    Map<Indicator, LeafScore> scores = new IdentityHashMap<>();
    if (e != null) {
      e.leaves().forEach(l -> scores.put(l.indicator(), l));
    }
    Map<Indicator, LeafReview> reviews = new IdentityHashMap<>();
    result.review().leaves().forEach(l -> reviews.put(l.indicator(), l));

    h.open("div", "class", "scroll").open("table", "class", "grid sheet")
        .el("caption", "指标表 " + table.sheet(), "class", "sr-only").open("thead").open("tr");
    h.el("th", "行", "scope", "col", "class", "num");
    for (int level = 1; level <= depth; level++) {
      h.el("th", Column.level(level).label(), "scope", "col");
    }
    h.el("th", "权重", "scope", "col", "class", "num");
    if (review) {
      h.el("th", "年度指标值", "scope", "col").el("th", "实际完成值", "scope", "col");
    }
    h.el("th", "得分", "scope", "col", "class", "num").el("th", "得分率", "scope", "col", "class", "num");
    if (reviewer) {
      h.el("th", "复核得分", "scope", "col", "class", "num");
    }
    h.el("th", "问题", "scope", "col").close("tr").close("thead").open("tbody");

    java.util.Set<Group> drawnGroups = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Map<List<String>, Group> groups = new LinkedHashMap<>();
    table.groups().forEach(g -> groups.putIfAbsent(g.path(), g));
    for (int n = 0; n < leaves.size(); n++) {
      Indicator i = leaves.get(n);
      List<Finding> beside = new ArrayList<>();
      h.open("tr");
      h.el("td", Integer.toString(i.row() + 1), "class", "rownum");
      for (int k = 1; k < i.level(); k++) {
        List<String> prefixPath = i.path().subList(0, k);
        if (n > 0 && startsWith(leaves.get(n - 1), prefixPath)) {
          continue;
        }
        int span = 1;
        while (n + span < leaves.size() && startsWith(leaves.get(n + span), prefixPath)) {
          span++;
        }
        Group g = groups.get(prefixPath);
        RowFindings gf = g == null ? null : groupFindings.get(g);
        Severity sev = gf == null ? null : gf.cells.values().stream().min(Enum::compareTo).orElse(null);
        if (gf != null) {
          beside.addAll(gf.findings);
        }
        String label = prefixPath.get(k - 1) + (g != null && g.declaredWeight() != null
            ? "（" + Numbers.format(g.declaredWeight()) + "分）" : "");
        String id = g == null ? null : id(table.labelCell(g));
        h.open("td", "rowspan", span > 1 ? Integer.toString(span) : null, "class", cls("group", sev), "id", id)
            .text(label);
        anchors(h, gf);
        h.close("td");
        if (g != null) {
          drawnGroups.add(g);
        }
      }
      RowFindings rf = leafFindings.get(i);
      if (rf != null) {
        beside.addAll(0, rf.findings);
      }
      int nameSpan = depth - i.level() + 1;
      List<Column> drawn = drawn(review, reviewer);
      for (Column c : drawn) {
        CellRef ref = table.cell(i, c);
        if (ref != null) {
          ids.add(cellId(prefix, ref));
        }
      }
      h.open("td", "colspan", nameSpan > 1 ? Integer.toString(nameSpan) : null,
          "class", cls(null, leftover(rf, i, drawn)), "id", id(table.nameCell(i))).text(i.name());
      anchors(h, rf);
      h.close("td");
      cell(h, i, Column.WEIGHT, Numbers.amount(i.weight()), rf, "num");
      if (review) {
        LeafReview lr = reviews.get(i);
        cell(h, i, Column.BENCHMARK, lr == null ? "" : lr.target().text(), rf, null);
        cell(h, i, Column.ACTUAL, lr == null ? "" : lr.actual().text(), rf, null);
      }
      LeafScore ls = scores.get(i);
      String score = i.notApplicable() ? "不适用"
          : ls != null && ls.derivedFromRate() ? Numbers.format(ls.score()) + "（由得分率推算）"
          : Numbers.amount(i.score());
      cell(h, i, Column.SCORE, score, rf, "num");
      cell(h, i, Column.RATE, ls == null ? "" : Numbers.percent(ls.rate()), rf, "num");
      if (reviewer) {
        cell(h, i, Column.REVIEW_SCORE, Numbers.amount(i.reviewerScore()), rf, "num");
      }
      issues(h, beside);
      h.close("tr");
    }
    total(h, depth, review, reviewer);
    h.close("tbody").close("table").close("div");
    groupFindings.forEach((g, gf) -> {
      if (!drawnGroups.contains(g)) {
        elsewhere.addAll(gf.findings);
      }
    });
  }

  private void total(Html h, int depth, boolean review, boolean reviewer) {
    TotalRow t = table.total();
    Evaluation e = result.evaluation();
    if (t == null && e == null) {
      return;
    }
    h.open("tr", "class", "total");
    h.el("td", t == null ? "" : Integer.toString(t.row() + 1), "class", "rownum");
    for (Column c : List.of(Column.WEIGHT, Column.SCORE, Column.RATE, Column.REVIEW_SCORE)) {
      CellRef ref = t == null ? null : table.cell(t.row(), c);
      if (ref != null) {
        ids.add(cellId(prefix, ref));
      }
    }
    h.open("td", "colspan", Integer.toString(depth)).text("合计");
    anchors(h, totalFindings);
    h.close("td");
    String weight = t != null && !t.weight().isEmpty() ? Numbers.amount(t.weight())
        : e == null ? "" : Numbers.format(e.weightTotal());
    totalCell(h, t, Column.WEIGHT, weight);
    if (review) {
      h.el("td", "").el("td", "");
    }
    String score = t != null && !t.score().isEmpty() ? Numbers.amount(t.score())
        : e == null ? "" : Numbers.format(e.scoreTotal());
    totalCell(h, t, Column.SCORE, score);
    totalCell(h, t, Column.RATE, e == null ? "" : Numbers.percent(e.rate()));
    if (reviewer) {
      totalCell(h, t, Column.REVIEW_SCORE, e == null ? "" : Numbers.format(e.reviewerTotal()));
    }
    issues(h, totalFindings.findings);
    h.close("tr");
  }

  private void totalCell(Html h, TotalRow t, Column c, String text) {
    CellRef ref = t == null ? null : table.cell(t.row(), c);
    Severity sev = ref == null ? null : totalFindings.cells.get(ref.col());
    h.el("td", text, "class", cls("num", sev), "id", ref == null ? null : cellId(prefix, ref));
  }

  /** An id for a drawn cell, remembered so that no anchor repeats it. */
  private String id(CellRef ref) {
    String id = cellId(prefix, ref);
    ids.add(id);
    return id;
  }

  /** Empty anchors for the row's findings on cells that are not drawn, so each finding's link lands on its row. */
  private void anchors(Html h, RowFindings rf) {
    if (rf == null) {
      return;
    }
    for (Finding f : rf.findings) {
      String id = cellId(prefix, f.cell());
      if (ids.add(id)) {
        h.open("span", "id", id).close("span");
      }
    }
  }

  private static List<Column> drawn(boolean review, boolean reviewer) {
    List<Column> drawn = new ArrayList<>(List.of(Column.WEIGHT, Column.SCORE, Column.RATE));
    if (review) {
      drawn.addAll(List.of(Column.BENCHMARK, Column.ACTUAL));
    }
    if (reviewer) {
      drawn.add(Column.REVIEW_SCORE);
    }
    return drawn;
  }

  private void cell(Html h, Indicator i, Column c, String text, RowFindings rf, String base) {
    CellRef ref = table.cell(i, c);
    Severity sev = ref == null || rf == null ? null : rf.cells.get(ref.col());
    h.el("td", text, "class", cls(base, sev), "id", ref == null ? null : cellId(prefix, ref),
        "title", ref == null ? null : ref.a1());
  }

  /** The severity of the row's findings on cells not drawn as columns (评分标准, 备注…): shown on the name. */
  private Severity leftover(RowFindings rf, Indicator i, List<Column> drawn) {
    if (rf == null) {
      return null;
    }
    Severity worst = null;
    for (Map.Entry<Integer, Severity> e : rf.cells.entrySet()) {
      boolean isDrawn = drawn.stream().map(c -> table.cell(i, c)).anyMatch(r -> r != null && r.col() == e.getKey());
      if (!isDrawn && (worst == null || e.getValue().compareTo(worst) < 0)) {
        worst = e.getValue();
      }
    }
    return worst;
  }

  private void issues(Html h, List<Finding> findings) {
    h.open("td", "class", "issues");
    if (!findings.isEmpty()) {
      h.open("ul", "class", "findings");
      for (Finding f : findings) {
        h.open("li").el("span", f.severity().label(), "class", "sev-" + f.severity().key()).text(" ");
        if (f.cell() != null) {
          h.el("a", f.cell().a1(), "href", "#" + cellId(prefix, f.cell())).text(" ");
        }
        h.text(f.message()).close("li");
      }
      h.close("ul");
    }
    h.close("td");
  }

  private static boolean startsWith(Indicator i, List<String> prefix) {
    return i.path().size() > prefix.size() && i.path().subList(0, prefix.size()).equals(prefix);
  }

  private static String cls(String base, Severity sev) {
    String mark = sev == Severity.ERROR ? "err" : sev == Severity.WARNING ? "warn" : null;
    if (mark == null) {
      return base;
    }
    return base == null ? mark : base + " " + mark;
  }
}
