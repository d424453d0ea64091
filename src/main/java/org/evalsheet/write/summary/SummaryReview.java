package org.evalsheet.write.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evalsheet.model.Indicator;
import org.evalsheet.review.LeafReview;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.TableResult;
import org.evalsheet.validate.Submitted;

/**
 * The {@code 复核差异} sheet (复核差异): every indicator whose self-score is above what its completion earns, the
 * largest gap first, each linked to its filled copy; what a bureau's 复核 looks at first.
 */
final class SummaryReview {
  static final String SHEET = "复核差异";
  private SummaryReview() {}

  /** One indicator above its rule score. */
  record Gap(FileResult file, TableResult table, LeafReview review, BigDecimal self, BigDecimal gap) {}

  /** Whether any table of the round was reviewed (has a 实际完成值 column or a funds block). */
  static boolean any(Round round) {
    return round.files().stream().flatMap(f -> f.tables().stream()).anyMatch(t -> t.review().applies());
  }

  /** The tables of the round that were reviewed. */
  static long reviewedTables(Round round) {
    return round.files().stream().filter(f -> round.current(f.file())).flatMap(f -> f.tables().stream())
        .filter(t -> t.review().applies()).count();
  }

  /** Every indicator of the round's current files scored above its rule score, the largest gap first. */
  static List<Gap> gaps(Round round) {
    List<Gap> gaps = new ArrayList<>();
    for (FileResult f : round.files()) {
      if (!round.current(f.file())) {
        continue;
      }
      for (TableResult t : f.tables()) {
        for (LeafReview r : t.review().above()) {
          BigDecimal self = Submitted.score(r.indicator());
          gaps.add(new Gap(f, t, r, self, self.subtract(r.ruleScore())));
        }
      }
    }
    gaps.sort(Comparator.comparing(Gap::gap).reversed().thenComparing(g -> g.file().file()));
    return gaps;
  }

  /** The sheet, from {@link #gaps} computed once for it and for the statistics. */
  static void write(SummaryXlsx wb, Round round, List<Gap> gaps) {
    SummarySheet sheet = new SummarySheet(wb, SHEET, List.of("单位", "文件", "工作表", "指标", "年度指标值",
        "实际完成值", "分值", "自评得分", "复核得分", "差额", "说明"));
    for (Gap g : gaps) {
      Indicator i = g.review().indicator();
      String link = round.filledLink().apply(g.file().file());
      sheet.row().text(g.table().table().unit()).link(g.file().file(), link).text(g.table().table().sheet())
          .text(i.name()).text(g.review().target().text()).text(g.review().actual().text())
          .amount(i.weight()).score(g.self()).score(g.review().ruleScore()).score(g.gap())
          .wrap(g.review().explanation());
    }
    sheet.finish();
  }
}
