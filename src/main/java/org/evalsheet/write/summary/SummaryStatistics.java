package org.evalsheet.write.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;

/**
 * The {@code 统计} sheet (统计): counts per status and per grade, average / highest / lowest score as one
 * filterable table (类别, 项目, 数值), beside it each passing table's score on 100, highest first, and below them the
 * native charts drawn by {@link SummaryCharts}. Grades, scores and charts count passing tables only (按通过的 N 张表
 * 统计) and say so; a table of a file that must go back is not graded until it comes back corrected.
 */
final class SummaryStatistics {
  static final String SHEET = "统计";
  /** Zero-based columns of the per-table scores beside the counts. */
  static final int UNIT_COL = 4;
  static final int SCORE_COL = 5;

  private SummaryStatistics() {}

  /** One passing table's score on 100, as the per-unit chart shows it. */
  private record Scored(String label, BigDecimal score) {}

  /** The sheet and its charts; {@code gaps} are the 复核差异 rows, or null when no table of the round was reviewed. */
  static void write(SummaryXlsx wb, Round round, List<SummaryReview.Gap> gaps) {
    SummarySheet sheet = new SummarySheet(wb, SHEET, List.of("类别", "项目", "数值", "", "单位（通过的表）", "百分制得分"));
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (String g : round.scale().grades()) {
      grades.put(g, 0);
    }
    int tables = 0;
    List<Scored> scored = new ArrayList<>();
    Map<String, Integer> perUnit = unitCounts(round);
    for (FileResult f : round.files()) {
      tables += f.tables().size();
      if (!round.passing(f)) {
        continue;
      }
      for (TableResult t : f.tables()) {
        BigDecimal score = SummaryRanks.score(t);
        if (score == null) {
          continue;
        }
        scored.add(new Scored(label(perUnit, t), score));
        String grade = t.evaluation().grade() != null ? t.evaluation().grade() : round.scale().grade(score);
        grades.merge(grade, 1, Integer::sum);
      }
    }
    scored.sort(Comparator.comparing(Scored::score).reversed().thenComparing(Scored::label));

    List<Object[]> rows = new ArrayList<>();
    rows.add(row("文件", "文件总数", round.files().size()));
    rows.add(row("文件", "指标表数", tables));
    for (Status s : Status.values()) {
      rows.add(row("状态", s.label(), round.files().stream().filter(f -> f.status() == s).count()));
    }
    rows.add(row("状态", Round.SUPERSEDED, round.files().stream().filter(f -> !round.current(f.file())).count()));
    rows.add(row("口径", "按通过的表统计", scored.size()));
    rows.add(row("口径", "需退回的表（不评等次、不排名）", round.returnedTables()));
    int firstGradeRow = rows.size() + 1;
    grades.forEach((g, c) -> rows.add(row("等次", g, c)));
    int lastGradeRow = rows.size();
    BigDecimal sum = scored.stream().map(Scored::score).reduce(BigDecimal.ZERO, BigDecimal::add);
    rows.add(row("得分", "参与排名的表数", scored.size()));
    rows.add(row("得分", "平均分",
        scored.isEmpty() ? null : sum.divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP)));
    rows.add(row("得分", "最高分", scored.isEmpty() ? null : scored.get(0).score()));
    rows.add(row("得分", "最低分", scored.isEmpty() ? null : scored.get(scored.size() - 1).score()));
    if (round.roster() != null) {
      rows.add(row("名单", "名单单位数", round.roster().size()));
      rows.add(row("名单", "未提交单位数", round.missingUnits().size()));
      rows.add(row("名单", "不在名单上的提交", round.run().notOnRoster().size()));
    }
    if (gaps != null) {
      rows.add(row("复核", "复核的指标表数", SummaryReview.reviewedTables(round)));
      rows.add(row("复核", "自评高于复核的指标数", gaps.size()));
      rows.add(row("复核", "自评高于复核的指标表数", gaps.stream().map(SummaryReview.Gap::table).distinct().count()));
    }
    rows.add(row("重复提交", "被替代的文件数", round.files().stream().filter(f -> !round.current(f.file())).count()));

    for (int i = 0; i < Math.max(rows.size(), scored.size()); i++) {
      sheet.row();
      if (i < rows.size()) {
        Object[] r = rows.get(i);
        sheet.text((String) r[0]).text((String) r[1]);
        if (r[2] instanceof BigDecimal b) {
          sheet.score(b);
        } else if (r[2] instanceof Number n) {
          sheet.integer(n.longValue());
        } else {
          sheet.blank();
        }
      } else {
        sheet.blank().blank().blank();
      }
      sheet.blank();
      if (i < scored.size()) {
        sheet.text(scored.get(i).label()).score(scored.get(i).score());
      }
    }
    String basis = "（按通过的 " + scored.size() + " 张表统计）";
    SummaryCharts charts = new SummaryCharts(sheet, sheet.rowIndex() + 2);
    charts.grades("等次分布" + basis, List.copyOf(grades.keySet()), List.copyOf(grades.values()), firstGradeRow,
        lastGradeRow);
    charts.unitScores("各单位得分" + basis, scored.stream().map(Scored::label).toList(),
        scored.stream().map(s -> s.score().doubleValue()).toList());
    sheet.finish();
  }

  private static Object[] row(String category, String item, Object value) {
    return new Object[] {category, item, value};
  }

  /** The unit, and the project too where the unit has more than one passing table. */
  private static String label(Map<String, Integer> perUnit, TableResult t) {
    String unit = t.table().unit();
    return perUnit.getOrDefault(unit, 0) > 1 && !t.table().project().isBlank()
        ? unit + " " + t.table().project() : unit;
  }

  private static Map<String, Integer> unitCounts(Round round) {
    Map<String, Integer> m = new HashMap<>();
    for (FileResult f : round.files()) {
      if (round.passing(f)) {
        for (TableResult t : f.tables()) {
          m.merge(t.table().unit(), 1, Integer::sum);
        }
      }
    }
    return m;
  }
}
