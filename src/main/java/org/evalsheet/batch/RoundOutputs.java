package org.evalsheet.batch;

import java.io.IOException;
import java.util.List;
import org.evalsheet.score.FileResult;

/** Writes what a round produces across all files (汇总输出): the summary workbook and the JSON report. */
@FunctionalInterface
public interface RoundOutputs {

  /** Writes nothing. */
  RoundOutputs NONE = (results, roster) -> {};

  /**
   * Called once, after every file has its result.
   *
   * @param results every file's result, sorted by relative path, duplicates already flagged
   * @param roster the roster check, {@link RosterOutcome#NONE} when no roster was given
   */
  void write(List<FileResult> results, RosterOutcome roster) throws IOException;
}
