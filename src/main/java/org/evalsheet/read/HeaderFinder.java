package org.evalsheet.read;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.evalsheet.model.Column;

/**
 * Finds the indicator header (表头) in the first rows of a sheet: a row naming a level column and a weight or score
 * column, possibly continued on a second row under merged group headings.
 */
final class HeaderFinder {
  private HeaderFinder() {}

  /** How far down a header may sit: below title, unit and cover rows. */
  static final int SEARCH_ROWS = 30;

  /**
   * A header found.
   *
   * @param row zero-based first header row
   * @param firstDataRow the row after the header (one or two rows)
   * @param columns the columns found by name
   */
  record Header(int row, int firstDataRow, Map<Column, Integer> columns) {

    /** The deepest level column: where leaf names are written. */
    int deepestLevel() {
      for (int level = 4; level >= 1; level--) {
        if (columns.containsKey(Column.level(level))) {
          return level;
        }
      }
      throw new IllegalStateException("header without level column");
    }

    /** The last column of the table. */
    int lastCol() {
      return columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
  }

  /** The first header in the first {@link #SEARCH_ROWS} rows. */
  static Optional<Header> find(Grid grid) {
    int end = Math.min(grid.lastRow(), SEARCH_ROWS - 1);
    for (int r = 0; r <= end; r++) {
      Optional<Header> h = at(grid, r);
      if (h.isPresent()) {
        return h;
      }
    }
    return Optional.empty();
  }

  /** The header starting on row {@code r}, if that row is one. */
  static Optional<Header> at(Grid grid, int r) {
    Map<Column, Integer> single = match(grid, r, false);
    if (single.isEmpty()) {
      return Optional.empty();
    }
    Map<Column, Integer> two = match(grid, r, true);
    if (two.size() > single.size() && qualifies(two) && isHeaderLike(grid, r + 1)) {
      return Optional.of(new Header(r, r + 2, two));
    }
    return qualifies(single) ? Optional.of(new Header(r, r + 1, single)) : Optional.empty();
  }

  private static boolean qualifies(Map<Column, Integer> columns) {
    boolean level = columns.keySet().stream().anyMatch(c -> c.name().startsWith("LEVEL"));
    return level && (columns.containsKey(Column.WEIGHT) || columns.containsKey(Column.SCORE));
  }

  /** A second header row holds names, never numbers. */
  private static boolean isHeaderLike(Grid grid, int r) {
    for (int c = 0; c <= grid.lastCol(); c++) {
      if (grid.own(r, c).kind() == Grid.Kind.NUMBER) {
        return false;
      }
    }
    return true;
  }

  private static Map<Column, Integer> match(Grid grid, int r, boolean withNext) {
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    for (int c = 0; c <= grid.lastCol(); c++) {
      String upper = grid.shown(r, c).text();
      Column column = null;
      if (withNext) {
        String lower = grid.coveredFromAbove(r + 1, c) ? "" : grid.shown(r + 1, c).text();
        column = HeaderNames.match(lower);
        if (column == null && !lower.isEmpty()) {
          column = HeaderNames.match(upper + lower);
        }
      }
      if (column == null) {
        column = HeaderNames.match(upper);
      }
      if (column != null) {
        found.putIfAbsent(column, c);
      }
    }
    return found;
  }
}
