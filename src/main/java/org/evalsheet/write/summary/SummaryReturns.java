package org.evalsheet.write.summary;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;
import org.evalsheet.write.RunInfo;

/**
 * The sheets a clerk works through with the telephone (退回与名单): 退回清单, every file that must go back or could
 * not be processed with its error count and first error (the files merely ignored last, in grey), and 名单核对,
 * the roster's units that sent nothing, submissions from units not on it, and files replaced by a newer one.
 */
final class SummaryReturns {
  static final String RETURNS = "退回清单";
  static final String ROSTER = "名单核对";

  private SummaryReturns() {}

  static void returns(SummaryXlsx wb, Round round) {
    SummarySheet sheet = new SummarySheet(wb, RETURNS, List.of("序号", "单位", "状态", "文件", "错误数", "第一处错误或原因"));
    int n = 0;
    for (Status status : List.of(Status.INVALID, Status.REJECTED, Status.IGNORED)) {
      for (FileResult f : round.files()) {
        if (f.status() != status || !round.current(f.file())) {
          continue;
        }
        sheet.row().integer(++n).text(unit(round.run(), f))
            .styled(f.status().label(), status == Status.IGNORED ? SummaryStyles.MUTED : SummaryStyles.BAD)
            .link(f.file(), round.filledLink().apply(f.file()));
        if (status == Status.INVALID) {
          long errors = f.tables().stream().mapToLong(TableResult::errors).sum();
          sheet.integer(errors).wrap(f.firstError());
        } else {
          sheet.blank().wrap(f.reason());
        }
      }
    }
    sheet.finish();
  }

  /** The units a file's tables name, or the roster unit its name matched; "" when nothing names one. */
  static String unit(RunInfo run, FileResult f) {
    Set<String> units = new LinkedHashSet<>();
    f.tables().forEach(t -> units.add(t.table().unit()));
    if (units.isEmpty()) {
      return run.rosterUnits().getOrDefault(f.file(), "");
    }
    return String.join("、", units);
  }

  /** 名单核对: missing units, submissions not on the roster, superseded files; only when a roster was given. */
  static void roster(SummaryXlsx wb, Round round) {
    SummarySheet sheet = new SummarySheet(wb, ROSTER, List.of("序号", "单位", "情况", "文件"));
    int n = 0;
    for (String unit : round.missingUnits()) {
      sheet.row().integer(++n).text(unit).styled("未提交", SummaryStyles.BAD).blank();
    }
    for (RunInfo.Unlisted u : round.run().notOnRoster()) {
      sheet.row().integer(++n).text(u.unit().isEmpty() ? "（无法判断单位）" : u.unit())
          .styled("不在名单上", SummaryStyles.WARN).link(u.file(), round.filledLink().apply(u.file()));
    }
    Map<String, FileResult> byName = new HashMap<>();
    round.files().forEach(f -> byName.put(f.file(), f));
    for (Map.Entry<String, String> e : new TreeMap<>(round.run().supersededBy()).entrySet()) {
      FileResult f = byName.get(e.getKey());
      String kept = e.getValue().isEmpty() ? "该单位较新的文件" : e.getValue();
      sheet.row().integer(++n).text(f == null ? "" : unit(round.run(), f))
          .styled("重复提交，以 " + kept + " 为准，本文件不计入排名", SummaryStyles.MUTED).text(e.getKey());
    }
    sheet.finish();
  }
}
