package org.evalsheet.write.summary;

import java.util.List;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Severity;
import org.evalsheet.score.Deduction;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.LeafScore;
import org.evalsheet.score.TableResult;

/**
 * The row-heavy detail sheets of the summary (明细表): 问题清单, 提示, 扣分明细 and 指标明细, each streamed one row per
 * finding, deduction or indicator.
 */
final class SummaryDetails {
  static final String FINDINGS = "问题清单";
  static final String DEDUCTIONS = "扣分明细";
  static final String INDICATORS = "指标明细";
  static final String INFOS = "提示";

  private SummaryDetails() {}

  /**
   * 问题清单: every error, then every warning (级别 coloured), each group by file and within a file by position;
   * the file links to its filled copy. Infos go to a sheet of their own ({@link #infos}) so that they do not bury
   * what must be acted on.
   */
  static void findings(SummaryXlsx wb, Round round) {
    SummarySheet sheet = new SummarySheet(wb, FINDINGS, List.of("级别", "单位", "文件", "单元格", "说明", "代码"));
    for (Severity level : List.of(Severity.ERROR, Severity.WARNING)) {
      int style = level == Severity.ERROR ? SummaryStyles.BAD : SummaryStyles.WARN;
      for (FileResult f : round.files()) {
        String link = round.filledLink().apply(f.file());
        for (TableResult t : f.tables()) {
          for (Finding x : t.findings()) {
            if (x.severity() == level) {
              sheet.row().styled(level.label(), style).text(t.table().unit()).link(f.file(), link)
                  .text(x.cell() == null ? "" : x.cell().toString()).wrap(x.message()).text(x.code());
            }
          }
        }
      }
    }
    sheet.finish();
  }

  /** 提示: the infos (how a table was read, what the review recomputed), by file and position. */
  static void infos(SummaryXlsx wb, Round round) {
    SummarySheet sheet = new SummarySheet(wb, INFOS, List.of("单位", "文件", "单元格", "说明", "代码"));
    for (FileResult f : round.files()) {
      String link = round.filledLink().apply(f.file());
      for (TableResult t : f.tables()) {
        for (Finding x : t.findings()) {
          if (x.severity() == Severity.INFO) {
            sheet.row().text(t.table().unit()).link(f.file(), link)
                .text(x.cell() == null ? "" : x.cell().toString()).wrap(x.message()).text(x.code());
          }
        }
      }
    }
    sheet.finish();
  }

  static void deductions(SummaryXlsx wb, Round round) {
    SummarySheet sheet = new SummarySheet(wb, DEDUCTIONS,
        List.of("单位", "项目", "一级指标", "二级指标", "末级指标", "权重", "得分", "扣分"));
    for (FileResult f : round.files()) {
      for (TableResult t : f.tables()) {
        if (t.evaluation() == null) {
          continue;
        }
        for (Deduction d : t.evaluation().deductions()) {
          List<String> path = d.indicator().path();
          sheet.row().text(t.table().unit()).text(t.table().project()).text(path.get(0)).text(path.size() > 2 ? path.get(1) : "")
              .text(d.name()).score(d.weight()).score(d.score()).score(d.points());
        }
      }
    }
    sheet.finish();
  }

  static void indicators(SummaryXlsx wb, Round round) {
    SummarySheet sheet = new SummarySheet(wb, INDICATORS,
        List.of("单位", "项目", "一级指标", "二级指标", "三级指标", "四级指标", "权重", "得分", "得分率"));
    for (FileResult f : round.files()) {
      for (TableResult t : f.tables()) {
        IndicatorTable table = t.table();
        if (t.evaluation() != null) {
          for (LeafScore leaf : t.evaluation().leaves()) {
            path(sheet.row().text(table.unit()).text(table.project()), leaf.indicator())
                .amount(leaf.indicator().weight());
            if (leaf.score() != null) {
              sheet.score(leaf.score());
            } else {
              sheet.amount(leaf.indicator().score());
            }
            sheet.rate(leaf.rate());
          }
        } else {
          for (Indicator i : table.indicators()) {
            path(sheet.row().text(table.unit()).text(table.project()), i).amount(i.weight()).amount(i.score())
                .rate(i.rate().isNumber() ? i.rate().value() : null);
          }
        }
      }
    }
    sheet.finish();
  }

  /** Four path columns; a deeper path keeps its tail in the fourth, joined by {@code /}. */
  private static SummarySheet path(SummarySheet sheet, Indicator indicator) {
    List<String> p = indicator.path();
    for (int level = 0; level < 3; level++) {
      sheet.text(level < p.size() ? p.get(level) : "");
    }
    return sheet.text(p.size() > 3 ? String.join(" / ", p.subList(3, p.size())) : "");
  }
}
