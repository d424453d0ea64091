package org.evalsheet.write.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.evalsheet.model.Amount;

/**
 * One table-shaped sheet of the summary (汇总表工作表) written row by row: a bold header, typed cells in the
 * summary's cell formats, column widths from the longest value seen, a frozen header row and an auto-filter. Runs
 * of cells linking to the same file share one hyperlink, so links cost memory per file, not per row. A failure to
 * write the temporary rows surfaces as {@link UncheckedIOException}, turned back into an {@link IOException} by
 * {@link SummaryWriter}.
 */
final class SummarySheet {
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;
  /** Wrapped text (说明, 第一处错误) keeps its column this narrow and grows downwards instead. */
  private static final int WRAP_WIDTH = 46;
  /**
   * Links to the copies are file names, kept this narrow so that they share a printed page with other columns; a
   * longer name runs on into the empty cells beside it on screen. They are not wrapped: LibreOffice shows a link as
   * a field, which does not wrap.
   */
  private static final int LINK_WIDTH = 40;
  /** Excel refuses longer cell text. */
  private static final int MAX_TEXT = 32_767;

  private final SummaryXlsx.Sheet sheet;
  private final String name;
  private final int[] widths;
  private final List<SummaryXlsx.Chart> charts = new ArrayList<>();
  private int rowIndex;
  private int col;
  private PendingLink pending;

  /** A hyperlink still growing downwards over consecutive cells of one column. */
  private record PendingLink(String target, int col, int firstRow, int lastRow) {}

