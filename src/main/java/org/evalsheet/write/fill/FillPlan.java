package org.evalsheet.write.fill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.score.TableResult;

/**
 * What a filled copy says (副本内容): for each table the cells written into its sheet (numbers, the {@code 0.00%}
 * format, marks, comment lines), and the whole 评价结论 sheet (rows, merges, widths, styles, page setup). Computed
 * once from the results by {@link #of}, a plain value both writers draw: POI's usermodel for .xls and the files the
 * fast path declines ({@link UsermodelCopy}), the zip patcher for .xlsx/.xlsm ({@link XlsxPatch}). What the copy
 * says is decided here and in {@link FillTable} and {@link FillConclusionSheet}; the writers decide only how it is
 * stored.
 *
 * @param tables each table's cells, in the order they are written: by sheet, and bottom-up within a sheet, so that a
 *     合计 row appended to a lower table cannot move an upper one
 * @param conclusion the 评价结论 sheet
 */
record FillPlan(List<Table> tables, Sheet conclusion) {

  /** The number format of a written rate (得分率格式). */
  static final String PERCENT = "0.00%";

  FillPlan {
    tables = List.copyOf(tables);
    Objects.requireNonNull(conclusion, "conclusion");
  }

  /**
   * The plan for a workbook's results, laid on its sheets by {@code layout}.
   *
   * @param results every table read from the workbook, in reading order (the 评价结论 sheet keeps that order)
   * @param layout where each table's 合计 row and 得分率 column are, and which sheets exist; a writer that can add
   *     rows and columns makes them here, one that cannot throws
   * @throws E when the layout cannot place a table
   */
  static <E extends Exception> FillPlan of(List<TableResult> results, Layout<E> layout) throws E {
    List<TableResult> order = results.stream()
        .sorted(Comparator.comparingInt((TableResult t) -> t.table().sheetIndex())
            .thenComparing(t -> -t.table().headerRow()))
        .toList();
    List<Table> tables = new ArrayList<>();
    for (TableResult t : order) {
      Place place = layout.place(t.table());
      if (place.shiftedFrom() != Integer.MAX_VALUE) {
        // The rows the layout moved down carry the cells planned for the tables below with them.
        tables.replaceAll(done -> done.shifted(place.sheet(), place.shiftedFrom()));
      }
      int lastCol = Math.max(place.rateCol(), t.table().columns().values().stream().mapToInt(Integer::intValue)
          .max().orElse(0));
      int firstCol = t.table().columns().values().stream().mapToInt(Integer::intValue).min().orElse(0);
      tables.add(new Table(place.sheet(), FillTable.cells(t, place, layout),
          new Print(lastCol, lastCol - firstCol + 1 >= WIDE)));
    }
    return new FillPlan(tables, FillConclusionSheet.plan(results));
  }

  /**
   * The sheet a table names, as Excel finds it (工作表查找): the first whose name matches ignoring case, else the one
   * at the table's position; -1 when there is neither.
   *
   * @param names the workbook's sheet names in order
   */
  static int sheetIndex(List<String> names, String name, int index) {
    int named = sheetNamed(names, name);
    return named >= 0 ? named : index >= 0 && index < names.size() ? index : -1;
  }

