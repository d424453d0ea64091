package org.evalsheet.read.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.evalsheet.model.Text;

/**
 * One sheet as a plain grid of cell values (单元格网格): values, merged regions and hidden rows, with no spreadsheet
 * library types, so that the table logic does not care where the cells came from.
 */
public final class Grid {

  /** What a cell holds. */
  public enum Kind { NUMBER, TEXT, BOOLEAN, ERROR, BLANK }

  /**
   * One cell's value.
   *
   * @param kind what it holds
   * @param text the text as shown: the string, the formatted number, {@code TRUE}, or the error code ({@code #REF!})
   * @param number the numeric value for {@code NUMBER}, else 0
   * @param percent whether a number is formatted as a percentage
   * @param evaluated whether the value was computed by evalsheet because the formula had no cached value
   */
  public record Cell(Kind kind, String text, double number, boolean percent, boolean evaluated) {
    public static final Cell BLANK = new Cell(Kind.BLANK, "", 0, false, false);

    public Cell {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }

    public static Cell text(String text) {
      return new Cell(Kind.TEXT, text, 0, false, false);
    }

    public static Cell number(double value, String shown, boolean percent) {
      return new Cell(Kind.NUMBER, shown, value, percent, false);
    }

    public static Cell error(String code) {
      return new Cell(Kind.ERROR, code, 0, false, false);
    }

    public Cell asEvaluated() {
      return new Cell(kind, text, number, percent, true);
    }

    /** Blank, or text made only of spaces. */
    public boolean isBlank() {
      return kind == Kind.BLANK || (kind == Kind.TEXT && Text.isBlank(text));
    }
  }

  /** A merged region, zero-based and inclusive; only its top-left cell holds the value. */
  public record Region(int firstRow, int lastRow, int firstCol, int lastCol) {}

  private final String sheet;
  private final int index;
  private final Map<Long, Cell> cells;
  private final Map<Long, Region> regionOf;
  private final Set<Integer> hidden;
  private final int lastRow;
  private final int lastCol;
  /** The cells and regions again as flat arrays over rows 0..denseRows-1 and columns 0..denseCols-1, or null. */
  private Cell[] denseCells;
  private Region[] denseRegions;
  private int denseRows;
  private int denseCols;

  private Grid(Builder b) {
    this.sheet = b.sheet;
    this.index = b.index;
    this.cells = b.cells;
    this.hidden = b.hidden;
    this.lastRow = b.lastRow;
    this.lastCol = b.lastCol;
    this.regionOf = new HashMap<>();
    long budget = b.maxMergedCells;
    for (Region g : b.regions) {
      for (int r = g.firstRow(); r <= Math.min(g.lastRow(), lastRow); r++) {
        for (int c = g.firstCol(); c <= Math.min(g.lastCol(), lastCol); c++) {
          if (--budget < 0) {
            throw new SheetTooLargeException(sheet);
          }
          regionOf.put(key(r, c), g);
        }
      }
    }
    densify();
  }

  /**
   * Fills the flat arrays when the sheet is small and dense enough, so that a look-up needs no boxed key; the maps
   * stay the truth, and a position outside the arrays is looked up in them.
   */
  private void densify() {
    int rows = 0;
    int cols = 0;
    for (Map<Long, ?> map : List.of(cells, regionOf)) {
      for (Map.Entry<Long, ?> e : map.entrySet()) {
        long k = e.getKey();
        if (k < 0 || (k >> 16) >= Integer.MAX_VALUE / 2 || e.getValue() == null) {
          return;
        }
        rows = Math.max(rows, (int) (k >> 16) + 1);
        cols = Math.max(cols, (int) (k & 0xFFFF) + 1);
      }
    }
    long area = (long) rows * cols;
    if (area == 0 || area > Math.max(1 << 16, 8L * (cells.size() + regionOf.size()))) {
      return;
    }
    denseRows = rows;
    denseCols = cols;
    denseCells = new Cell[(int) area];
    denseRegions = new Region[(int) area];
    cells.forEach((k, v) -> denseCells[(int) (k >> 16) * denseCols + (int) (k & 0xFFFF)] = v);
    regionOf.forEach((k, v) -> denseRegions[(int) (k >> 16) * denseCols + (int) (k & 0xFFFF)] = v);
  }

  private boolean dense(int row, int col) {
    return denseCells != null && row >= 0 && row < denseRows && col >= 0 && col < denseCols;
  }

