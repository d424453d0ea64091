package org.evalsheet.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A cell position (单元格): zero-based inside, shown the way Excel shows it ({@code 指标体系!J12}).
 *
 * @param sheet the sheet name
 * @param row zero-based row index
 * @param col zero-based column index
 */
public record CellRef(String sheet, int row, int col) implements Comparable<CellRef> {

  private static final Comparator<CellRef> ORDER =
      Comparator.comparing(CellRef::sheet).thenComparingInt(CellRef::row).thenComparingInt(CellRef::col);

  public CellRef {
    Objects.requireNonNull(sheet, "sheet");
    if (row < 0 || col < 0) {
      throw new IllegalArgumentException("negative cell position " + row + "," + col);
    }
  }

  /** Column letters for a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
  public static String columnName(int col) {
    StringBuilder sb = new StringBuilder();
    for (int c = col + 1; c > 0; c = (c - 1) / 26) {
      sb.append((char) ('A' + (c - 1) % 26));
    }
    return sb.reverse().toString();
  }

  /** The address without the sheet, such as {@code J12}. */
  public String a1() {
    return columnName(col) + (row + 1);
  }

  /** Excel's form {@code 指标体系!J12}; sheet names with spaces or punctuation are quoted as Excel does. */
  @Override
  public String toString() {
    return quoteSheet(sheet) + "!" + a1();
  }

  static String quoteSheet(String sheet) {
    boolean plain = !sheet.isEmpty()
        && sheet.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '_' || cp == '.');
    return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  @Override
  public int compareTo(CellRef o) {
    return ORDER.compare(this, o);
  }
}
