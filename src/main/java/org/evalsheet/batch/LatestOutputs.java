package org.evalsheet.batch;

import java.io.IOException;
import java.util.List;
import org.evalsheet.score.FileResult;
import org.evalsheet.write.AtomicFiles;

/**
 * Writes a round's outputs (汇总输出: summary.xlsx, report.json) from the latest result of every file now in the
 * inbox; the watcher calls it after each settled wave of arrivals.
 */
@FunctionalInterface
interface LatestOutputs {
  /**
   * Replaces the outputs; implementations should write through {@link AtomicFiles}.
   *
   * @param latest one result per file in the inbox, ordered by path
   */
  void write(List<FileResult> latest) throws IOException;

  /**
   * The running totals the clerk sees once the outputs are rewritten after a wave ({@code 目前共 16 个文件：通过 12，…}).
   *
   * @param latest what was just written
   */
  default String totals(List<FileResult> latest) {
    return WatchLog.totals(latest, RosterOutcome.NONE);
  }
}
