package org.evalsheet.batch;

import java.time.Instant;
import org.evalsheet.score.FileResult;

/**
 * How one attempt at a settled file ended (处理尝试): skipped (stopping, or gone), unchanged content, or processed.
 *
 * @param pending the file as observed when it settled
 * @param sha256 the content hash, null when skipped
 * @param result the processor's result, null unless processed
 * @param started when processing began, null unless processed
 * @param finished when processing ended, null unless processed
 * @param changedDuring whether the file changed while it was processed (the result is then not kept)
 */
record WatchOutcome(
    WatchWaves.Pending pending, String sha256, FileResult result, Instant started, Instant finished,
    boolean changedDuring) {

  static WatchOutcome skipped(WatchWaves.Pending p) {
    return new WatchOutcome(p, null, null, null, null, false);
  }

  static WatchOutcome unchanged(WatchWaves.Pending p, String sha256) {
    return new WatchOutcome(p, sha256, null, null, null, false);
  }

  static WatchOutcome processed(
      WatchWaves.Pending p, String sha256, FileResult result, Instant started, Instant finished, boolean changed) {
    return new WatchOutcome(p, sha256, result, started, finished, changed);
  }
}
