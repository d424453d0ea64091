package org.evalsheet.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.UnreadableFileException;

/**
 * Reads every indicator table (指标表) of an .xlsx, .xlsm or .xls workbook into model records: one table per sheet
 * that has an indicator header, in sheet order; hidden sheets are skipped.
 *
 * <p>An .xlsx/.xlsm file is read straight from its sheet XML ({@link StreamingGridLoader}); an .xls file, a
 * workbook with formulas that have no cached value (which only POI's usermodel evaluates) and any file the
 * streaming reader fails on are read through the usermodel ({@link PoiGridLoader}), which gives the same grid.
 */
public final class WorkbookReader {
  private final ReadLimits limits;

  public WorkbookReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Every indicator table in every sheet; empty list when none is found.
   *
   * @param file the workbook, checked and opened read-only by {@link WorkbookOpener}'s rules, never modified
   * @return the tables in sheet order
   * @throws UnreadableFileException when the file cannot be opened or read, or a sheet is too large (工作表过大)
   */
  public List<IndicatorTable> read(Path file) throws UnreadableFileException {
    return readAll(file).tables();
  }

  /**
   * What a workbook holds (读取结果): its tables, or why it has none.
   *
   * @param tables every table in sheet order
   * @param noTable when there is no table, the reason a clerk reads: a 绩效目标申报表, a blank form, or
   *     {@link #NO_TABLE}; null when there are tables
   */
  public record Result(List<IndicatorTable> tables, String noTable) {
    public Result {
      tables = List.copyOf(tables);
    }
  }

  /** Reason shown when a readable workbook holds nothing recognisable as an indicator table. */
  public static final String NO_TABLE = "未找到指标表（没有包含“权重/分值”和“指标”列的表头）";

  /**
   * Every indicator table in every sheet, or why the workbook holds none.
   *
   * @param file the workbook, checked and opened read-only by {@link WorkbookOpener}'s rules, never modified
   * @return the tables in sheet order, or the reason there are none
   * @throws UnreadableFileException when the file cannot be opened or read, or a sheet is too large (工作表过大)
   */
  public Result readAll(Path file) throws UnreadableFileException {
    String fileName = file.getFileName().toString();
    try {
      boolean pkg = WorkbookOpener.check(file, limits) == WorkbookOpener.Kind.PACKAGE;
      Result read = null;
      if (pkg) {
        List<Grid> grids = streamed(file);
        if (grids != null) {
          read = parse(grids, stem(fileName));
        }
      }
      if (read == null) {
        read = usermodel(file, fileName, pkg);
      }
      return pkg ? withDamage(read, OptionalParts.find(file)) : read;
    } catch (SheetTooLargeException e) {
      throw new UnreadableFileException(file, SheetTooLargeException.REASON, e);
    } catch (BadCoordinateException e) {
      throw new UnreadableFileException(file, e.reason(), e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableFileException(file, "文件已损坏或无法读取", e);
    }
  }

  /**
   * The visible sheets read straight from the package's XML, or null when POI's usermodel must read the workbook:
   * a formula without a cached value (which only it evaluates), XML the streaming reader does not take the same way,
   * or any failure, whose reason the usermodel then gives exactly as before.
   */
  private List<Grid> streamed(Path file) throws UnreadableFileException {
    try (StreamingGridLoader loader = StreamingGridLoader.open(file, limits.maxCellsPerSheet())) {
      List<Grid> grids = loader.visibleGrids();
      if (Thread.currentThread().isInterrupted()) {
        throw new UnreadableFileException(file, InputReasons.INTERRUPTED);
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
        throw WorkbookOpener.rejected(file, e);
      }
      return null;
    }
  }

  /**
   * The workbook through POI's usermodel; a package POI cannot open is opened once more without its damaged
   * optional parts (a theme POI chokes on), when it has any.
   */
  private Result usermodel(Path file, String fileName, boolean pkg) throws IOException, UnreadableFileException {
    try (Workbook wb = WorkbookOpener.openChecked(file)) {
      return result(wb, fileName);
    } catch (UnreadableFileException e) {
      byte[] repaired = pkg ? OptionalParts.repaired(file, limits.maxExpandedBytes()) : null;
      if (repaired == null) {
        throw e;
      }
      try (Workbook wb = WorkbookOpener.openChecked(file, repaired)) {
        return result(wb, fileName);
      }
    }
  }

  /** The first table notes each optional part read past ({@code PART_IGNORED}), once for the workbook. */
  private static Result withDamage(Result read, List<OptionalParts.Damage> damage) {
    if (damage.isEmpty() || read.tables().isEmpty()) {
      return read;
    }
    List<IndicatorTable> tables = new ArrayList<>(read.tables());
    tables.set(0, tables.get(0).withNotes(damage.stream()
        .map(d -> Finding.info("PART_IGNORED", null, d.message())).toList()));
    return new Result(tables, read.noTable());
  }

  private static Result parse(List<Grid> grids, String unit) {
    Collector c = new Collector();
    for (Grid grid : grids) {
      c.add(TableParser.read(grid, unit));
    }
    return c.result();
  }

  /** Gathers the sheets' tables and the most telling reason for none. */
  private static final class Collector {
    private final List<IndicatorTable> tables = new ArrayList<>();
    private TableParser.Parsed best = TableParser.Parsed.NOTHING;

    void add(TableParser.Parsed p) {
      if (p.table() != null) {
        tables.add(p.table());
      } else if (p.rank() > best.rank()) {
        best = p;
      }
    }

    Result result() {
      return new Result(tables, tables.isEmpty() ? (best.reason() == null ? NO_TABLE : best.reason()) : null);
    }
  }

  /**
   * Same, from a workbook already open (file name used as unit fallback).
   *
   * @param wb an open workbook, not modified
   * @param fileName the file's name; without its extension it is the unit when the sheet names none
   * @return the tables in sheet order
   * @throws IllegalStateException when a sheet holds more cells than the limits allow (工作表过大)
   */
  public List<IndicatorTable> read(Workbook wb, String fileName) {
    return result(wb, fileName).tables();
  }

  private Result result(Workbook wb, String fileName) {
    String unit = stem(fileName);
    PoiGridLoader loader = new PoiGridLoader(wb, limits.maxCellsPerSheet());
    Collector c = new Collector();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
        continue;
      }
      c.add(TableParser.read(loader.load(i), unit));
    }
    return c.result();
  }

  private static String stem(String fileName) {
    if (fileName == null) {
      return "";
    }
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