  /** The first sheet whose name matches ignoring case, or -1. */
  static int sheetNamed(List<String> names, String name) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i) != null && names.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The sheet structure a plan is laid on (版面): a table's sheet, 合计 row and 得分率 column, made by the writer when
   * missing, and the sheets that exist.
   *
   * @param <E> what the writer throws when it cannot lay a table out
   */
  interface Layout<E extends Exception> {
    /** Where a table's numbers go; a writer that adds the 合计 row or 得分率 column does so here. */
    Place place(IndicatorTable table) throws E;

    /** The name of the sheet a finding's cell names, as the workbook spells it, or null when there is none. */
    String sheet(String name) throws E;
  }

  /**
   * Where one table's numbers go (表格位置).
   *
   * @param sheet its sheet's name as the workbook spells it
   * @param totalRow the 合计 row, the table's own or one appended
   * @param rateCol the 得分率 column, the table's own or one added
   * @param shiftedFrom the first row moved down by one to make room for an appended 合计 row, or
   *     {@link Integer#MAX_VALUE} when nothing moved
   */
  record Place(String sheet, int totalRow, int rateCol, int shiftedFrom) {
    /** A table whose 合计 row and 得分率 column are its own. */
    static Place own(String sheet, IndicatorTable table, int rateCol) {
      return new Place(sheet, table.total().row(), rateCol, Integer.MAX_VALUE);
    }
  }

  /** The mark a cell gets (标注): its fill colour, light red for errors and light yellow for warnings. */
  enum Mark {
    NONE(null),
    ERROR("FFC7CE"),
    WARNING("FFEB9C");

    private final String hex;

    Mark(String hex) {
      this.hex = hex;
    }

    /** The fill colour as RRGGBB, upper case; null for no mark. */
    String hex() {
      return hex;
    }
  }

  /**
   * One table's cells (表格的单元格), sorted by sheet, row and column.
   *
   * @param sheet the table's sheet
   */
  record Table(String sheet, List<Cell> cells, Print print) {
    Table {
      cells = cells.stream().sorted(Cell.ORDER).toList();
    }

    /** The table with its cells on {@code sheet} at or below {@code from} one row lower. */
    Table shifted(String onSheet, int from) {
      return new Table(sheet, cells.stream().map(c -> c.sheet().equals(onSheet) && c.row() >= from
          ? new Cell(c.sheet(), c.row() + 1, c.col(), c.number(), c.percent(), c.mark(), c.comment()) : c).toList(),
          print);
    }
  }

  /** A table of this many columns or more prints landscape unless the department chose an orientation. */
  static final int WIDE = 8;

  /**
   * How a table sheet prints (表格页的打印): fitted to one page wide, as many tall as it takes, its comments after the
   * sheet, a print area the department set widened to {@code lastCol}, and landscape when the table is wide and the
   * department chose no orientation.
   *
   * @param lastCol the last column it must show (the 得分率 column the copy fills, or adds)
   * @param wide whether the table spans {@link #WIDE} columns or more
   */
  record Print(int lastCol, boolean wide) {
    Print wider(Print o) {
      return new Print(Math.max(lastCol, o.lastCol), wide || o.wide);
    }
  }

  /**
   * How each table sheet prints, by sheet (the widest of its tables), so that 得分 and 得分率 print beside the
   * indicators' names and the findings' words with them.
   */
  Map<String, Print> printing() {
    Map<String, Print> by = new LinkedHashMap<>();
    for (Table t : tables) {
      by.merge(t.sheet(), t.print(), Print::wider);
    }
    return by;
  }

  /** The part of a print area's reference ({@code 'Sheet 1'!$A$1:$H$40}) a single rectangle ends at. */
  private static final Pattern AREA = Pattern.compile(
      "^('(?:[^']|'')*'!|[^,'!]*!)?\\$?([A-Za-z]{1,3})\\$?(\\d+):\\$?([A-Za-z]{1,3})\\$?(\\d+)$");

  /**
   * A print area widened to end at {@code lastCol} or further (打印区域), as {@code $A$1:$J$40} without the sheet; null
   * when it already covers that column or is not one rectangle (left as the department set it).
   */
  static String widenedArea(String area, int lastCol) {
    Matcher m = area == null ? null : AREA.matcher(area.trim());
    if (m == null || !m.matches()) {
      return null;
    }
    int[] end = XlsxPatchSheet.parseRef(m.group(4).toUpperCase(Locale.ROOT) + m.group(5));
    if (end == null || end[1] >= lastCol) {
      return null;
    }
    return "$" + m.group(2).toUpperCase(Locale.ROOT) + "$" + m.group(3) + ":$"
        + CellRef.columnName(lastCol) + "$" + m.group(5);
  }

  /**
   * One cell of a sheet the copy writes into (写入的单元格): the cell keeps its own style, with the mark's fill and
   * the percent format added.
   *
   * @param sheet the sheet's name as the workbook spells it
   * @param row zero-based row
   * @param col zero-based column
   * @param number the number written, or null to leave the cell's value as it is
   * @param percent whether the cell is formatted {@code 0.00%}
   * @param mark the fill the cell gets
   * @param comment the lines of evalsheet's comment on the cell (each {@code 级别：说明}), empty for none
   */
  record Cell(String sheet, int row, int col, BigDecimal number, boolean percent, Mark mark, List<String> comment) {
    static final Comparator<Cell> ORDER = Comparator.comparing(Cell::sheet).thenComparingInt(Cell::row)
        .thenComparingInt(Cell::col);

    Cell {
      comment = List.copyOf(comment);
    }
  }

  /**
   * A sheet the copy adds (新工作表), replacing one of the same name from an earlier fill in place.
   *
   * @param name its name
   * @param widths column widths in characters, from column A
   * @param rows its rows, in order
   * @param merges its merged regions
   * @param page how it prints
   */
  record Sheet(String name, List<Integer> widths, List<Row> rows, List<Merge> merges, Page page) {
    Sheet {
      widths = List.copyOf(widths);
      rows = List.copyOf(rows);
      merges = List.copyOf(merges);
    }

    /** One past the last row's index: the number of rows the sheet spans. */
    int height() {
      return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).index() + 1;
    }
  }

  /**
   * One row of an added sheet.
   *
   * @param index zero-based row index
   * @param height its height in points, or null for the default
   * @param cells its cells, left to right
   */
  record Row(int index, Float height, List<Text> cells) {
    Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One cell of an added sheet: a text, a number or nothing, in one of the sheet's styles.
   *
   * @param col zero-based column
   * @param text its text, or null
   * @param number its number, or null
   * @param style its style
   */
  record Text(int col, String text, BigDecimal number, Style style) {}

  /** A merged region of an added sheet, zero-based and inclusive. */
  record Merge(int firstRow, int lastRow, int firstCol, int lastCol) {}

  /**
   * How an added sheet prints (打印设置).
   *
   * @param landscape landscape rather than portrait
   * @param a4 on A4 paper
   * @param fitWidth pages wide it is fitted to
   * @param fitHeight pages tall it is fitted to, 0 for as many as it takes
   */
  record Page(boolean landscape, boolean a4, int fitWidth, int fitHeight) {}

  /**
   * The styles of an added sheet (样式): the workbook's default font or a bold one (at another size when given),
   * wrapped text at the top or plain text at the bottom, thin borders all round for the cells of its tables, the
   * header's light grey fill, the {@code 0.00%} format.
   */
  enum Style {
    /** The workbook's default style. */
    PLAIN(false, null, false, false, false, false),
    BOLD(true, null, false, false, false, false),
    /** The sheet's title: bold, 14 points. */
    TITLE(true, 14, false, false, false, false),
    WRAP(false, null, true, false, false, false),
    /** A table's header cell: bold, boxed, grey. */
    HEAD(true, null, false, true, false, true),
    BOXED(false, null, false, true, false, false),
    BOXED_BOLD(true, null, false, true, false, false),
    BOXED_PERCENT(false, null, false, true, true, false),
    BOXED_WRAP(false, null, true, true, false, false);

    /** The header fill as RRGGBB. */
    static final String HEADER_HEX = "D9D9D9";

    final boolean bold;
    final Integer points;
    final boolean wrap;
    final boolean boxed;
    final boolean percent;
    final boolean shaded;

    Style(boolean bold, Integer points, boolean wrap, boolean boxed, boolean percent, boolean shaded) {
      this.bold = bold;
      this.points = points;
      this.wrap = wrap;
      this.boxed = boxed;
      this.percent = percent;
      this.shaded = shaded;
    }
  }
}
