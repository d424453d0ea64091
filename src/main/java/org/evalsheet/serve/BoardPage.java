package org.evalsheet.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evalsheet.serve.BoardRow.State;

/**
 * The round board (本轮提交情况, {@code /}): one row per submitted table, unreadable file and missing unit, 需退回
 * first; tabs for 需退回 / 无法处理 / 未提交 / 全部, a search box and sortable columns. Works as plain links and a
 * form; the script only swaps the {@code #board} fragment in place and refreshes it when the round changes.
 */
final class BoardPage {

  /**
   * What the visitor asked for.
   *
   * @param filter return, rejected, missing or all
   * @param q search text, or ""
   * @param sort one of {@link BoardRow#SORTS}
   * @param desc descending
   */
  record Query(String filter, String q, String sort, boolean desc) {
    static final Query DEFAULT = new Query("all", "", "status", false);

    static Query of(Map<String, List<String>> params) {
      String filter = first(params, "filter");
      String sort = first(params, "sort");
      return new Query(
          List.of("return", "rejected", "missing").contains(filter) ? filter : "all",
          first(params, "q").strip(),
          BoardRow.SORTS.contains(sort) ? sort : "status",
          "desc".equals(first(params, "dir")));
    }

    private static String first(Map<String, List<String>> params, String key) {
      List<String> v = params.get(key);
      return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
    }

    /** The board's URL for these choices, with one changed. */
    String url(String newFilter, String newSort, boolean newDesc) {
      StringBuilder sb = new StringBuilder("/?filter=").append(newFilter);
      if (!q.isEmpty()) {
        sb.append("&q=").append(Layout.q(q));
      }
      if (!newSort.equals("status") || newDesc) {
        sb.append("&sort=").append(newSort).append(newDesc ? "&dir=desc" : "");
      }
      return sb.toString();
    }
  }

  private static final String[][] TABS = {
      {"return", "需退回"}, {"rejected", "无法处理"}, {"missing", "未提交"}, {"all", "全部"}};

  private static final String[][] COLUMNS = {
      {"unit", "单位"}, {"project", "项目"}, {"file", "文件"}, {"status", "状态"}, {"score", "得分"},
      {"grade", "等次"}, {"issues", "错误/警告"}, {"received", "收到时间"}};

  private BoardPage() {}

  /** The whole page's content. */
  static Html page(RoundView.Snapshot s, Query query, Path inbox) {
    Html h = new Html();
    h.open("div", "data-page", "board");
    h.el("h1", "本轮提交情况");
    h.open("p", "class", "muted").text("收件文件夹：" + inbox + " · 新文件放入后自动检查，本页随之更新")
        .close("p");
    h.open("div", "class", "toolbar");
    h.open("form", "class", "search", "method", "get", "action", "/", "role", "search")
        .empty("input", "type", "hidden", "name", "filter", "value", query.filter())
        .el("label", "搜索", "for", "q", "class", "sr-only")
        .empty("input", "type", "search", "id", "q", "name", "q", "value", query.q(),
            "placeholder", "按单位、项目或文件名搜索", "autocomplete", "off")
        .el("button", "搜索", "type", "submit").close("form");
    h.open("div", "class", "downloads")
        .el("a", "下载汇总表 summary.xlsx", "class", "button secondary", "href", "/files/summary.xlsx")
        .el("a", "报告 report.json", "class", "button secondary", "href", "/files/report.json")
        .close("div");
    h.close("div");
    h.open("div", "id", "board", "aria-live", "polite").add(fragment(s, query)).close("div");
    h.close("div");
    return h;
  }

