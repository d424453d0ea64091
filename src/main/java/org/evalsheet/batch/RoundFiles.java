package org.evalsheet.batch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.evalsheet.model.GradeScale;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.score.FileResult;
import org.evalsheet.write.AtomicFiles;
import org.evalsheet.write.JsonReport;
import org.evalsheet.write.RunInfo;
import org.evalsheet.write.summary.Round;
import org.evalsheet.write.summary.SummaryWriter;

/**
 * The round's outputs on disk (汇总文件): {@code summary.xlsx} and {@code report.json} in OUTDIR (and a copy of the
 * report where {@code --json} says), each written to a temporary file and renamed into place.
 */
public final class RoundFiles implements RoundOutputs {
  private final Path summary;
  private final Path report;
  private final Path extraReport;
  private final Path filledDir;
  private final RunInfo run;

  /**
   * @param outDir OUTDIR
   * @param extraReport another place for the JSON report, or null
   * @param run the run as started: its time, folders, profile and roster file, which the outputs state
   */
  public RoundFiles(Path outDir, Path extraReport, RunInfo run) {
    this.summary = summaryFile(outDir);
    this.report = reportFile(outDir);
    this.extraReport = extraReport;
    this.filledDir = filledDir(outDir);
    this.run = run.out() == null ? run.withFolders(run.inbox(), outDir) : run;
  }

  /** Outputs of a run under the default profile's name with these grade bands. */
  public RoundFiles(Path outDir, Path extraReport, GradeScale scale) {
    this(outDir, extraReport, RunInfo.of(ProfileReader.DEFAULT, scale));
  }

  /** {@code OUTDIR/summary.xlsx}: the layout of OUTDIR is decided here, for batch and watch alike. */
  public static Path summaryFile(Path outDir) {
    return outDir.resolve("summary.xlsx");
  }

  /** {@code OUTDIR/report.json}, always written; {@code --json} only adds a copy elsewhere. */
  public static Path reportFile(Path outDir) {
    return outDir.resolve("report.json");
  }

  /**
   * {@code OUTDIR/.evalsheet/evalsheet.log}: the run's log (POI's and the XML parser's messages, every rejected file
   * with its cause), kept out of the clerk's console.
   */
  public static Path logFile(Path outDir) {
    return outDir.resolve(".evalsheet").resolve("evalsheet.log");
  }

  /** {@code OUTDIR/filled}, under which each filled copy keeps its path relative to the inbox. */
  public static Path filledDir(Path outDir) {
    return outDir.resolve("filled");
  }

  @Override
  public void write(List<FileResult> results, RosterOutcome roster) throws IOException {
    RunInfo done = run.withRoster(roster.given() ? roster.roster() : null, roster.missing(), roster.notOnRoster(),
        roster.supersededBy(), roster.units()).finished(Duration.between(run.started(), Instant.now()),
        this::filledLink);
    Round round = new Round(results, done);
    // The two outputs are independent and each single-threaded: write the report while the summary is written.
    CompletableFuture<Void> json = CompletableFuture.runAsync(() -> {
      try {
        writeReport(results, done, report);
        if (extraReport != null
            && !extraReport.toAbsolutePath().normalize().equals(report.toAbsolutePath().normalize())) {
          AtomicFiles.write(extraReport, out -> Files.copy(report, out));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    SummaryWriter.write(round, summary);
    try {
      json.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }

  /** The link from the summary to a file's filled copy, relative to the summary; null when there is none. */
  private String filledLink(String file) {
    Path copy = filledDir.resolve(file);
    return Files.isRegularFile(copy) ? "filled/" + file : null;
  }

  private static void writeReport(List<FileResult> results, RunInfo done, Path target) throws IOException {
    AtomicFiles.write(target, out -> {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      JsonReport.write(results, done, w);
    });
  }
}
