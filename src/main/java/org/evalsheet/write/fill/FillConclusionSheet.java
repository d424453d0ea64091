package org.evalsheet.write.fill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Severity;
import org.evalsheet.review.LeafReview;
import org.evalsheet.review.Review;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.TableResult;
import org.evalsheet.validate.Submitted;
import org.evalsheet.write.fill.FillPlan.Style;

/**
 * The 评价结论 sheet of a filled copy (评价结论工作表): per table the conclusion (for a table with errors, what must be
 * done and no grade), the level-1/level-2 table (指标, 权重, 得分, 得分率), the numbered findings (序号, 单元格, 级别,
 * 说明; errors first, before the level table when there are any) and, for a reviewed table, the 复核 table;
 * landscape A4, one page wide. Laid out here once, as rows of a {@link FillPlan.Sheet} both writers draw; a sheet of that name from an
 * earlier fill is replaced in place.
 */
final class FillConclusionSheet {
  static final String NAME = "评价结论";
  static final String FALLBACK = "评价结论（evalsheet）";
  /**
   * Column widths in characters. The level table takes the first four; a finding takes 序号, 单元格, 级别 and its
   * 说明 spans the last five; the 复核 table takes all eight.
   */
  static final int[] WIDTHS = {28, 14, 14, 9, 10, 10, 9, 56};
  /** The first column a finding's 说明 spans (to the last). */
  static final int NOTE_FROM = 3;
  /** The width of the merged conclusion rows: all columns. */
  static final int SPAN = Arrays.stream(WIDTHS).sum();
  /** The width of a finding's 说明: the columns it spans. */
  static final int NOTE_WIDTH = Arrays.stream(WIDTHS, NOTE_FROM, WIDTHS.length).sum();
  /** The height in points of one line of wrapped text. */
  static final float LINE = 16f;
  static final List<String> TABLE_HEAD = List.of("指标", "权重", "得分", "得分率");
  static final List<String> FINDINGS_HEAD = List.of("序号", "单元格", "级别", "说明");
  static final String FINDINGS_TITLE = "问题清单（错误在前）";
  /** How many infos of one kind the list shows one by one; more take one row. */
  static final int INFOS_LISTED = 3;
  static final String NO_FINDINGS = "未发现问题";
  static final List<String> REVIEW_HEAD = List.of("指标", "年度指标值", "实际完成值", "分值", "自评得分", "复核得分", "差额", "说明");
  static final String REVIEW_TITLE = "自评复核（按年度指标值和实际完成值核算）";
  /** Landscape A4, fitted to one page wide and as many tall as it takes. */
  static final FillPlan.Page PAGE = new FillPlan.Page(true, true, 1, 0);

  private final List<FillPlan.Row> rows = new ArrayList<>();
  private final List<FillPlan.Merge> merges = new ArrayList<>();
  private List<FillPlan.Text> open;
  private Float openHeight;
  private int openIndex;
  private int next;

  private FillConclusionSheet() {}

  /** The sheet for all tables of the workbook, in reading order. */
  static FillPlan.Sheet plan(List<TableResult> tables) {
    Set<String> tableSheets = tables.stream().map(t -> t.table().sheet()).collect(Collectors.toSet());
    // Never replace a department's own sheet that happens to carry the name.
    String name = tableSheets.contains(NAME) ? FALLBACK : NAME;
    FillConclusionSheet s = new FillConclusionSheet();
    s.row(null);
    s.text(0, NAME, Style.TITLE);
    // A file with errors goes back as a whole: none of its tables is graded in the copy, as in the summary.
    boolean returned = tables.stream().anyMatch(t -> t.errors() > 0);
    for (TableResult t : tables) {
      s.next++;
      s.table(t, returned);
    }
    s.end();
    return new FillPlan.Sheet(name, Arrays.stream(WIDTHS).boxed().toList(), s.rows, s.merges, PAGE);
  }

  private void table(TableResult result, boolean returned) {
    IndicatorTable t = result.table();
    Evaluation e = result.evaluation();
    List<Finding> findings = ordered(result.findings());
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    row(null);
    text(0, heading(t), Style.BOLD);
    mergeAcross();
    for (String line : lines(result, returned)) {
      row(height(line, SPAN));
      text(0, line, Style.WRAP);
      mergeAcross();
    }
    boolean ungraded = errors > 0 || returned && e != null && !e.template();
    if (ungraded || e != null && e.grade() != null) {
      row(null);
      text(0, "等次", Style.BOLD);
      text(1, ungraded ? TableResult.REGRADE : e.grade(), Style.PLAIN);
    }
    if (errors > 0) {
      findings(t, findings);
      levels(e);
    } else {
      levels(e);
      findings(t, findings);
    }
    review(result);
  }

