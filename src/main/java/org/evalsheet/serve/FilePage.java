package org.evalsheet.serve;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Severity;
import org.evalsheet.review.LeafReview;
import org.evalsheet.review.Review;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;
import org.evalsheet.serve.BoardRow.State;
import org.evalsheet.validate.Submitted;

/**
 * A file's page (文件详情): its status in a sentence, then per table the facts, the conclusion, the indicator table
 * with the problem cells marked and their findings beside them, the 复核 table and every finding in a list; for a
 * resubmission, what changed since the unit's previous submission. The round's file pages and the self-check's
 * results are the same page.
 */
final class FilePage {

  /**
   * What the page shows besides the result.
   *
   * @param state the file's status on the board
   * @param received when it arrived, or null
   * @param filledLink the link to its filled copy, or null
   * @param previous its comparison with the unit's previous submission, or null
   * @param selfCheck whether this is a self-check (then it says plainly that nothing was submitted)
   */
  record Extras(State state, Instant received, String filledLink, Resubmission previous, boolean selfCheck) {}

  private FilePage() {}

  static Html content(FileResult r, Extras x) {
    Html h = new Html();
    h.open("article", "class", "file", "data-file", r.file());
    h.open("h2").text(r.file()).text(" ").el("span", x.state().label, "class", "badge " + x.state().key)
        .close("h2");
    if (x.selfCheck()) {
      h.el("p", "这是自查结果，不是提交：文件没有进入本轮，也没有发给财政局。上传的文件已删除，填好的副本在一小时内删除。",
          "class", "notice");
    }
    summary(h, r, x);
    if (x.filledLink() != null) {
      h.open("p").el("a", "下载填好的副本（问题已标注在单元格上）", "class", "button", "href", x.filledLink(),
          "download", "").close("p");
    }
    if (x.previous() != null) {
      previous(h, x.previous());
    }
    for (int i = 0; i < r.tables().size(); i++) {
      table(h, r.tables().get(i), "t" + i, r.tables().size() > 1, r.status() == Status.INVALID);
    }
    return h.close("article");
  }

  private static void summary(Html h, FileResult r, Extras x) {
    if (r.status() == Status.REJECTED || r.status() == Status.IGNORED) {
      h.open("p", "class", r.status() == Status.REJECTED ? "notice bad" : "notice warn")
          .text((r.status() == Status.REJECTED ? "无法处理：" : "已忽略：") + (r.reason() == null ? "" : r.reason()))
          .close("p");
      if (r.status() == Status.REJECTED) {
        h.el("p", "请单位检查文件后重新提交（用 Excel 或 WPS 打开确认无误，另存为 .xlsx）。");
      }
      return;
    }
    long errors = r.tables().stream().mapToLong(TableResult::errors).sum();
    long warnings = r.tables().stream().mapToLong(TableResult::warnings).sum();
    String line = errors > 0
        ? "有 " + errors + " 处错误，需退回单位修改" + (warnings > 0 ? "；另有 " + warnings + " 处警告请核实" : "") + "。"
        : warnings > 0 ? "没有错误；有 " + warnings + " 处警告，请核实。" : "没有发现问题。";
    h.el("p", line, "class", errors > 0 ? "notice bad" : warnings > 0 ? "notice warn" : "notice good");
    if (x.received() != null) {
      h.el("p", "收到时间：" + Layout.time(x.received()), "class", "muted");
    }
  }

  private static void table(Html h, TableResult t, String prefix, boolean several, boolean returned) {
    h.open("section", "id", prefix, "class", "table");
    String title = t.table().project().isBlank() ? t.table().sheet() : t.table().project();
    h.el("h3", (several ? "指标表：" : "") + title + "（工作表 " + t.table().sheet() + "）");
    Evaluation e = t.evaluation();
    h.open("dl", "class", "facts");
    fact(h, "单位", t.table().unit());
    fact(h, "项目", t.table().project().isBlank() ? "—" : t.table().project());
    if (e != null && e.scoreTotal() != null) {
      fact(h, "得分", Numbers.format(e.scoreTotal()) + " / " + Numbers.format(e.fullMark())
          + (e.rescaled() ? "（适用权重 " + Numbers.format(e.applicableWeight()) + "，折算百分制 "
          + Numbers.format(e.onHundred()) + " 分）" : "") + "，得分率 " + Numbers.percent(e.rate()));
      String grade = t.grade(returned);
      fact(h, "等次", returned ? TableResult.REGRADE : grade == null ? "—" : grade);
    } else if (e != null && e.template()) {
      fact(h, "得分", "空白模板（没有填得分）");
    }
    fact(h, "错误 / 警告", t.errors() + " / " + t.warnings());
    h.close("dl");
    String conclusion = t.conclusion(returned);
    if (!conclusion.isBlank()) {
      h.el("h4", "评价结论", "class", "sr-only").el("p", conclusion, "class", "conclusion");
    }
    List<Finding> elsewhere = new java.util.ArrayList<>();
    Html grid = new Html();
    elsewhere.addAll(TableHtml.write(grid, t, prefix));
    if (!elsewhere.isEmpty()) {
      h.open("div", "class", "notice bad").el("strong", "整张表的问题：");
      list(h, elsewhere, prefix);
      h.close("div");
    }
    h.add(grid);
    review(h, t.review());
    List<Finding> all = t.findings();
    if (!all.isEmpty()) {
      long infos = all.stream().filter(f -> f.severity() == Severity.INFO).count();
      h.open("details").el("summary", "全部问题和提示（" + all.size() + " 条，其中提示 " + infos + " 条）");
      list(h, all, prefix);
      h.close("details");
    }
    h.close("section");
  }

