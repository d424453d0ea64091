package org.evalsheet.read.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.read.grid.BadCoordinateException;
import org.evalsheet.read.grid.Grid;
import org.evalsheet.read.grid.SheetTooLargeException;

/**
 * The container's one door (工作簿读取): checks an untrusted file, opens it the safest way that works and hands each
 * visible sheet over as a {@link Grid}, in sheet order.
 *
 * <p>The file is read into memory once ({@link WorkbookFile}) and checked there. An .xlsx/.xlsm file is read
 * straight from its sheet XML ({@link StreamingGridLoader}, SAX, formulas without a cached value computed by {@link
 * Formulas}); an .xls file, and a package whose XML the streaming reader does not
 * take the same way, are read through POI's usermodel ({@link PoiGridLoader}), which gives the same grid. A package
 * POI cannot open is tried once more without its damaged optional parts.
 */
public final class WorkbookLoader {
  private WorkbookLoader() {}

  /**
   * Checks an untrusted file and reads it into memory, once: everything after (the sheets, the filled copy) reads
   * this copy.
   *
   * @throws UnreadableFileException when the file must not or cannot be read, with the reason
   */
  public static WorkbookFile open(Path file, ReadLimits limits) throws UnreadableFileException {
    return WorkbookOpener.check(file, limits);
  }

  /**
   * Hands every visible sheet of a file {@link #open} has read to {@code sheets}, in sheet order.
   *
   * @return the Chinese notes on optional parts read past (a damaged theme or document properties), empty when none
   * @throws UnreadableFileException when the file cannot be read, or a sheet is too large (工作表过大)
   */
  public static List<String> load(WorkbookFile file, ReadLimits limits, Consumer<Grid> sheets)
      throws UnreadableFileException {
    Path path = file.path();
    try {
      boolean pkg = file.isPackage();
      List<Grid> grids = pkg ? streamed(file, limits) : null;
      if (grids != null) {
        grids.forEach(sheets);
      } else {
        usermodel(file, limits, pkg, sheets);
      }
      return pkg ? file.damage().stream().map(OptionalParts.Damage::message).toList() : List.of();
    } catch (SheetTooLargeException e) {
      throw new UnreadableFileException(path, SheetTooLargeException.REASON, e);
    } catch (BadCoordinateException e) {
      throw new UnreadableFileException(path, e.reason(), e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(path, "文件已损坏或无法读取", e);
    }
  }

  /**
   * The visible sheets read straight from the package's XML, or null when POI's usermodel must read the workbook:
   * XML the streaming reader does not take the same way, or any failure, whose reason the usermodel then gives
   * exactly as before.
   */
  private static List<Grid> streamed(WorkbookFile file, ReadLimits limits) throws UnreadableFileException {
    try (StreamingGridLoader loader = StreamingGridLoader.open(file, limits.maxCellsPerSheet())) {
      List<Grid> grids = loader.visibleGrids();
      if (Thread.currentThread().isInterrupted()) {
        throw new UnreadableFileException(file.path(), InputReasons.INTERRUPTED);
      }
      return grids;
    } catch (SheetTooLargeException | BadCoordinateException e) {
      throw e;
    } catch (NeedsUsermodelException e) {
      return null;
    } catch (UnreadableFileException e) {
      throw e;
    } catch (Exception | OutOfMemoryError e) {
      String reason = InputReasons.forFailure(e);
      if (reason.equals(InputReasons.INTERRUPTED) || reason.equals(InputReasons.OUT_OF_MEMORY)) {
        throw WorkbookOpener.rejected(file.path(), e);
      }
      return null;
    }
  }

  private static void usermodel(WorkbookFile file, ReadLimits limits, boolean pkg, Consumer<Grid> sheets)
      throws IOException, UnreadableFileException {
    try (Workbook wb = WorkbookOpener.openChecked(file.path())) {
      visible(wb, limits, sheets);
    } catch (UnreadableFileException e) {
      byte[] repaired = pkg ? OptionalParts.repaired(file) : null;
      if (repaired == null) {
        throw e;
      }
      try (Workbook wb = WorkbookOpener.open(file.path(), repaired)) {
        visible(wb, limits, sheets);
      }
    }
  }

  /**
   * Every visible sheet of a workbook already open, as grids.
   *
   * @throws IllegalStateException when a sheet holds more cells than the limits allow (工作表过大)
   */
  public static void visible(Workbook wb, ReadLimits limits, Consumer<Grid> sheets) {
    PoiGridLoader loader = new PoiGridLoader(wb, limits.maxCellsPerSheet());
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
        sheets.accept(loader.load(i));
      }
    }
  }
}
