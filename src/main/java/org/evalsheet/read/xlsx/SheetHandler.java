package org.evalsheet.read.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.evalsheet.read.grid.BadCoordinateException;
import org.evalsheet.read.grid.Coordinates;
import org.evalsheet.read.grid.Grid;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part (工作表 XML) from SAX events into a {@link Grid.Builder}, each cell as POI's usermodel
 * ({@code XSSFCell}) reads it: cached formula values, shared and inline strings, booleans, error codes, numbers in
 * their cell's (or column's) number format, hidden rows and merged regions. Whatever the usermodel would treat
 * differently (a formula without a cached value, rows or cells out of order, unknown attribute values) raises
 * {@link NeedsUsermodelException}.
 */
final class SheetHandler extends DefaultHandler {
  private static final String NS = XSSFRelation.NS_SPREADSHEETML;
  private static final String DAMAGED = "#无法读取";

  private final Grid.Builder grid;
  private final List<String> strings;
  private final CellStyles styles;
  private final NumberCells numbers;
  private final RichText inline = new RichText();
  private final StringBuilder text = new StringBuilder();
  private final List<CellRangeAddress> merges = new ArrayList<>();
  private final List<long[]> cols = new ArrayList<>();
  private final List<CellRangeAddress> arrays = new ArrayList<>();
  private final StringBuilder formula = new StringBuilder();
  private final Map<Long, NumberCells.Format> formulaFormats = new HashMap<>();
  private final Formulas formulas;

  private int depth;
  private boolean sheetDataSeen;
  private boolean mergesSeen;
  private boolean inSheetData;
  private boolean inCols;
  private boolean inMerges;
  private boolean inRow;
  private boolean inCell;
  private boolean inValue;
  private boolean inFormula;
  private boolean inInline;
  private int row;
  private int lastRow = -1;
  private int lastCol;

  private int col;
  private String type;
  private long style;
  private boolean hasValue;
  private boolean hasFormula;
  private String formulaType;
  private boolean hasInline;

  SheetHandler(Grid.Builder grid, List<String> strings, CellStyles styles, NumberCells numbers) {
    this.grid = grid;
    this.strings = strings;
    this.styles = styles;
    this.numbers = numbers;
    this.formulas = new Formulas(grid::get);
  }

  /**
   * The grid, merged regions added and the formulas without a result computed ({@link Formulas}); call once the
   * part is parsed. A formula outside what {@link Formulas} computes raises {@link NeedsUsermodelException}.
   */
  Grid build() {
    if (!formulas.isEmpty()) {
      try {
        for (long place : formulas.places()) {
          Formulas.Value v = formulas.value(place);
          int r = (int) (place >> 16);
          int c = (int) (place & 0xFFFF);
          Grid.Cell cell = v.isError() ? Grid.Cell.error(v.error()) : numbers.number(v.number(), formulaFormats.get(place));
          grid.put(r, c, cell.asEvaluated());
        }
      } catch (Formulas.Unsupported e) {
        throw new NeedsUsermodelException("formula without cached value: " + e.getMessage());
      }
    }
    for (CellRangeAddress m : merges) {
      grid.merge(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn());
    }
    return grid.build();
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes a) {
    depth++;
    boolean main = NS.equals(uri);
    switch (depth) {
      case 1 -> {
        if (!main || !"worksheet".equals(local)) {
          throw new NeedsUsermodelException("sheet root " + qName);
        }
      }
      case 2 -> {
        if (main && "sheetData".equals(local) && !sheetDataSeen) {
          sheetDataSeen = inSheetData = true;
        } else if (main && "cols".equals(local)) {
          inCols = true;
        } else if (main && "mergeCells".equals(local) && !mergesSeen) {
          mergesSeen = inMerges = true;
        }
      }
      case 3 -> {
        if (main && inSheetData && "row".equals(local)) {
          startRow(a);
        } else if (main && inCols && "col".equals(local)) {
          startCol(a);
        } else if (main && inMerges && "mergeCell".equals(local)) {
          merges.add(range(a.getValue("", "ref")));
        }
      }
      case 4 -> {
        if (main && inRow && "c".equals(local)) {
          startCell(a);
        }
      }
      case 5 -> {
        if (main && inCell) {
          startCellChild(local, a);
        }
      }
      default -> {
        if (inInline) {
          inline.startElement(depth - 5, main, local);
        }
      }
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    switch (depth) {
      case 2 -> inSheetData = inCols = inMerges = false;
      case 3 -> inRow = false;
      case 4 -> {
        if (inCell) {
          endCell();
        }
      }
      case 5 -> inValue = inInline = inFormula = false;
      default -> {
        if (inInline) {
          inline.endElement(depth - 5);
        }
      }
    }
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue) {
      text.append(ch, start, length);
    } else if (inFormula) {
      if (formula.length() + length > 4_096) {
        throw new NeedsUsermodelException("formula too long");
      }
      formula.append(ch, start, length);
    } else if (inInline) {
      inline.characters(ch, start, length);
    }
  }

