package org.evalsheet.batch;

import org.evalsheet.score.FileResult;

/**
 * Hears how a batch run progresses (处理进度). Calls never overlap, so implementations need no locking; they must
 * be quick, since workers wait for them.
 */
public interface BatchListener {

  /** Does nothing. */
  BatchListener NONE = new BatchListener() {};

  /** Before any file: {@code total} files were found in the inbox, ignored ones included. */
  default void started(int total) {}

  /** One more file has its result; {@code done} of {@code total} have. Order is completion order. */
  default void fileDone(FileResult result, int done, int total) {}

  /** After the outputs are written. */
  default void finished(BatchResult result) {}
}