  /** The level-1/level-2 table: 指标, 权重, 得分, 得分率, then 合计. */
  private void levels(Evaluation e) {
    next++;
    row(null);
    for (int c = 0; c < TABLE_HEAD.size(); c++) {
      text(c, TABLE_HEAD.get(c), Style.HEAD);
    }
    if (e != null) {
      for (GroupScore g : e.groups()) {
        if (g.level() <= 2) {
          line(indented(g), g.weight(), g.score(), Style.BOXED);
        }
      }
      line("合计", e.weightTotal(), e.scoreTotal(), Style.BOXED_BOLD);
    }
  }

  /**
   * The numbered findings (问题清单): 序号, 单元格, 级别, 说明, errors first; the number is the one the marked cell's
   * comment refers to. Codes stay in the JSON report: the sheet is for people. More than {@link #INFOS_LISTED} infos
   * of one kind (23 formulas without a saved result) take one row, their first cell and a count: infos mark no cell,
   * so nothing refers to their numbers.
   */
  private void findings(IndicatorTable t, List<Finding> findings) {
    next++;
    row(null);
    text(0, FINDINGS_TITLE, Style.BOLD);
    row(null);
    for (int c = 0; c < FINDINGS_HEAD.size(); c++) {
      text(c, FINDINGS_HEAD.get(c), Style.HEAD);
    }
    if (findings.isEmpty()) {
      row(null);
      text(0, NO_FINDINGS, Style.BOXED);
      for (int c = 1; c < WIDTHS.length; c++) {
        number(c, null, Style.BOXED);
      }
      merges.add(new FillPlan.Merge(openIndex, openIndex, 0, WIDTHS.length - 1));
    }
    Map<String, Long> infos = findings.stream().filter(f -> f.severity() == Severity.INFO)
        .collect(Collectors.groupingBy(Finding::code, Collectors.counting()));
    Set<String> folded = new HashSet<>();
    int n = 0;
    for (Finding f : findings) {
      long alike = f.severity() == Severity.INFO ? infos.get(f.code()) : 1;
      if (alike > INFOS_LISTED && !folded.add(f.code())) {
        continue;
      }
      String where = place(t, f) + (alike > INFOS_LISTED ? " 等 " + alike + " 处" : "");
      String note = f.message() + (alike > INFOS_LISTED ? "（同类提示共 " + alike + " 条，其余从略）" : "");
      row(Math.max(height(note, NOTE_WIDTH), height(where, WIDTHS[1])));
      text(0, String.valueOf(++n), Style.BOXED_WRAP);
      text(1, where, Style.BOXED_WRAP);
      text(2, f.severity().label(), Style.BOXED_WRAP);
      text(NOTE_FROM, note, Style.BOXED_WRAP);
      for (int c = NOTE_FROM + 1; c < WIDTHS.length; c++) {
        number(c, null, Style.BOXED_WRAP);
      }
      merges.add(new FillPlan.Merge(openIndex, openIndex, NOTE_FROM, WIDTHS.length - 1));
    }
  }

  /** Where a finding lies, as the clerk finds it: the cell ({@code 指标体系!J9}) or the sheet. */
  private static String place(IndicatorTable t, Finding f) {
    return f.cell() == null ? t.sheet() : f.cell().toString();
  }

  /**
   * A table's findings in the order the sheet lists and numbers them: errors, then warnings, then infos, each in
   * the order they were found.
   */
  static List<Finding> ordered(List<Finding> findings) {
    return findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
  }

  private void review(TableResult result) {
    List<ReviewRow> review = reviewRows(result);
    if (!review.isEmpty()) {
      next++;
      row(null);
      text(0, REVIEW_TITLE, Style.BOLD);
      row(null);
      for (int c = 0; c < REVIEW_HEAD.size(); c++) {
        text(c, REVIEW_HEAD.get(c), Style.HEAD);
      }
      for (ReviewRow r : review) {
        row(r.height());
        text(0, r.name(), r.total() ? Style.BOXED_BOLD : Style.BOXED_WRAP);
        text(1, r.target(), Style.BOXED_WRAP);
        text(2, r.actual(), Style.BOXED_WRAP);
        number(3, r.weight(), Style.BOXED);
        number(4, r.self(), Style.BOXED);
        number(5, r.rule(), Style.BOXED);
        number(6, r.gap(), Style.BOXED);
        text(7, r.note(), Style.BOXED_WRAP);
      }
    }
  }

  /**
   * One row of the 复核 table: a reviewed leaf, or the 合计 row.
   *
   * @param total whether this is the 合计 row (bold)
   */
  record ReviewRow(String name, String target, String actual, BigDecimal weight, BigDecimal self, BigDecimal rule,
      BigDecimal gap, String note, boolean total) {

    /** The row's height: enough for its longest wrapped text. */
    float height() {
      return Math.max(Math.max(FillConclusionSheet.height(note, WIDTHS[7]), FillConclusionSheet.height(name, WIDTHS[0])),
          Math.max(FillConclusionSheet.height(target, WIDTHS[1]), FillConclusionSheet.height(actual, WIDTHS[2])));
    }
  }