  private void startRow(Attributes a) {
    String r = a.getValue("", "r");
    int number;
    try {
      number = r == null ? lastRow + 1 : Coordinates.row(r);
    } catch (Coordinates.Unread e) {
      throw new NeedsUsermodelException("row number " + r);
    }
    if (number >= Coordinates.MAX_ROWS) {
      throw new BadCoordinateException("第 " + (number + 1) + " 行的行号超出 Excel 的范围（1 至 " + Coordinates.MAX_ROWS + "）");
    }
    if (number <= lastRow) {
      throw new NeedsUsermodelException("rows out of order at " + r);
    }
    row = lastRow = number;
    lastCol = -1;
    inRow = true;
    String hidden = a.getValue("", "hidden");
    if (hidden != null && bool(hidden)) {
      grid.hide(row);
    }
  }

  private void startCol(Attributes a) {
    long min = unsigned(a.getValue("", "min"), 1, 16_384);
    long max = unsigned(a.getValue("", "max"), min, 16_384);
    String s = a.getValue("", "style");
    cols.add(new long[] {min, max, s == null ? -1 : unsigned(s, 0, 0xFFFF_FFFFL)});
  }

  private void startCell(Attributes a) {
    String r = a.getValue("", "r");
    col = r == null ? lastCol + 1 : column(r);
    if (col >= Coordinates.MAX_COLS) {
      throw new BadCoordinateException("第 " + (row + 1) + " 行有单元格的列超出 Excel 的范围（最后一列是 XFD）");
    }
    if (col <= lastCol) {
      throw new NeedsUsermodelException("cells out of order at " + r);
    }
    lastCol = col;
    type = a.getValue("", "t");
    String s = a.getValue("", "s");
    style = s == null ? -1 : unsigned(s, 0, 0xFFFF_FFFFL);
    hasValue = hasFormula = hasInline = false;
    formulaType = null;
    inCell = true;
  }

  private void startCellChild(String local, Attributes a) {
    if ("v".equals(local) && !hasValue) {
      hasValue = inValue = true;
      text.setLength(0);
    } else if ("f".equals(local) && !hasFormula) {
      hasFormula = inFormula = true;
      formula.setLength(0);
      formulaType = a.getValue("", "t");
      String ref = a.getValue("", "ref");
      if ("array".equals(formulaType) && ref != null) {
        arrays.add(range(ref));
      }
    } else if ("is".equals(local) && !hasInline) {
      hasInline = inInline = true;
      inline.start();
    }
  }

  private void endCell() {
    inCell = false;
    String v = hasValue ? text.toString() : null;
    String t = type == null ? "n" : type;
    if (!t.equals("n") && !t.equals("s") && !t.equals("str") && !t.equals("inlineStr") && !t.equals("b")
        && !t.equals("e")) {
      throw new NeedsUsermodelException("cell type " + t);
    }
    String f = formulaType == null ? "normal" : formulaType;
    if (hasFormula && !f.equals("normal") && !f.equals("shared") && !f.equals("array") && !f.equals("dataTable")) {
      throw new NeedsUsermodelException("formula type " + f);
    }
    boolean noValue = v == null || v.isEmpty();
    if (noValue && hasFormula && f.equals("normal") && !inArray() && formula.length() > 0) {
      // openpyxl writes <v></v> for every formula: computed once the sheet is read, as POI's evaluator would.
      try {
        formulas.add(row, col, formula.toString());
      } catch (Formulas.Unsupported e) {
        throw new NeedsUsermodelException("formula without cached value: " + e.getMessage());
      }
      formulaFormats.put(Formulas.key(row, col), format());
      return;
    }
    if (noValue && (hasFormula && !f.equals("dataTable") || inArray())) {
      // Shared and array formulas without results: POI's usermodel evaluates these.
      throw new NeedsUsermodelException("formula without cached value");
    }
    Grid.Cell cell;
    try {
      cell = value(t, v);
    } catch (RuntimeException e) {
      cell = Grid.Cell.error(DAMAGED);
    }
    grid.put(row, col, cell);
  }

