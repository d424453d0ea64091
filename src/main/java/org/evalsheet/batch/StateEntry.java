package org.evalsheet.batch;

import java.util.List;
import java.util.Objects;
import org.evalsheet.model.Version;
import org.evalsheet.score.FileResult;

/**
 * What the watcher remembers of one inbox path (处理记录): the version last processed, its result, and every
 * version seen before, so that outputs are rebuilt after a restart without reading any input again.
 *
 * @param file the path relative to the inbox, with {@code /} separators
 * @param size the size when the current version was read
 * @param modified the modification time (epoch milliseconds) when the current version was read
 * @param sha256 the current version's content hash
 * @param result the current version's result
 * @param versions every version processed, oldest first; the last one is the current version
 * @param tool the evalsheet version that produced {@code result}; a result of another version is not reused, since
 *     a newer reader may read the same bytes differently (null in state written before versions were recorded)
 */
record StateEntry(
    String file, long size, long modified, String sha256, FileResult result, List<StateVersion> versions,
    String tool) {

  public StateEntry {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(result, "result");
    versions = List.copyOf(versions);
  }

  /** An entry made by this evalsheet. */
  public StateEntry(
      String file, long size, long modified, String sha256, FileResult result, List<StateVersion> versions) {
    this(file, size, modified, sha256, result, versions, Version.get());
  }

  /** The same content seen with a new size or modification time (a touch, a copy that kept the bytes). */
  StateEntry restat(long newSize, long newModified) {
    return new StateEntry(file, newSize, newModified, sha256, result, versions, tool);
  }
}
