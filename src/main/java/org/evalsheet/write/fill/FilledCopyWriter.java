package org.evalsheet.write.fill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.read.xlsx.WorkbookFile;
import org.evalsheet.read.xlsx.WorkbookOpener;
import org.evalsheet.score.TableResult;
import org.evalsheet.write.AtomicFiles;

/**
 * Writes the filled copy of a submitted workbook (填好的副本): 得分率, derived 得分, the 合计 row, every error and
 * warning marked on its cell and a 评价结论 sheet; everything else stays as the department wrote it, in the same
 * format (.xls stays .xls, .xlsm keeps its macros).
 */
public final class FilledCopyWriter {
  private FilledCopyWriter() {}

  /**
   * Writes a filled copy of {@code input} to {@code output}; never modifies input; refuses output == input.
   *
   * @param input the submitted workbook, opened from an in-memory copy so that nothing can write back to it
   * @param output the copy to write; replaced atomically when it exists, its folder created when missing
   * @param tables the results of the tables read from {@code input}
   * @param limits the bounds the input was read under, which the copy keeps to as well
   * @throws IOException when output is input, or the copy cannot be written
   * @throws UnreadableFileException when input cannot be read as a workbook
   */
  public static void write(Path input, Path output, List<TableResult> tables, ReadLimits limits)
      throws IOException, UnreadableFileException {
    write(input, output, tables, limits, Route.AUTO);
  }

  /** Which way a filled copy is written (填写路径); tests run both. */
  enum Route {
    /** The zip-patching fast path for .xlsx/.xlsm, POI's usermodel for .xls and whatever the fast path refuses. */
    AUTO,
    /** Always POI's usermodel. */
    USERMODEL,
    /** Only the fast path: fails with {@link IllegalStateException} when it does not apply (for tests). */
    FAST
  }

  static void write(Path input, Path output, List<TableResult> tables, Route route)
      throws IOException, UnreadableFileException {
    write(input, output, tables, ReadLimits.DEFAULT, route);
  }

  static void write(Path input, Path output, List<TableResult> tables, ReadLimits limits, Route route)
      throws IOException, UnreadableFileException {
    refuseSameFile(input, output);
    WorkbookFile file;
    try {
      if (Files.size(input) > limits.maxFileBytes()) {
        refuse(route, "文件过大");
        throw new UnreadableFileException(input, WorkbookOpener.tooLarge(limits));
      }
      file = WorkbookFile.read(input, limits);
    } catch (IOException e) {
      refuse(route, "文件无法读取");
      throw new UnreadableFileException(input, "文件无法读取", e);
    }
    write(file, output, tables, limits, route);
  }

  /**
   * Writes a filled copy of a workbook the reader has read into memory, from that copy: the file is not read again.
   *
   * @param input the submitted workbook as {@code WorkbookReader} read it
   * @param output the copy to write; replaced atomically when it exists, its folder created when missing
   * @param tables the results of the tables read from {@code input}
   * @param limits the bounds the input was read under, which the copy keeps to as well
   * @throws IOException when output is input, or the copy cannot be written
   * @throws UnreadableFileException when input cannot be read as a workbook
   */
  public static void write(WorkbookFile input, Path output, List<TableResult> tables, ReadLimits limits)
      throws IOException, UnreadableFileException {
    refuseSameFile(input.path(), output);
    write(input, output, tables, limits, Route.AUTO);
  }

  private static void write(WorkbookFile input, Path output, List<TableResult> tables, ReadLimits limits,
      Route route) throws IOException, UnreadableFileException {
    if (route != Route.USERMODEL) {
      String refused = input.length() > limits.maxFileBytes() ? "文件过大"
          : XlsxPatch.write(input, output, tables, limits);
      if (refused == null) {
        return;
      }
      refuse(route, refused);
    }
    usermodel(input, output, tables);
  }

  /** On the fast route alone (tests), a reason the fast path does not apply is a failure. */
  private static void refuse(Route route, String why) {
    if (route == Route.FAST) {
      throw new IllegalStateException("快速路径不适用：" + why);
    }
  }

  private static void usermodel(WorkbookFile input, Path output, List<TableResult> tables)
      throws IOException, UnreadableFileException {
    byte[] bytes;
    try {
      // Damaged document properties, theme, printer settings or calculation chain are left out of the copy.
      bytes = input.forUsermodel();
    } catch (IOException e) {
      throw new UnreadableFileException(input.path(), "文件无法读取", e);
    }
    try (Workbook workbook = WorkbookOpener.open(input.path(), bytes)) {
      UsermodelCopy.fill(workbook, tables);
      save(workbook, output);
    } catch (RuntimeException e) {
      if (!thrownByPoi(e)) {
        throw e;
      }
      // POI meets damage no check before could see only when it builds on it: a style record missing from an
      // .xls, a document-properties part it parses only when saving. The file ends as rejected, nothing written.
      throw WorkbookOpener.rejected(input.path(), e);
    }
  }

  /**
   * Whether POI itself raised {@code e} (its own consistency checks on a damaged file, or a JDK collection it
   * indexed with a number from the file), not evalsheet: the first frame outside the JDK is POI's.
   */
  static boolean thrownByPoi(Throwable e) {
    for (StackTraceElement f : e.getStackTrace()) {
      String c = f.getClassName();
      if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) {
        continue;
      }
      return c.startsWith("org.apache.poi.");
    }
    return false;
  }

  private static void refuseSameFile(Path input, Path output) throws IOException {
    boolean same = input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())
        || (Files.exists(output) && Files.isSameFile(input, output));
    if (same) {
      throw new IOException("输出文件不能与输入文件相同，原文件不会被覆盖：" + input);
    }
  }

  /** Writes next to the target and moves into place, so a watcher never sees half a file. */
  private static void save(Workbook workbook, Path output) throws IOException {
    AtomicFiles.write(output, workbook::write, false);
  }
}
