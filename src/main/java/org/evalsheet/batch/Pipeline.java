package org.evalsheet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.read.ReadLimits;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.score.Assessor;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.GradeScale;
import org.evalsheet.score.TableResult;
import org.evalsheet.write.FilledCopyWriter;

/**
 * The real work on one file (处理流程): read every table, validate and score it, and write the filled copy when an
 * output folder is given. Bad input becomes a rejected result, never an exception.
 */
public final class Pipeline implements FileProcessor {
  /** Reason shown when a readable workbook holds nothing recognisable as an indicator table. */
  public static final String NO_TABLE = WorkbookReader.NO_TABLE;

  private final WorkbookReader reader;
  private final GradeScale scale;
  private final Path filledDir;

  /**
   * @param limits bounds on each input
   * @param scale grade bands
   * @param filledDir where filled copies go, under the same relative name; null to write none
   */
  public Pipeline(ReadLimits limits, GradeScale scale, Path filledDir) {
    this.reader = new WorkbookReader(limits);
    this.scale = scale;
    this.filledDir = filledDir;
  }

  @Override
  public FileResult process(Path file, String name) {
    WorkbookReader.Result read;
    try {
      read = reader.readAll(file);
    } catch (UnreadableFileException e) {
      return FileResult.rejected(name, e.reason());
    }
    List<IndicatorTable> tables = read.tables();
    if (tables.isEmpty()) {
      return FileResult.rejected(name, read.noTable());
    }
    List<TableResult> results = new ArrayList<>();
    for (IndicatorTable t : tables) {
      results.add(Assessor.assess(t, scale));
    }
    if (filledDir != null) {
      if (Thread.currentThread().isInterrupted()) {
        // The batch gave up on this file (time limit) and reported it; a late copy would contradict the report.
        return FileResult.rejected(name, "处理被中止");
      }
      Path target = filledDir.resolve(name).normalize();
      try {
        Files.createDirectories(target.getParent());
        FilledCopyWriter.write(file, target, results);
      } catch (IOException | UnreadableFileException e) {
        return FileResult.rejected(name, "无法写出填好的副本：" + e.getMessage());
      }
    }
    // Only validation reads the long texts; a round of thousands of tables keeps the rest.
    return FileResult.read(name, results.stream().map(TableResult::withoutTexts).toList());
  }
}
