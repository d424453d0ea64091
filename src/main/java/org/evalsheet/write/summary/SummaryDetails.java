package org.evalsheet.write.summary;

import java.util.List;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.score.Deduction;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.LeafScore;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;

/**
 * The row-heavy detail sheets of the summary (明细表): 问题清单, 扣分明细, 指标明细, 未通过文件 and 未提交, each
 * streamed one row per finding, deduction, indicator or file.
 */
final class SummaryDetails {
  static final String FINDINGS = "问题清单";
  static final String DEDUCTIONS = "扣分明细";
  static final String INDICATORS = "指标明细";
  static final String FAILED = "未通过文件";
  static final String MISSING = "未提交";

  private SummaryDetails() {}

  static void findings(SummaryXlsx wb, Round round) {
    SummarySheet sheet = new SummarySheet(wb, FINDINGS, List.of("单位", "文件", "单元格", "级别", "代码", "说明"));
    for (FileResult f : round.files()) {
      String link = round.filledLink().apply(f.file());
      for (TableResult t : f.tables()) {
        for (Finding x : t.findings()) {
          sheet.row().text(t.table().unit()).link(f.file(), link).text(x.cell() == null ? "" : x.cell().toString())
              .text(x.severity().label()).text(x.code()).text(x.message());
        }
      }
    }
    sheet.finish();
  }

  static void deductions(SummaryXlsx wb, Round round) {
    SummarySheet sheet = new SummarySheet(wb, DEDUCTIONS,
        List.of("单位", "一级指标", "二级指标", "末级指标", "权重", "得分", "扣分"));
    for (FileResult f : round.files()) {
      for (TableResult t : f.tables()) {
        if (t.evaluation() == null) {
          continue;
        }
        for (Deduction d : t.evaluation().deductions()) {
          List<String> path = d.indicator().path();
          sheet.row().text(t.table().unit()).text(path.get(0)).text(path.size() > 2 ? path.get(1) : "")
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

  static void failed(SummaryXlsx wb, Round round) {
    SummarySheet sheet = new SummarySheet(wb, FAILED, List.of("文件", "状态", "原因"));
    for (FileResult f : round.files()) {
      if (f.status() == Status.REJECTED || f.status() == Status.IGNORED) {
        sheet.row().text(f.file()).text(f.status().label()).text(f.reason());
      }
    }
    sheet.finish();
  }

  /** Roster units that did not submit, then the files replaced by a newer submission of the same unit. */
  static void missing(SummaryXlsx wb, Round round) {
    SummarySheet sheet = new SummarySheet(wb, MISSING, List.of("序号", "单位", "说明"));
    int n = 0;
    for (String unit : round.missingUnits()) {
      sheet.row().integer(++n).text(unit).text("未提交");
    }
    for (FileResult f : round.files()) {
      if (!round.current(f.file())) {
        String unit = f.tables().isEmpty() ? "" : f.tables().get(0).table().unit();
        sheet.row().blank().text(unit)
            .text("重复提交（DUPLICATE_SUBMISSION）：" + f.file() + " 已被该单位较新的文件替代，不参与排名");
      }
    }
    sheet.finish();
  }
}
