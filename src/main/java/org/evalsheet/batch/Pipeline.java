package org.evalsheet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Profile;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.score.Assessor;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.TableResult;
import org.evalsheet.write.fill.FilledCopyWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real work on one file (处理流程): read every table, validate and score it, and write the filled copy when an
 * output folder is given. Bad input becomes a rejected result, never an exception.
 */
public final class Pipeline implements FileProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
  /** Reason shown when a readable workbook holds nothing recognisable as an indicator table. */
  public static final String NO_TABLE = WorkbookReader.NO_TABLE;

  private final WorkbookReader reader;
  private final ReadLimits limits;
  private final Profile profile;
  private final Path filledDir;

  /**
   * @param limits bounds on each input
   * @param profile the bureau's rules: grade bands, full mark, review rules
   * @param filledDir where filled copies go, under the same relative name; null to write none
   */
  public Pipeline(ReadLimits limits, Profile profile, Path filledDir) {
    this.reader = new WorkbookReader(limits);
    this.limits = limits;
    this.profile = profile;
    this.filledDir = filledDir;
  }

  /** A rejection, and its one line in the run's log: the reason the clerk reads and the cause behind it. */
  static FileResult rejected(String name, String reason, Throwable cause) {
    LOG.warn("{}：无法处理，{}{}", name, reason, cause == null ? "" : "；原因：" + causes(cause));
    return FileResult.rejected(name, reason);
  }

  /** A failure and what caused it, outermost first: {@code ZipException: invalid CEN header ← EOFException}. */
  static String causes(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (int depth = 0; t != null && depth < 5; t = t.getCause(), depth++) {
      String msg = t.getMessage();
      sb.append(depth == 0 ? "" : " ← ").append(t.getClass().getSimpleName())
          .append(msg == null || msg.isBlank() ? "" : ": " + msg.strip().replaceAll("\\s+", " "));
    }
    return sb.length() > 500 ? sb.substring(0, 500) + "…" : sb.toString();
  }

  @Override
  public FileResult process(Path file, String name) {
    WorkbookReader.Result read;
    try {
      read = reader.readAll(file);
    } catch (UnreadableFileException e) {
      return rejected(name, e.reason(), e.getCause());
    }
    List<IndicatorTable> tables = read.tables();
    if (tables.isEmpty()) {
      return rejected(name, read.noTable(), null);
    }
    List<TableResult> results = new ArrayList<>();
    for (IndicatorTable t : tables) {
      results.add(Assessor.assess(t, profile));
    }
    if (filledDir != null) {
      if (Thread.currentThread().isInterrupted()) {
        // The batch gave up on this file (time limit) and reported it; a late copy would contradict the report.
        return rejected(name, "处理被中止", null);
      }
      Path target = filledDir.resolve(name).normalize();
      try {
        Files.createDirectories(target.getParent());
        FilledCopyWriter.write(read.source(), target, results, limits);
      } catch (IOException | UnreadableFileException e) {
        return rejected(name, "无法写出填好的副本：" + e.getMessage(), e);
      }
    }
    // Only validation reads the long texts; a round of thousands of tables keeps the rest.
    return FileResult.read(name, results.stream().map(TableResult::withoutTexts).toList());
  }
}
