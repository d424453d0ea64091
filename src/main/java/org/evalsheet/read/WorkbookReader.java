package org.evalsheet.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.Code;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.read.table.TableParser;
import org.evalsheet.read.xlsx.WorkbookFile;
import org.evalsheet.read.xlsx.WorkbookLoader;

/**
 * Reads every indicator table (指标表) of an .xlsx, .xlsm or .xls workbook into model records: one table per sheet
 * that has an indicator header, in sheet order; hidden sheets are skipped. The container ({@code read.xlsx}) turns
 * the file into grids; the table logic ({@code read.table}) reads each grid.
 */
public final class WorkbookReader {
  private final ReadLimits limits;

  public WorkbookReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Every indicator table in every sheet; empty list when none is found.
   *
   * @param file the workbook, checked and opened read-only, never modified
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
   * @param source the file as it was read into memory, for the filled copy to be written from without reading the
   *     file again
   */
  public record Result(List<IndicatorTable> tables, String noTable, WorkbookFile source) {
    public Result {
      tables = List.copyOf(tables);
    }
  }

  /** Reason shown when a readable workbook holds nothing recognisable as an indicator table. */
  public static final String NO_TABLE = "未找到指标表（没有包含“权重/分值”和“指标”列的表头）";

  /**
   * Every indicator table in every sheet, or why the workbook holds none.
   *
   * @param file the workbook, checked and opened read-only, never modified
   * @return the tables in sheet order, or the reason there are none
   * @throws UnreadableFileException when the file cannot be opened or read, or a sheet is too large (工作表过大)
   */
  public Result readAll(Path file) throws UnreadableFileException {
    Collector c = new Collector(stem(file.getFileName().toString()));
    WorkbookFile source = WorkbookLoader.open(file, limits);
    List<String> damage = WorkbookLoader.load(source, limits, grid -> c.add(TableParser.read(grid, c.unit)));
    return withDamage(c.result(source), damage);
  }

  /**
   * Same, from a workbook already open through POI (the file name is the unit's fallback).
   *
   * @param wb an open workbook, not modified
   * @param fileName the file's name; without its extension it is the unit when the sheet names none
   * @return the tables in sheet order
   * @throws IllegalStateException when a sheet holds more cells than the limits allow (工作表过大)
   */
  public List<IndicatorTable> read(Workbook wb, String fileName) {
    Collector c = new Collector(stem(fileName));
    WorkbookLoader.visible(wb, limits, grid -> c.add(TableParser.read(grid, c.unit)));
    return c.result(null).tables();
  }

  /** The first table notes each optional part read past ({@code PART_IGNORED}), once for the workbook. */
  private static Result withDamage(Result read, List<String> damage) {
    if (damage.isEmpty() || read.tables().isEmpty()) {
      return read;
    }
    List<IndicatorTable> tables = new ArrayList<>(read.tables());
    tables.set(0, tables.get(0).withNotes(damage.stream()
        .map(d -> Finding.info(Code.PART_IGNORED, null, d)).toList()));
    return new Result(tables, read.noTable(), read.source());
  }

  /** Gathers the sheets' tables and the most telling reason for none. */
  private static final class Collector {
    private final String unit;
    private final List<IndicatorTable> tables = new ArrayList<>();
    private TableParser.Parsed best = TableParser.Parsed.NOTHING;

    Collector(String unit) {
      this.unit = unit;
    }

    void add(TableParser.Parsed p) {
      if (p.table() != null) {
        tables.add(p.table());
      } else if (p.rank() > best.rank()) {
        best = p;
      }
    }

    Result result(WorkbookFile source) {
      return new Result(tables, tables.isEmpty() ? (best.reason() == null ? NO_TABLE : best.reason()) : null,
          source);
    }
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
