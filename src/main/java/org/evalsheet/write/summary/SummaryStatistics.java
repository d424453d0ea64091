package org.evalsheet.write.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;

/**
 * The {@code 统计} sheet (统计): counts per status and per grade, average / highest / lowest score as one
 * filterable table (类别, 项目, 数值), and below it the native charts drawn by {@link SummaryCharts}.
 */
final class SummaryStatistics {
  static final String SHEET = "统计";

  private SummaryStatistics() {}

  /** The sheet and its charts; {@code gaps} are the 复核差异 rows, or null when no table of the round was reviewed. */
  static void write(SummaryXlsx wb, Round round, SummaryOverview.ChartData overview, List<SummaryReview.Gap> gaps) {
    SummarySheet sheet = new SummarySheet(wb, SHEET, List.of("类别", "项目", "数值"));
    Map<Status, Integer> statuses = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      statuses.put(s, 0);
    }
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (String g : round.scale().grades()) {
      grades.put(g, 0);
    }
    int tables = 0;
    int scored = 0;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal max = null;
    BigDecimal min = null;
    for (FileResult f : round.files()) {
      statuses.merge(f.status(), 1, Integer::sum);
      tables += f.tables().size();
      if (!round.current(f.file())) {
        continue;
      }
      for (TableResult t : f.tables()) {
        BigDecimal score = SummaryRanks.score(t);
        if (score == null) {
          continue;
        }
        scored++;
        sum = sum.add(score);
        max = max == null || score.compareTo(max) > 0 ? score : max;
        min = min == null || score.compareTo(min) < 0 ? score : min;
        String grade = t.evaluation().grade() != null ? t.evaluation().grade() : round.scale().grade(score);
        grades.merge(grade, 1, Integer::sum);
      }
    }

    sheet.row().text("文件").text("文件总数").integer(round.files().size());
    sheet.row().text("文件").text("指标表数").integer(tables);
    for (Map.Entry<Status, Integer> e : statuses.entrySet()) {
      sheet.row().text("状态").text(e.getKey().label()).integer(e.getValue());
    }
    int firstGradeRow = sheet.rowIndex() + 1;
    for (Map.Entry<String, Integer> e : grades.entrySet()) {
      sheet.row().text("等次").text(e.getKey()).integer(e.getValue());
    }
    int lastGradeRow = sheet.rowIndex();
    sheet.row().text("得分").text("参与排名的表数").integer(scored);
    BigDecimal average = scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP);
    sheet.row().text("得分").text("平均分").score(average);
    sheet.row().text("得分").text("最高分").score(max);
    sheet.row().text("得分").text("最低分").score(min);
    if (round.roster() != null) {
      sheet.row().text("未提交").text("名单单位数").integer(round.roster().size());
      sheet.row().text("未提交").text("未提交单位数").integer(round.missingUnits().size());
    }
    if (gaps != null) {
      sheet.row().text("复核").text("复核的指标表数").integer(SummaryReview.reviewedTables(round));
      sheet.row().text("复核").text("自评高于复核的指标数").integer(gaps.size());
      sheet.row().text("复核").text("自评高于复核的指标表数")
          .integer(gaps.stream().map(SummaryReview.Gap::table).distinct().count());
    }
    sheet.row().text("重复提交").text("被替代的文件数")
        .integer(round.files().stream().filter(f -> !round.current(f.file())).count());
    SummaryCharts charts = new SummaryCharts(sheet, sheet.rowIndex() + 2);
    charts.grades(List.copyOf(grades.keySet()), List.copyOf(grades.values()), firstGradeRow, lastGradeRow);
    charts.unitScores(overview.units(), overview.scores());
    sheet.finish();
  }
}
