package org.evalsheet.batch;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.evalsheet.model.Decimals;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;

/**
 * The watcher's lines for the clerk (处理记录): one per processed file (time, file, status, and total and grade or the
 * reason), and the running totals after each wave.
 */
final class WatchLog {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private WatchLog() {}

  /** {@code 2025-06-01 09:30:00 财政局/自评表.xlsx 通过 98.4分 优}. */
  static String line(FileResult r, LocalDateTime time) {
    return TIME.format(time) + " " + r.file() + " " + r.status().label() + " " + detail(r);
  }

  private static String detail(FileResult r) {
    if (r.status() == Status.REJECTED || r.status() == Status.IGNORED || r.tables().isEmpty()) {
      return r.reason() == null ? "" : r.reason();
    }
    boolean returned = r.status() == Status.INVALID;
    return r.tables().stream()
        .map(t -> t.evaluation() == null || t.evaluation().scoreTotal() == null
            ? "模板"
            : Decimals.format(t.evaluation().scoreTotal()) + "分 "
                + (returned ? "错误 " + t.errors() + " 处" : t.evaluation().grade()))
        .collect(Collectors.joining("；"));
  }

  /**
   * The running totals after a wave: {@code 目前共 16 个文件：通过 12，需退回 2，无法处理 1，已忽略 1；名单中未提交 1 个单位}.
   *
   * @param latest every file's latest result
   * @param roster the roster check of the same results ({@link RosterOutcome#NONE} without a roster)
   */
  static String totals(List<FileResult> latest, RosterOutcome roster) {
    StringBuilder sb = new StringBuilder("目前共 ").append(latest.size()).append(" 个文件：");
    sb.append(Arrays.stream(Status.values())
        .map(s -> s.label() + " " + latest.stream().filter(f -> f.status() == s).count())
        .collect(Collectors.joining("，")));
    if (roster.given()) {
      sb.append(roster.missing().isEmpty() ? "；名单中的单位均已提交" : "；名单中未提交 " + roster.missing().size() + " 个单位");
      if (!roster.notOnRoster().isEmpty()) {
        sb.append("，不在名单上的提交 ").append(roster.notOnRoster().size()).append(" 个");
      }
    }
    return sb.toString();
  }
}
