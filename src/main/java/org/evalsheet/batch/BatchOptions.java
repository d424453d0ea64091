package org.evalsheet.batch;

import java.nio.file.Path;
import java.util.Objects;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.ReadLimits;

/**
 * What one batch run is asked to do (批量处理选项).
 *
 * @param inbox the folder of submissions, only ever read
 * @param outDir where filled copies, the summary and the report go; never inside the inbox
 * @param roster the list of units expected to submit (名单), or null
 * @param scale the grade bands
 * @param threads how many files are processed at once, at least 1
 * @param json another place for a copy of the report ({@code OUTDIR/report.json} is always written), or null
 * @param limits bounds on reading one file, including its wall-clock timeout
 */
public record BatchOptions(
    Path inbox, Path outDir, Path roster, GradeScale scale, int threads, Path json, ReadLimits limits) {

  public BatchOptions {
    Objects.requireNonNull(inbox, "inbox");
    Objects.requireNonNull(outDir, "outDir");
    scale = Objects.requireNonNullElse(scale, GradeScale.DEFAULT);
    limits = Objects.requireNonNullElse(limits, ReadLimits.DEFAULT);
    if (threads < 1) {
      throw new IllegalArgumentException("并行数必须至少为 1：" + threads);
    }
  }

  /** Defaults for everything but the two folders: no roster, default grades, one thread per core. */
  public static BatchOptions of(Path inbox, Path outDir) {
    return new BatchOptions(inbox, outDir, null, GradeScale.DEFAULT, defaultThreads(), null, ReadLimits.DEFAULT);
  }

  /** The number of available processors. */
  public static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  public BatchOptions withThreads(int n) {
    return new BatchOptions(inbox, outDir, roster, scale, n, json, limits);
  }

  public BatchOptions withRoster(Path file) {
    return new BatchOptions(inbox, outDir, file, scale, threads, json, limits);
  }

  public BatchOptions withLimits(ReadLimits l) {
    return new BatchOptions(inbox, outDir, roster, scale, threads, json, l);
  }

  /** {@code OUTDIR/summary.xlsx}. */
  public Path summaryFile() {
    return RoundFiles.summaryFile(outDir);
  }

  /** {@code OUTDIR/report.json}, written whether or not {@code json} asks for a copy. */
  public Path reportFile() {
    return RoundFiles.reportFile(outDir);
  }

  /** {@code OUTDIR/filled}, under which each filled copy keeps its relative path. */
  public Path filledDir() {
    return RoundFiles.filledDir(outDir);
  }
}
