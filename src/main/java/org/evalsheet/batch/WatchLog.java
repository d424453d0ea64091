package org.evalsheet.batch;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.evalsheet.model.Decimals;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;

/** The line per processed file (处理记录): time, file, status, and total and grade or the reason. */
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
    return r.tables().stream()
        .map(t -> t.evaluation() == null || t.evaluation().scoreTotal() == null
            ? "模板"
            : Decimals.format(t.evaluation().scoreTotal()) + "分 " + t.evaluation().grade())
        .collect(Collectors.joining("；"));
  }
}
