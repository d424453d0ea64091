package org.evalsheet.batch;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;

/**
 * How a whole round ended (批量处理结果): every file's result in path order, the roster check and the time taken.
 *
 * @param files every file found in the inbox, sorted by relative path; superseded files already flagged
 * @param roster the roster check, {@link RosterOutcome#NONE} without a roster
 * @param elapsed wall-clock time of the run
 * @param previousCopies how many filled copies of an earlier run were moved to {@code .evalsheet/previous/}
 */
public record BatchResult(List<FileResult> files, RosterOutcome roster, Duration elapsed, int previousCopies) {

  public BatchResult {
    files = List.copyOf(files);
    roster = Objects.requireNonNullElse(roster, RosterOutcome.NONE);
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** A run into an output folder no earlier run had written copies to. */
  public BatchResult(List<FileResult> files, RosterOutcome roster, Duration elapsed) {
    this(files, roster, elapsed, 0);
  }

  /** How many files ended with this status. */
  public long count(Status status) {
    return files.stream().filter(f -> f.status() == status).count();
  }

  /** Files per status, every status present (zero when none), in the enum's order. */
  public Map<Status, Long> totals() {
    Map<Status, Long> m = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      m.put(s, count(s));
    }
    return m;
  }

  /** Every table read, in file order. */
  public List<TableResult> tables() {
    return files.stream().flatMap(f -> f.tables().stream()).toList();
  }

  /** 0 when no file is invalid or rejected (ignored files do not count), else 1. */
  public int exitCode() {
    return count(Status.INVALID) + count(Status.REJECTED) == 0 ? 0 : 1;
  }
}
