package org.evalsheet.write;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.evalsheet.model.Amount;

/**
 * One table-shaped sheet of the summary (汇总表工作表) written row by row through the streaming writer: a bold
 * header, typed cells in the shared styles, column widths from the longest value seen, a frozen header row and an
 * auto-filter. Runs of cells linking to the same file share one hyperlink, so links cost memory per file, not per
 * row.
 */
final class SummarySheet {
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;
  /** Excel refuses longer cell text. */
  private static final int MAX_TEXT = 32_767;

  private final SXSSFWorkbook wb;
  private final SXSSFSheet sheet;
  private final SummaryStyles styles;
  private final int[] widths;
  private Row row;
  private int rowIndex;
  private int col;
  private PendingLink pending;

  /** A hyperlink still growing downwards over consecutive cells of one column. */
  private record PendingLink(String target, int col, int firstRow, int lastRow) {}

  SummarySheet(SXSSFWorkbook wb, String name, SummaryStyles styles, List<String> headers) {
    this.wb = wb;
    this.sheet = wb.createSheet(name);
    this.styles = styles;
    this.widths = new int[headers.size()];
    Row h = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = h.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(styles.header);
      widths[c] = displayWidth(headers.get(c)) + 2;
    }
    rowIndex = 0;
  }

  /** Zero-based index of the row being written (0 while only the header exists). */
  int rowIndex() {
    return rowIndex;
  }

  /** Starts the next row. */
  SummarySheet row() {
    row = sheet.createRow(++rowIndex);
    col = 0;
    return this;
  }

  SummarySheet text(String value) {
    if (value != null && !value.isEmpty()) {
      cell(styles.text).setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - 1) + "…" : value);
      widen(displayWidth(value));
    } else {
      col++;
    }
    return this;
  }

  SummarySheet integer(long value) {
    cell(styles.integer).setCellValue(value);
    widen(Long.toString(value).length());
    return this;
  }

  /** A score or weight in {@code 0.00}; blank when null. */
  SummarySheet score(BigDecimal value) {
    return number(value, styles.score, 2);
  }

  /** A rate (a fraction) in {@code 0.00%}; blank when null. */
  SummarySheet rate(BigDecimal value) {
    return number(value, styles.rate, 3);
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
      return text(value);
    }
    int c = col;
    cell(styles.link).setCellValue(value);
    widen(displayWidth(value));
    String uri = uri(target);
    if (pending != null && pending.target.equals(uri) && pending.col == c && pending.lastRow == rowIndex - 1) {
      pending = new PendingLink(uri, c, pending.firstRow, rowIndex);
    } else {
      flushLink();
      pending = new PendingLink(uri, c, rowIndex, rowIndex);
    }
    return this;
  }

  /**
   * Freezes the header, sets the auto-filter over every written row and the column widths, and makes the sheet
   * print the way a clerk prints it: landscape, one page wide, the header repeated on every page.
   */
  void finish() {
    flushLink();
    sheet.createFreezePane(0, 1);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex, 1), 0, widths.length - 1));
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 1)) * 256);
    }
  }

  private SummarySheet number(BigDecimal value, CellStyle style, int extra) {
    if (value == null) {
      return blank();
    }
    cell(style).setCellValue(value.doubleValue());
    widen(value.setScale(0, RoundingMode.DOWN).toPlainString().length() + extra + 2);
    return this;
  }

  private Cell cell(CellStyle style) {
    Cell cell = row.createCell(col++);
    cell.setCellStyle(style);
    return cell;
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
    XSSFHyperlink link = (XSSFHyperlink) wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
    link.setAddress(pending.target);
    String first = new CellReference(pending.firstRow, pending.col).formatAsString();
    String last = new CellReference(pending.lastRow, pending.col).formatAsString();
    link.setCellReference(pending.firstRow == pending.lastRow ? first : first + ":" + last);
    sheet.addHyperlink(link);
    pending = null;
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
