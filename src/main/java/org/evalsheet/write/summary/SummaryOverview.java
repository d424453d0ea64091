package org.evalsheet.write.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.TableResult;

/**
 * The {@code 汇总} sheet (汇总表): one row per table with its totals, grade, rank and level-1 group scores, plus
 * what the statistics sheet's per-unit chart needs to point at it.
 */
final class SummaryOverview {
  static final String SHEET = "汇总";
  /** Zero-based columns the per-unit chart reads. */
  static final int UNIT_COL = 1;
  static final int SCORE_COL = 6;

  /** The 汇总 rows as the chart caches them: one unit label and one score (null when none) per row. */
  record ChartData(List<String> units, List<Double> scores) {}

  private SummaryOverview() {}

  static ChartData write(SummaryXlsx wb, Round round) {
    List<String> groups = level1Names(round);
    boolean rescaled = any(round, e -> e.rescaled());
    boolean reviewed = any(round, e -> e.reviewerTotal() != null);
    boolean recomputed = SummaryReview.any(round);
    List<String> headers = new ArrayList<>(List.of("序号", "单位", "项目", "文件", "工作表", "权重合计", "自评得分"));
    if (rescaled) {
      headers.add("百分制得分");
    }
    if (reviewed) {
      headers.add("复核人员评分");
    }
    if (recomputed) {
      headers.addAll(List.of("复核得分", "差额"));
    }
    headers.addAll(List.of("得分率", "等次", "排名"));
    headers.addAll(groups);
    headers.addAll(List.of("错误数", "警告数", "状态"));
    SummarySheet sheet = new SummarySheet(wb, SHEET, headers);
    SummaryRanks ranks = SummaryRanks.of(round);
    List<String> units = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    int n = 0;
    for (FileResult f : round.files()) {
      String link = round.filledLink().apply(f.file());
      for (TableResult t : f.tables()) {
        Evaluation e = t.evaluation();
        BigDecimal score = SummaryRanks.score(t);
        sheet.row().integer(++n).text(t.table().unit()).text(t.table().project()).link(f.file(), link)
            .text(t.table().sheet());
        if (e == null) {
          sheet.blank().blank();
        } else {
          sheet.score(e.weightTotal()).score(e.scoreTotal());
        }
        if (rescaled) {
          sheet.score(score);
        }
        if (reviewed) {
          sheet.score(e == null ? null : e.reviewerTotal());
        }
        if (recomputed) {
          sheet.score(t.review().ruleTotal()).score(t.review().gap());
        }
        if (e == null) {
          sheet.blank().blank();
        } else {
          sheet.rate(e.rate()).text(e.grade());
        }
        if (score != null && round.current(f.file())) {
          sheet.integer(ranks.rank(score));
        } else {
          sheet.blank();
        }
        Map<String, BigDecimal> byName = level1Scores(e);
        for (String g : groups) {
          sheet.score(byName.get(g));
        }
        sheet.integer(t.errors()).integer(t.warnings()).text(f.status().label());
        units.add(t.table().unit());
        scores.add(e == null || e.scoreTotal() == null ? null : e.scoreTotal().doubleValue());
      }
    }
    sheet.finish();
    return new ChartData(units, scores);
  }

  /** Whether any table of the round has an evaluation with the property. */
  private static boolean any(Round round, java.util.function.Predicate<Evaluation> p) {
    return round.files().stream().flatMap(f -> f.tables().stream())
        .anyMatch(t -> t.evaluation() != null && p.test(t.evaluation()));
  }

  /** The union of level-1 group names over all tables, in first-seen order. */
  static List<String> level1Names(Round round) {
    Set<String> names = new LinkedHashSet<>();
    for (FileResult f : round.files()) {
      for (TableResult t : f.tables()) {
        if (t.evaluation() != null) {
          for (GroupScore g : t.evaluation().level1()) {
            names.add(g.name());
          }
        }
      }
    }
    return List.copyOf(names);
  }

  private static Map<String, BigDecimal> level1Scores(Evaluation e) {
    Map<String, BigDecimal> byName = new HashMap<>();
    if (e != null) {
      for (GroupScore g : e.level1()) {
        byName.putIfAbsent(g.name(), g.score());
      }
    }
    return byName;
  }
}