  private static void review(Html h, Review review) {
    if (!review.applies() || review.leaves().isEmpty()) {
      return;
    }
    h.el("h4", "自评复核（按年度指标值和实际完成值核算）");
    h.open("div", "class", "scroll").open("table", "class", "grid review").open("thead").open("tr");
    for (String c : List.of("指标", "年度指标值", "实际完成值", "分值", "自评得分", "复核得分", "差额", "说明")) {
      h.el("th", c, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody");
    for (LeafReview l : review.leaves()) {
      BigDecimal self = Submitted.score(l.indicator());
      BigDecimal gap = self == null || l.ruleScore() == null ? null : self.subtract(l.ruleScore());
      boolean above = gap != null && gap.compareTo(review.tolerance()) > 0;
      h.open("tr").el("td", l.indicator().name()).el("td", l.target().text()).el("td", l.actual().text())
          .el("td", Numbers.amount(l.indicator().weight()), "class", "num")
          .el("td", Numbers.format(self), "class", above ? "num warn" : "num")
          .el("td", Numbers.format(l.ruleScore()), "class", "num")
          .el("td", Numbers.format(gap), "class", "num").el("td", l.explanation()).close("tr");
    }
    h.open("tr", "class", "total").el("td", "合计").el("td", "").el("td", "").el("td", "")
        .el("td", Numbers.format(review.selfTotal()), "class", "num")
        .el("td", Numbers.format(review.ruleTotal()), "class", "num")
        .el("td", Numbers.format(review.gap()), "class", "num").el("td", "").close("tr");
    h.close("tbody").close("table").close("div");
  }

  private static void previous(Html h, Resubmission p) {
    h.open("section", "class", "panel compare", "aria-labelledby", "compare-title");
    h.el("h3", "与上次提交相比", "id", "compare-title");
    h.el("p", "上次提交：" + p.previousFile() + (p.previousReceived() == null ? ""
        : "（收到时间 " + Layout.time(parse(p.previousReceived())) + "）"), "class", "muted");
    if (p.same()) {
      h.el("p", "与上次提交相比没有变化。");
    }
    h.open("p").text("已改正 " + p.fixed().size() + " 处，仍存在 " + p.remaining().size() + " 处，新出现 "
        + p.added().size() + " 处，数字变化 " + p.changed().size() + " 处。").close("p");
    group(h, "已改正", p.fixed());
    group(h, "仍存在", p.remaining());
    group(h, "新出现", p.added());
    if (!p.changed().isEmpty()) {
      h.el("h4", "数字变化");
      h.open("ul");
      for (Resubmission.Change c : p.changed()) {
        h.open("li").text(c.item() + " 的" + c.what() + "：" + c.from() + " → " + c.to()
            + (c.cell() == null ? "" : "（" + c.cell().a1() + "）")).close("li");
      }
      h.close("ul");
    }
    h.close("section");
  }

  private static void group(Html h, String title, List<Finding> list) {
    if (list.isEmpty()) {
      return;
    }
    h.el("h4", title + "（" + list.size() + "）");
    h.open("ul", "class", "findings");
    for (Finding f : list) {
      h.open("li").el("span", f.severity().label(), "class", "sev-" + f.severity().key()).text(" ")
          .text((f.cell() == null ? "" : f.cell().a1() + " ") + f.message()).close("li");
    }
    h.close("ul");
  }

  private static void list(Html h, List<Finding> findings, String prefix) {
    h.open("ul", "class", "findings");
    for (Finding f : findings) {
      h.open("li").el("span", f.severity().label(), "class", "sev-" + f.severity().key()).text(" ");
      if (f.cell() != null) {
        h.el("a", f.cell().toString(), "href", "#" + TableHtml.cellId(prefix, f.cell())).text(" ");
      }
      h.text(f.message()).close("li");
    }
    h.close("ul");
  }

  private static void fact(Html h, String name, String value) {
    h.el("dt", name).el("dd", value);
  }

  private static Instant parse(String iso) {
    try {
      return Instant.parse(iso);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
