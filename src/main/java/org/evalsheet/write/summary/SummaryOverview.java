package org.evalsheet.write.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.TableResult;

/**
 * The {@code 汇总} sheet (汇总表): one row per table, its status coloured beside the unit, then its score, grade, rank
 * and level-1 group scores; the sheet and the file it came from last (the file linked to its filled copy). A table of a file that must go back (需退回) keeps
 * its submitted score for reference but has no grade ({@code —}) and no rank. The unit and status columns stay on
 * screen when scrolling right and are repeated on every printed page.
 */
final class SummaryOverview {
  static final String SHEET = "汇总";
  /** 序号, 单位, 状态: frozen on screen and repeated on every printed page. */
  static final int KEEP = 3;
  static final String NO_GRADE = "—";

  private SummaryOverview() {}

  static void write(SummaryXlsx wb, Round round) {
    List<String> groups = level1Names(round);
    boolean rescaled = any(round, Evaluation::rescaled);
    boolean reviewed = any(round, e -> e.reviewerTotal() != null);
    boolean recomputed = SummaryReview.any(round);
    List<String> headers = new ArrayList<>(List.of("序号", "单位", "状态", "项目", "自评得分"));
    if (rescaled) {
      headers.add("百分制得分");
    }
    headers.addAll(List.of("等次", "排名", "得分率", "错误数", "警告数"));
    if (reviewed) {
      headers.add("复核人员评分");
    }
    if (recomputed) {
      headers.addAll(List.of("复核得分", "差额"));
    }
    headers.addAll(groups);
    headers.addAll(List.of("工作表", "权重合计", "文件"));
    SummarySheet sheet = new SummarySheet(wb, SHEET, headers);
    SummaryRanks ranks = SummaryRanks.of(round);
    int n = 0;
    for (FileResult f : round.files()) {
      String link = round.filledLink().apply(f.file());
      boolean passing = round.passing(f);
      for (TableResult t : f.tables()) {
        Evaluation e = t.evaluation();
        BigDecimal score = SummaryRanks.score(t);
        sheet.row().integer(++n).text(t.table().unit()).styled(round.statusLabel(f), statusStyle(round, f))
            .text(t.table().project()).score(e == null ? null : e.scoreTotal());
        if (rescaled) {
          sheet.score(score);
        }
        if (e == null || e.grade() == null || !round.current(f.file())) {
          sheet.blank();
        } else {
          sheet.text(passing ? e.grade() : NO_GRADE);
        }
        if (score != null && passing) {
          sheet.integer(ranks.rank(score));
        } else {
          sheet.blank();
        }
        sheet.rate(e == null ? null : e.rate()).integer(t.errors()).integer(t.warnings());
        if (reviewed) {
          sheet.score(e == null ? null : e.reviewerTotal());
        }
        if (recomputed) {
          sheet.score(t.review().ruleTotal()).score(t.review().gap());
        }
        Map<String, BigDecimal> byName = level1Scores(e);
        for (String g : groups) {
          sheet.score(byName.get(g));
        }
        sheet.text(t.table().sheet()).score(e == null ? null : e.weightTotal()).link(f.file(), link);
      }
    }
    sheet.finish(KEEP, true);
  }

  /** The colour of a status: 通过 green, 需退回 red, superseded grey. */
  static int statusStyle(Round round, FileResult f) {
    if (!round.current(f.file())) {
      return SummaryStyles.MUTED;
    }
    return switch (f.status()) {
      case OK -> SummaryStyles.GOOD;
      case INVALID, REJECTED -> SummaryStyles.BAD;
      case IGNORED -> SummaryStyles.MUTED;
    };
  }

  /** Whether any table of the round has an evaluation with the property. */
  private static boolean any(Round round, Predicate<Evaluation> p) {
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