  public String sheet() {
    return sheet;
  }

  public int index() {
    return index;
  }

  /** The last row holding a non-blank cell, or -1 for an empty sheet. */
  public int lastRow() {
    return lastRow;
  }

  /** The last column holding a non-blank cell, or -1 for an empty sheet. */
  public int lastCol() {
    return lastCol;
  }

  /** The cell as stored, blank when absent. */
  public Cell cell(int row, int col) {
    if (dense(row, col)) {
      Cell cell = denseCells[row * denseCols + col];
      return cell == null ? Cell.BLANK : cell;
    }
    return cells.getOrDefault(key(row, col), Cell.BLANK);
  }

  /** The merged region containing a cell, or null. */
  public Region region(int row, int col) {
    if (dense(row, col)) {
      return denseRegions[row * denseCols + col];
    }
    return regionOf.get(key(row, col));
  }

  /** Whether a cell lies inside a merged region without being its top-left cell. */
  public boolean covered(int row, int col) {
    Region g = region(row, col);
    return g != null && (g.firstRow() != row || g.firstCol() != col);
  }

  /** Whether a cell is covered by a region that starts on an earlier row. */
  public boolean coveredFromAbove(int row, int col) {
    Region g = region(row, col);
    return g != null && g.firstRow() < row;
  }

  /** What Excel shows in a cell: the top-left value for a merged cell, else the cell itself. */
  public Cell shown(int row, int col) {
    Region g = region(row, col);
    return g == null ? cell(row, col) : cell(g.firstRow(), g.firstCol());
  }

  /** The value a cell holds of its own: blank when covered by a merged region. */
  public Cell own(int row, int col) {
    return covered(row, col) ? Cell.BLANK : cell(row, col);
  }

  public boolean hidden(int row) {
    return hidden.contains(row);
  }

  private static long key(int row, int col) {
    return ((long) row << 16) | col;
  }

  /** Same sheet name and index, same cells, merged regions and hidden rows: what the table logic can see. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Grid g && sheet.equals(g.sheet) && index == g.index && lastRow == g.lastRow
        && lastCol == g.lastCol && cells.equals(g.cells) && regionOf.equals(g.regionOf) && hidden.equals(g.hidden);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sheet, index, lastRow, lastCol, cells.size());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Grid[" + sheet + " #" + index + ", hidden rows " + new TreeSet<>(hidden)
        + ", regions " + new HashSet<>(regionOf.values()) + "]");
    cells.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> s.append("\n  ")
        .append(e.getKey() >> 16).append(',').append(e.getKey() & 0xFFFF).append(' ').append(e.getValue()));
    return s.toString();
  }

  /** Collects cells one by one, as a sheet is read. */
  public static final class Builder {
    private final String sheet;
    private final int index;
    private final long maxCells;
    private final long maxMergedCells;
    private final Map<Long, Cell> cells = new HashMap<>();
    private final List<Region> regions = new ArrayList<>();
    private final Set<Integer> hidden = new HashSet<>();
    private int lastRow = -1;
    private int lastCol = -1;

    /** Cells beyond {@code maxCells} (and merged areas beyond it) raise {@link SheetTooLargeException}. */
    public Builder(String sheet, int index, long maxCells) {
      this.sheet = sheet;
      this.index = index;
      this.maxCells = maxCells;
      this.maxMergedCells = maxCells;
    }

    public Builder put(int row, int col, Cell cell) {
      Coordinates.check(row, col);
      if (cell.isBlank()) {
        return this;
      }
      if (cells.size() >= maxCells) {
        throw new SheetTooLargeException(sheet);
      }
      cells.put(key(row, col), cell);
      lastRow = Math.max(lastRow, row);
      lastCol = Math.max(lastCol, col);
      return this;
    }

    /** The cell put at a place so far, or null. */
    public Cell get(int row, int col) {
      return cells.get(key(row, col));
    }

    public Builder merge(int firstRow, int lastRow, int firstCol, int lastCol) {
      Coordinates.check(firstRow, lastRow, firstCol, lastCol);
      regions.add(new Region(firstRow, lastRow, firstCol, lastCol));
      return this;
    }

    public Builder hide(int row) {
      Coordinates.check(row, 0);
      hidden.add(row);
      return this;
    }

    public Grid build() {
      return new Grid(this);
    }
  }
}
