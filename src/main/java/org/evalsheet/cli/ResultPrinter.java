package org.evalsheet.cli;

import java.io.PrintWriter;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Severity;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;

/**
 * Prints a file's result the way compilers do (结果输出): its errors, then its warnings, one line each, a count of
 * the infos (all of them with {@code --verbose}), then one line per table.
 */
final class ResultPrinter {
  private ResultPrinter() {}

  static void print(FileResult r, PrintWriter out, boolean verbose) {
    switch (r.status()) {
      case REJECTED, IGNORED -> out.println(r.file() + ": " + r.status().label() + ": " + r.reason());
      default -> {
        long infos = 0;
        for (Severity level : Severity.values()) {
          for (TableResult t : r.tables()) {
            for (Finding f : t.findings()) {
              if (f.severity() != level) {
                continue;
              }
              if (level == Severity.INFO && !verbose) {
                infos++;
              } else {
                out.println(r.file() + ":" + (f.cell() == null ? t.table().sheet() + ": " : "") + f);
              }
            }
          }
        }
        if (infos > 0) {
          out.println(r.file() + ": 另有 " + infos + " 条提示，加 --verbose 查看");
        }
        for (TableResult t : r.tables()) {
          out.println(r.file() + ":" + t.table().sheet() + ": " + summary(t, r.status() == Status.INVALID));
        }
      }
    }
  }

  /**
   * {@code 青岛市人民政府办公厅：得分 98.4 / 权重 100，得分率 98.40%，等次 优；错误 0，警告 0}. A table of a file that
   * must go back (需退回) shows its score for reference and no grade, as the summary does.
   */
  static String summary(TableResult t, boolean returned) {
    Evaluation e = t.evaluation();
    StringBuilder sb = new StringBuilder(t.table().unit()).append('：');
    if (e.template()) {
      sb.append("空白模板（无得分），权重合计 ").append(Decimals.format(e.weightTotal()));
    } else {
      sb.append("得分 ").append(Decimals.format(e.scoreTotal()))
          .append(" / 权重 ").append(Decimals.format(e.weightTotal()));
      if (e.rescaled()) {
        sb.append("（适用权重 ").append(Decimals.format(e.applicableWeight())).append("，百分制 ")
            .append(Decimals.format(e.onHundred())).append(" 分）");
      }
      sb.append("，得分率 ").append(Decimals.percent(e.rate()));
      if (returned) {
        sb.append("，等次 —（需退回，更正后评定）");
      } else {
        sb.append("，等次 ").append(e.grade() == null ? "—" : e.grade());
      }
    }
    return sb.append("；错误 ").append(t.errors()).append("，警告 ").append(t.warnings()).toString();
  }
}
