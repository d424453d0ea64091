package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.read.grid.Grid;
import org.evalsheet.read.grid.SheetTooLargeException;
import org.evalsheet.read.table.TableParser;

/**
 * Reads one workbook with both cell sources, POI's usermodel ({@link PoiGridLoader}) and the streaming reader
 * ({@link StreamingGridLoader}), and asserts that they give the same grids and the same indicator tables
 * (读取等价性检查).
 */
public final class LoaderEquivalence {

  /** How the streaming reader took a workbook. */
  public enum Outcome {
    /** Streamed, with grids and tables equal to the usermodel's. */
    SAME,
    /** Handed to the usermodel (a formula without a cached value, or XML it does not interpret the same). */
    DECLINED
  }

  private LoaderEquivalence() {}

  /** Asserts that both loaders agree on an .xlsx/.xlsm that POI can open, and says how the streaming reader took it. */
  public static Outcome check(Path file) {
    return check(file, ReadLimits.DEFAULT.maxCellsPerSheet());
  }

  public static Outcome check(Path file, long maxCells) {
    List<Grid> expected = usermodelGrids(file, maxCells);
    List<Grid> actual;
    try (StreamingGridLoader loader = StreamingGridLoader.open(file, maxCells)) {
      actual = loader.visibleGrids();
    } catch (NeedsUsermodelException e) {
      return Outcome.DECLINED;
    } catch (Exception e) {
      throw new AssertionError("streaming failed on " + file.getFileName(), e);
    }
    assertThat(actual).as("grids of %s", file.getFileName()).isEqualTo(expected);
    assertThat(tables(actual, file)).as("tables of %s", file.getFileName()).isEqualTo(tables(expected, file));
    return Outcome.SAME;
  }

  /** The visible sheets as PoiGridLoader reads them, exactly as WorkbookReader did before streaming. */
  static List<Grid> usermodelGrids(Path file, long maxCells) {
    try (Workbook wb = WorkbookOpener.open(file, ReadLimits.DEFAULT)) {
      PoiGridLoader loader = new PoiGridLoader(wb, maxCells);
      List<Grid> grids = new ArrayList<>();
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
          grids.add(loader.load(i));
        }
      }
      return grids;
    } catch (Exception e) {
      throw new AssertionError("usermodel failed on " + file.getFileName(), e);
    }
  }

  /**
   * What the usermodel-only reader made of a file: its tables, or the reason it was rejected with. This is
   * {@code WorkbookReader.read(Path)} as it was before the streaming path.
   */
  static Object usermodelOutcome(Path file, ReadLimits limits) {
    try (Workbook wb = WorkbookOpener.open(file, limits)) {
      return new WorkbookReader(limits).read(wb, file.getFileName().toString());
    } catch (UnreadableFileException e) {
      return e.reason();
    } catch (SheetTooLargeException e) {
      return SheetTooLargeException.REASON;
    } catch (Exception e) {
      return "文件已损坏或无法读取";
    }
  }

  /**
   * What {@code WorkbookReader.read(Path)} makes of a file now: its tables, or the reason. The notes on damaged
   * optional parts ({@code PART_IGNORED}) are the package's, not a loader's, so they are left out of the comparison.
   */
  static Object readerOutcome(Path file, ReadLimits limits) {
    try {
      List<IndicatorTable> tables = new ArrayList<>();
      for (IndicatorTable t : new WorkbookReader(limits).read(file)) {
        List<org.evalsheet.model.Finding> notes = t.notes().stream()
            .filter(f -> !f.code().equals("PART_IGNORED")).toList();
        tables.add(new IndicatorTable(t.sheet(), t.sheetIndex(), t.title(), t.unit(), t.project(), t.headerRow(),
            t.firstDataRow(), t.columns(), t.groups(), t.indicators(), t.total(), t.lastRow(), notes, t.scale(),
            t.unitSource(), t.declared()));
      }
      return tables;
    } catch (UnreadableFileException e) {
      return e.reason();
    }
  }

  private static List<IndicatorTable> tables(List<Grid> grids, Path file) {
    String name = file.getFileName().toString();
    String unit = name.substring(0, name.lastIndexOf('.'));
    List<IndicatorTable> tables = new ArrayList<>();
    for (Grid g : grids) {
      IndicatorTable t = TableParser.read(g, unit).table();
      if (t != null) {
        tables.add(t);
      }
    }
    return tables;
  }
}
