package org.evalsheet.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.evalsheet.batch.RosterOutcome;
import org.evalsheet.batch.RoundFiles;
import org.evalsheet.batch.RoundOutputs;
import org.evalsheet.batch.StateVersion;
import org.evalsheet.score.FileResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The round as the pages show it (本轮视图): sits between the watcher and the round's files, so that each time the
 * watcher writes summary.xlsx and report.json the board gets the same results, with when each file was received
 * and, for a resubmission, how it compares with the unit's previous submission ({@code previous} in report.json).
 */
final class RoundView implements RoundOutputs {
  private static final Logger LOG = LoggerFactory.getLogger(RoundView.class);

  /**
   * One state of the round, replaced whole after each wave.
   *
   * @param revision 0 before the first outputs, then one more per write
   * @param files every file's result, by path
   * @param roster the roster check
   * @param received when each file's current version was first seen
   * @param previous each resubmission's comparison with the unit's previous submission
   * @param written when the outputs were written, or null
   */
  record Snapshot(long revision, List<FileResult> files, RosterOutcome roster, Map<String, Instant> received,
      Map<String, Resubmission> previous, Instant written) {

    static final Snapshot EMPTY = new Snapshot(0, List.of(), RosterOutcome.NONE, Map.of(), Map.of(), null);

    Optional<FileResult> file(String name) {
      return files.stream().filter(f -> f.file().equals(name)).findFirst();
    }
  }

  private final Path inbox;
  private final Path outDir;
  private final RoundOutputs files;
  private final PreviousStore previous;
  private volatile Supplier<Map<String, List<StateVersion>>> versions = Map::of;
  private volatile Snapshot snapshot = Snapshot.EMPTY;

  RoundView(Path inbox, Path outDir, RoundOutputs files, PreviousStore previous) {
    this.inbox = inbox;
    this.outDir = outDir;
    this.files = files;
    this.previous = previous;
  }

  /** Where the watcher's versions of each file come from (set once the watcher exists). */
  void versions(Supplier<Map<String, List<StateVersion>>> source) {
    this.versions = source;
  }

  Snapshot snapshot() {
    return snapshot;
  }

  @Override
  public void write(List<FileResult> results, RosterOutcome roster) throws IOException {
    files.write(results, roster);
    Map<String, List<StateVersion>> v = versions.get();
    Map<String, Instant> received = new HashMap<>();
    for (FileResult r : results) {
      Instant at = received(r.file(), v.get(r.file()));
      if (at != null) {
        received.put(r.file(), at);
      }
    }
    Map<String, Resubmission> compared = new LinkedHashMap<>();
    previous.update(results, v).forEach((name, e) -> find(results, name).ifPresent(now ->
        compared.put(name, Resubmission.compare(e.result(), e.received(), now))));
    for (RosterOutcome.Duplicate d : roster.duplicates()) {
      if (compared.containsKey(d.kept()) || d.superseded().isEmpty()) {
        continue;
      }
      String older = d.superseded().get(0);
      Optional<FileResult> before = find(results, older);
      Optional<FileResult> now = find(results, d.kept());
      if (before.isPresent() && now.isPresent()) {
        Instant at = received.get(older);
        compared.put(d.kept(), Resubmission.compare(before.get(), at == null ? null : at.toString(), now.get()));
      }
    }
    if (!compared.isEmpty()) {
      try {
        ReportJson.addPrevious(RoundFiles.reportFile(outDir), compared);
      } catch (IOException | RuntimeException e) {
        // The board still shows the comparison; only report.json lacks it until the next wave.
        LOG.warn("无法把与上次提交的对比写入 report.json：{}", e.toString());
      }
    }
    long next = snapshot.revision() + 1;
    snapshot = new Snapshot(next, List.copyOf(results), roster, Map.copyOf(received), Map.copyOf(compared),
        Instant.now());
  }

  private Instant received(String file, List<StateVersion> v) {
    if (v != null && !v.isEmpty()) {
      try {
        return Instant.parse(v.get(v.size() - 1).firstSeen());
      } catch (RuntimeException e) {
        // fall through to the file's own time
      }
    }
    try {
      return Files.getLastModifiedTime(inbox.resolve(file)).toInstant();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Optional<FileResult> find(List<FileResult> results, String name) {
    return results.stream().filter(f -> f.file().equals(name)).findFirst();
  }
}
