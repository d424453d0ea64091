package org.evalsheet.write.summary;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.evalsheet.write.XmlText;

/**
 * How one summary sheet prints on A4 landscape (打印设置): either squeezed one page wide (narrow sheets), or at a
 * legible scale in pages of a few columns each, with the first columns (序号, 单位, 状态) repeated on every page and
 * the pages of one band of rows printed side by side ({@code overThenDown}).
 *
 * @param fitWidth whether the sheet is scaled to one page wide
 * @param scale the print scale in percent when not fitted
 * @param repeatColumns how many leading columns print on every page (0 for none)
 * @param breaks zero-based columns before which a new page starts
 */
record PrintLayout(boolean fitWidth, int scale, int repeatColumns, List<Integer> breaks) {
  /**
   * Printable width of A4 landscape between 0.7-inch margins, in hundredths of an inch. Widths are reckoned at
   * 0.096 inch a character, as LibreOffice prints them (its stand-in for Calibri is wider than Excel's 7 pixels a
   * digit, 0.073 inch): planned so, a page fits in every program that prints it.
   */
  static final int PAGE = (int) Math.round((11.69 - 1.4) * 100);
  /** The most columns one page of a wide sheet holds, repeated ones included: more is unreadably small. */
  static final int MAX_COLUMNS = 12;
  /** Below this a printout is too small to read. */
  private static final int MIN_SCALE = 70;

  PrintLayout {
    breaks = List.copyOf(breaks);
  }

  /** One page wide, however many columns: for sheets of a few columns. */
  static PrintLayout onePageWide() {
    return new PrintLayout(true, 100, 0, List.of());
  }

  /**
   * Pages of at most {@link #MAX_COLUMNS} columns, the first {@code repeat} columns on each, at the scale at which
   * the widest single column still fits a page beside them (100 % unless a column is very wide, never below 70 %);
   * a sheet that fits one page in both respects is simply fitted to it.
   *
   * @param widths every column's width in Excel's characters
   */
  static PrintLayout paged(int[] widths, int repeat) {
    int repeatWidth = 0;
    for (int c = 0; c < Math.min(repeat, widths.length); c++) {
      repeatWidth += width(widths[c]);
    }
    int total = repeatWidth;
    int widest = 0;
    for (int c = repeat; c < widths.length; c++) {
      total += width(widths[c]);
      widest = Math.max(widest, width(widths[c]));
    }
    if (widths.length <= MAX_COLUMNS && total <= PAGE) {
      return onePageWide();
    }
    int scale = Math.max(MIN_SCALE, Math.min(100, PAGE * 100 / Math.max(1, repeatWidth + widest)));
    int budget = PAGE * 100 / scale;
    List<Integer> breaks = new ArrayList<>();
    int used = repeatWidth;
    int count = repeat;
    for (int c = repeat; c < widths.length; c++) {
      int w = width(widths[c]);
      if (count > repeat && (used + w > budget || count + 1 > MAX_COLUMNS)) {
        breaks.add(c);
        used = repeatWidth;
        count = repeat;
      }
      used += w;
      count++;
    }
    return new PrintLayout(false, scale, repeat, breaks);
  }

  /** A column of {@code chars} characters in hundredths of an inch as printed, its padding included. */
  static int width(int chars) {
    return chars * 96 / 10 + 3;
  }

  /**
   * The page setup after a sheet's margins: A4 landscape fitted or scaled, the sheet's name above and the page
   * number below, a page break above each chart ({@code chartRows}, so that none is cut in two) and between the
   * pages of columns.
   */
  String pageXml(List<Integer> chartRows) {
    StringBuilder x = new StringBuilder("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\""
        + " header=\"0.3\" footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\"")
        .append(fitWidth ? " fitToWidth=\"1\" fitToHeight=\"0\"" : " scale=\"" + scale + "\" pageOrder=\"overThenDown\"")
        .append("/><headerFooter><oddHeader>").append(XmlText.escape("&L&A")).append("</oddHeader><oddFooter>")
        .append(XmlText.escape("&C第 &P 页，共 &N 页")).append("</oddFooter></headerFooter>");
    breaks(x, "rowBreaks", chartRows, 16383);
    breaks(x, "colBreaks", breaks, 1048575);
    return x.toString();
  }

  private static void breaks(StringBuilder x, String element, List<Integer> at, int max) {
    if (at.isEmpty()) {
      return;
    }
    x.append('<').append(element).append(" count=\"").append(at.size()).append("\" manualBreakCount=\"")
        .append(at.size()).append("\">");
    at.forEach(b -> x.append("<brk id=\"").append(b).append("\" max=\"").append(max).append("\" man=\"1\"/>"));
    x.append("</").append(element).append('>');
  }

  /**
   * The workbook's names for printing sheet {@code index} ({@code quoted}, as a formula writes it): the print area,
   * which ends at the last cell or chart so that a long file name running on past the last column does not print a
   * page of its own in LibreOffice, and the titles, the header row and any repeated columns.
   */
  List<String> names(int index, String quoted, int lastRow, int lastCol) {
    String area = quoted + "!$A$1:" + new CellReference(lastRow, lastCol, true, true).formatAsString();
    String columns = repeatColumns == 0 ? ""
        : quoted + "!$A:$" + CellReference.convertNumToColString(repeatColumns - 1) + ",";
    return List.of(
        "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"" + index + "\">" + XmlText.escape(area) + "</definedName>",
        "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + index + "\">"
            + XmlText.escape(columns + quoted + "!$1:$1") + "</definedName>");
  }
}