  /** The value as {@code PoiGridLoader.plain} reads it through {@code XSSFCell}. */
  private Grid.Cell value(String t, String v) {
    return switch (t) {
      case "n" -> v == null ? Grid.Cell.BLANK
          : numbers.number(v.isEmpty() ? 0.0 : Double.parseDouble(v.trim()), format());
      case "s" -> Grid.Cell.text(shared(v));
      case "inlineStr" -> Grid.Cell.text(hasInline ? inline.value() : v == null ? "" : RichText.decode(v));
      case "str" -> Grid.Cell.text(RichText.decode(v == null ? "" : v));
      case "b" -> new Grid.Cell(Grid.Kind.BOOLEAN, "1".equals(v) ? "TRUE" : "FALSE", 0, false, false);
      default -> Grid.Cell.error(PoiGridLoader.errorText(v == null ? 0 : FormulaError.forString(v).getCode()));
    };
  }

  private String shared(String v) {
    if (v == null) {
      return "";
    }
    try {
      return strings.get(Integer.parseInt(v.trim()));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return "";
    }
  }

  /** The cell's own style when the workbook has it, else its column's default style, as XSSFCell resolves it. */
  private NumberCells.Format format() {
    NumberCells.Format f = style >= 0 && styles.count() > 0 ? styles.at(Math.toIntExact(style)) : null;
    return f != null ? f : styles.at(columnStyle(col));
  }

  /** POI's column helper: where {@code <col>} ranges overlap, a later style overrides an earlier one. */
  private int columnStyle(int column) {
    long oneBased = column + 1L;
    for (int i = cols.size() - 1; i >= 0; i--) {
      long[] c = cols.get(i);
      if (c[0] <= oneBased && oneBased <= c[1] && c[2] >= 0) {
        return Math.toIntExact(c[2]);
      }
    }
    return 0;
  }

  private boolean inArray() {
    for (CellRangeAddress a : arrays) {
      if (a.isInRange(row, col)) {
        return true;
      }
    }
    return false;
  }

  /** The zero-based column of an A1 reference; out of Excel's range rejects the file, anything but A1 goes to POI. */
  private static int column(String ref) {
    try {
      return Coordinates.cell(ref)[1];
    } catch (Coordinates.Unread e) {
      throw new NeedsUsermodelException("cell reference " + ref);
    }
  }

  /** A merged or array range, checked; a spelling other than A1:B2 goes to POI. */
  private static CellRangeAddress range(String ref) {
    if (ref == null) {
      throw new NeedsUsermodelException("range without ref");
    }
    try {
      int[] r = Coordinates.range(ref);
      return new CellRangeAddress(r[0], r[2], r[1], r[3]);
    } catch (Coordinates.Unread e) {
      throw new NeedsUsermodelException("range " + ref);
    }
  }

  /** A plain unsigned decimal within bounds; any other spelling goes to the usermodel. */
  private static long unsigned(String s, long min, long max) {
    if (s == null || s.isEmpty() || s.length() > 10) {
      throw new NeedsUsermodelException("number " + s);
    }
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        throw new NeedsUsermodelException("number " + s);
      }
      n = n * 10 + (ch - '0');
    }
    if (n < min || n > max) {
      throw new NeedsUsermodelException("number " + s);
    }
    return n;
  }

  private static boolean bool(String s) {
    return switch (s) {
      case "1", "true" -> true;
      case "0", "false" -> false;
      default -> throw new NeedsUsermodelException("boolean " + s);
    };
  }
}