  /** The part the script replaces: counts, tabs and the table. */
  static Html fragment(RoundView.Snapshot s, Query query) {
    Html h = new Html();
    h.open("span", "data-revision", Long.toString(s.revision()), "hidden", "hidden").close("span");
    if (s.revision() == 0) {
      return h.el("p", "正在读取收件文件夹，请稍候……本页会自动更新。", "class", "notice");
    }
    List<BoardRow> all = BoardRow.of(s);
    h.open("p", "class", "muted").text("最近更新：" + Layout.time(s.written()) + " · 共 " + s.files().size()
        + " 个文件" + (s.roster().given() ? "，名单 " + s.roster().roster().size() + " 个单位" : "")).close("p");
    h.open("ul", "class", "counts", "aria-label", "统计");
    count(h, all, State.RETURN, "需退回（有错误）");
    count(h, all, State.REJECTED, "无法处理");
    if (s.roster().given()) {
      count(h, all, State.MISSING, "未提交");
    }
    count(h, all, State.OK, "通过");
    h.close("ul");
    h.open("nav", "class", "tabs", "aria-label", "筛选");
    for (String[] tab : TABS) {
      long n = tab[0].equals("all") ? all.size() : all.stream().filter(r -> r.shownUnder(tab[0])).count();
      h.el("a", tab[1] + "（" + n + "）", "href", query.url(tab[0], query.sort(), query.desc()), "data-nav", "1",
          "aria-current", tab[0].equals(query.filter()) ? "true" : null);
    }
    h.close("nav");
    List<BoardRow> rows = all.stream().filter(r -> r.shownUnder(query.filter())).filter(r -> r.matches(query.q()))
        .sorted(BoardRow.order(query.sort(), query.desc())).toList();
    if (rows.isEmpty()) {
      return h.el("p", query.q().isEmpty() ? "这里没有需要显示的内容。" : "没有找到与“" + query.q() + "”相符的提交。",
          "class", "empty");
    }
    h.open("div", "class", "scroll").open("table", "class", "grid board")
        .el("caption", "本轮提交（" + rows.size() + " 行）", "class", "sr-only").open("thead").open("tr");
    for (String[] col : COLUMNS) {
      boolean current = col[0].equals(query.sort());
      boolean nextDesc = current ? !query.desc() : col[0].equals("score") || col[0].equals("received")
          || col[0].equals("issues");
      h.open("th", "scope", "col", "class", col[0].equals("score") ? "num" : null,
              "aria-sort", current ? (query.desc() ? "descending" : "ascending") : null)
          .el("a", col[1] + (current ? (query.desc() ? " ▼" : " ▲") : ""), "href",
              query.url(query.filter(), col[0], nextDesc), "data-nav", "1", "title", "按" + col[1] + "排序")
          .close("th");
    }
    h.close("tr").close("thead").open("tbody");
    for (BoardRow r : rows) {
      row(h, r);
    }
    return h.close("tbody").close("table").close("div");
  }

  private static void count(Html h, List<BoardRow> all, State state, String label) {
    long n = all.stream().filter(r -> r.status() == state).count();
    h.open("li", "class", state.key).el("b", Long.toString(n)).text(label).close("li");
  }

  private static void row(Html h, BoardRow r) {
    String link = r.file() == null ? null : Layout.fileLink(r.file()) + "#t" + r.table();
    h.open("tr", "data-href", link, "data-status", r.status().key);
    h.el("td", r.unit());
    h.el("td", r.project());
    h.open("td");
    if (link != null) {
      h.el("a", r.file(), "href", link);
    } else {
      h.el("span", "—", "class", "muted");
    }
    if (!r.note().isEmpty()) {
      h.el("div", r.note(), "class", "muted");
    }
    h.close("td");
    h.open("td").el("span", r.status().label, "class", "badge " + r.status().key).close("td");
    h.el("td", r.scoreText(), "class", "num");
    h.el("td", r.grade());
    h.open("td", "class", "num");
    if (r.file() != null && (r.status() == State.RETURN || r.status() == State.OK || r.status() == State.SUPERSEDED)) {
      h.el("span", Long.toString(r.errors()), "class", r.errors() > 0 ? "count-err" : null, "title", "错误")
          .text(" / ")
          .el("span", Long.toString(r.warnings()), "class", r.warnings() > 0 ? "count-warn" : null, "title", "警告");
    }
    h.close("td");
    h.el("td", Layout.time(r.received()), "class", "num");
    h.close("tr");
  }
}