  /**
   * The 复核 table of a table's review: each leaf with a target, then 合计; empty when the table was not reviewed
   * (it has no 实际完成值).
   */
  static List<ReviewRow> reviewRows(TableResult result) {
    Review review = result.review();
    if (!review.applies() || review.leaves().isEmpty()) {
      return List.of();
    }
    List<ReviewRow> rows = new ArrayList<>();
    for (LeafReview l : review.leaves()) {
      if (l.kind() == LeafReview.Kind.NONE) {
        continue;
      }
      Indicator i = l.indicator();
      BigDecimal self = Submitted.score(i);
      BigDecimal gap = self == null || l.ruleScore() == null ? null : self.subtract(l.ruleScore());
      String target = l.kind() == LeafReview.Kind.EXECUTION ? "100%" : l.target().text();
      String note = l.explanation().isEmpty() ? "无法核算（实际完成值缺失或与年度指标值的单位不同）" : l.explanation();
      rows.add(new ReviewRow(i.name(), target, l.actual().text(), i.weight().isNumber() ? i.weight().value() : null,
          self, l.ruleScore(), gap, note, false));
    }
    String note = review.cap() == null ? "" : "预算执行率 " + Decimals.percent(review.executionRate()) + "，总分上限 "
        + Decimals.format(review.cap()) + " 分";
    rows.add(new ReviewRow("合计", "", "", null, review.selfTotal(), review.ruleTotal(), review.gap(), note, true));
    return rows;
  }

  /** The line naming a table: 工作表, then 单位 and 项目 (or the title when there is no project) when known. */
  static String heading(IndicatorTable t) {
    return "工作表：" + t.sheet()
        + (t.unit().isEmpty() ? "" : "　单位：" + t.unit())
        + (t.project().isEmpty() ? (t.title().isEmpty() ? "" : "　" + t.title()) : "　项目：" + t.project());
  }

  /** The evaluation's conclusion, or the note that only weights were checked when there are no scores. */
  static String conclusion(Evaluation e) {
    return e == null || e.template() || e.conclusion().isEmpty() ? "未填写得分，仅检查了权重。" : e.conclusion();
  }

  /**
   * The conclusion's lines (总体、一级指标、扣分情况), each written to its own merged row: the result's
   * ({@link TableResult#conclusion}), a table with errors pointing to its numbered findings and its red cells.
   */
  static List<String> lines(TableResult result, boolean returned) {
    Evaluation e = result.evaluation();
    long errors = result.errors();
    if (errors == 0) {
      String text = result.conclusion(returned);
      return List.of((text.isEmpty() ? conclusion(e) : text).split("\n"));
    }
    List<String> lines = new ArrayList<>(List.of(result.conclusion().split("\n")));
    lines.set(0, "本表有 " + errors + " 处错误，需更正后重新报送（见下方问题清单第 " + (errors == 1 ? "1" : "1–" + errors)
        + " 条，表中已用红色标出）。");
    return lines;
  }

  /**
   * The height in points of a wrapped row holding this text in a cell (or merged cells) {@code width} characters
   * wide: one 16-point line per width, a CJK or full-width character counting as two.
   */
  static float height(String text, int width) {
    int units = 0;
    for (int i = 0; i < text.length(); i++) {
      units += text.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    int perLine = Math.max(1, width - 2);
    return Math.max(1, (units + perLine - 1) / perLine) * LINE;
  }

  /** A level-1 or level-2 group's name, level 2 indented by two full-width spaces. */
  static String indented(GroupScore g) {
    return "　".repeat((g.level() - 1) * 2) + g.name();
  }

  private void line(String name, BigDecimal weight, BigDecimal score, Style style) {
    row(null);
    text(0, name, style);
    number(1, weight, Style.BOXED);
    number(2, score, Style.BOXED);
    number(3, Decimals.ratio(score, weight), Style.BOXED_PERCENT);
  }

  /** Merges the open row across all columns. */
  private void mergeAcross() {
    merges.add(new FillPlan.Merge(openIndex, openIndex, 0, WIDTHS.length - 1));
  }

  /** Starts the next row (row {@code next}, which then counts on), closing the one before. */
  private void row(Float height) {
    end();
    open = new ArrayList<>();
    openHeight = height;
    openIndex = next++;
  }

  private void end() {
    if (open != null) {
      rows.add(new FillPlan.Row(openIndex, openHeight, open));
      open = null;
    }
  }

  private void text(int col, String value, Style style) {
    open.add(new FillPlan.Text(col, value, null, style));
  }

  private void number(int col, BigDecimal value, Style style) {
    open.add(new FillPlan.Text(col, null, value, style));
  }
}