  SummarySheet(SummaryXlsx wb, String name, List<String> headers) {
    this.name = name;
    this.widths = new int[headers.size()];
    try {
      this.sheet = wb.sheet(name);
      sheet.row(0);
      for (int c = 0; c < headers.size(); c++) {
        sheet.text(c, headers.get(c), SummaryStyles.HEADER);
        widths[c] = displayWidth(headers.get(c)) + 2;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rowIndex = 0;
  }

  /** Zero-based index of the row being written (0 while only the header exists). */
  int rowIndex() {
    return rowIndex;
  }

  /** The sheet's name, as formulas and chart series refer to it. */
  String name() {
    return name;
  }

  /** Starts the next row. */
  SummarySheet row() {
    try {
      sheet.row(++rowIndex);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    col = 0;
    return this;
  }

  SummarySheet text(String value) {
    if (value != null && !value.isEmpty()) {
      write(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value, SummaryStyles.TEXT);
      widen(displayWidth(value));
    } else {
      col++;
    }
    return this;
  }

  /** Text in one of {@link SummaryStyles}' formats, such as the colour of a status or a severity. */
  SummarySheet styled(String value, int style) {
    if (value == null || value.isEmpty()) {
      return blank();
    }
    write(value, style);
    widen(displayWidth(value));
    return this;
  }

  /** Long text wrapped within a column of at most {@value #WRAP_WIDTH} characters. */
  SummarySheet wrap(String value) {
    if (value == null || value.isEmpty()) {
      return blank();
    }
    write(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value, SummaryStyles.WRAP);
    widen(Math.min(WRAP_WIDTH, displayWidth(value)));
    sheet.lines(lines(value, WRAP_WIDTH));
    return this;
  }

  SummarySheet integer(long value) {
    number(value, SummaryStyles.INTEGER);
    widen(Long.toString(value).length());
    return this;
  }

  /** A score or weight in {@code 0.00}; blank when null. */
  SummarySheet score(BigDecimal value) {
    return number(value, SummaryStyles.SCORE, 2);
  }

  /** A rate (a fraction) in {@code 0.00%}; blank when null. */
  SummarySheet rate(BigDecimal value) {
    return number(value, SummaryStyles.RATE, 3);
  }

  /** A submitted cell: its number as a score, otherwise the text typed (满分, —), blank when empty. */
  SummarySheet amount(Amount amount) {
    if (amount == null || amount.kind() == Amount.Kind.BLANK) {
      return blank();
    }
    return amount.isNumber() ? score(amount.value()) : text(amount.text());
  }

  SummarySheet blank() {
    col++;
    return this;
  }

  /** Text linking to a file by a relative path (a FILE hyperlink); plain text when {@code target} is null. */
  SummarySheet link(String value, String target) {
    if (target == null || target.isBlank()) {
      write(value, SummaryStyles.TEXT);
      widen(Math.min(LINK_WIDTH, displayWidth(value)));
      return this;
    }
    int c = col;
    write(value, SummaryStyles.LINK);
    widen(Math.min(LINK_WIDTH, displayWidth(value)));
    String uri = uri(target);
    if (pending != null && pending.target.equals(uri) && pending.col == c && pending.lastRow == rowIndex - 1) {
      pending = new PendingLink(uri, c, pending.firstRow, rowIndex);
    } else {
      flushLink();
      pending = new PendingLink(uri, c, rowIndex, rowIndex);
    }
    return this;
  }

  /** A bar chart to draw on this sheet when it is finished. */
  void chart(SummaryXlsx.Chart chart) {
    charts.add(chart);
  }

  /**
   * Freezes the header, sets the auto-filter over every written row and the column widths, and makes the sheet
   * print the way a clerk prints it: landscape, one page wide, the header repeated on every page.
   */
  void finish() {
    finish(0, false);
  }

  /**
   * As {@link #finish()}, also freezing the first {@code keep} columns; a {@code wide} sheet prints at a legible
   * scale in pages of a few columns with those columns repeated on each ({@link PrintLayout#paged}).
   */
  void finish(int keep, boolean wide) {
    flushLink();
    charts.forEach(sheet::chart);
    int[] w = new int[widths.length];
    for (int c = 0; c < widths.length; c++) {
      w[c] = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 1));
    }
    String filter = "A1:" + CellReference.convertNumToColString(widths.length - 1) + (Math.max(rowIndex, 1) + 1);
    try {
      sheet.finish(w, filter, keep, wide ? PrintLayout.paged(w, keep) : PrintLayout.onePageWide());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SummarySheet number(BigDecimal value, int style, int extra) {
    if (value == null) {
      return blank();
    }
    number(value.doubleValue(), style);
    widen(value.setScale(0, RoundingMode.DOWN).toPlainString().length() + extra + 2);
    return this;
  }

  private void number(double value, int style) {
    try {
      sheet.number(col++, value, style);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String value, int style) {
    try {
      sheet.text(col++, value, style);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void widen(int width) {
    int c = col - 1;
    if (c < widths.length && width > widths[c]) {
      widths[c] = width;
    }
  }

  private void flushLink() {
    if (pending == null) {
      return;
    }
    String first = new CellReference(pending.firstRow, pending.col).formatAsString();
    String last = new CellReference(pending.lastRow, pending.col).formatAsString();
    sheet.link(pending.firstRow == pending.lastRow ? first : first + ":" + last, pending.target);
    pending = null;
  }

  /**
   * How many lines {@code value} takes wrapped in a column {@code width} characters wide (the column is a character
   * wider than the text it holds).
   */
  static int lines(String value, int width) {
    int n = 0;
    for (String line : value.split("\n", -1)) {
      n += Math.max(1, (displayWidth(line) + width - 1) / width);
    }
    return Math.min(n, 20);
  }

  /** Excel's column width unit counts a CJK character as two. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += cp >= 0x1100 && (Character.isIdeographic(cp) || cp >= 0x3000 && cp <= 0x303F
          || cp >= 0xFF00 && cp <= 0xFFEF) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * A relative link as a valid URI reference: separators become {@code /}, characters a URI may not hold (spaces,
   * {@code %}, {@code #}, {@code :}…) are percent-encoded, Chinese file names stay readable.
   */
  static String uri(String path) {
    String p = path.replace('\\', '/');
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.length(); ) {
      int cp = p.codePointAt(i);
      i += Character.charCount(cp);
      boolean plain = cp > 0x7F
          ? !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp)
          : Character.isLetterOrDigit(cp) || "-._~/!$&'()*+,;=@".indexOf(cp) >= 0;
      if (plain) {
        sb.appendCodePoint(cp);
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          sb.append('%').append(String.format("%02X", b & 0xFF));
        }
      }
    }
    return sb.toString();
  }
}
