package org.evalsheet.read.grid;

/**
 * Cell positions taken from a file (单元格坐标), checked against Excel's grid: rows 1 to 1,048,576, columns A to XFD,
 * merged regions that end where or after they start. A number outside that range rejects the file
 * ({@link BadCoordinateException}); a spelling this class does not read (not a plain A1 reference) is left to POI.
 */
public final class Coordinates {
  private Coordinates() {}

  /** Excel's last row, 1-based. */
  public static final int MAX_ROWS = 1_048_576;
  /** Excel's last column (XFD), 1-based. */
  public static final int MAX_COLS = 16_384;

  /** A reference this class does not read: POI decides what it means. */
  public static final class Unread extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unread(String what) {
      super(what, null, false, false);
    }
  }

  /** A 1-based row number as written ({@code r="12"}), zero-based; out of range rejects the file. */
  public static int row(String text) {
    long n = digits(text, 0, text.length());
    if (n < 1 || n > MAX_ROWS) {
      throw new BadCoordinateException("第 " + text.strip() + " 行的行号超出 Excel 的范围（1 至 " + MAX_ROWS + "）");
    }
    return (int) n - 1;
  }

  /** An A1 reference ({@code K24}) as {row, col}, zero-based; out of range rejects the file. */
  public static int[] cell(String ref) {
    String s = ref.strip();
    int i = 0;
    long col = 0;
    while (i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
      col = col * 26 + (s.charAt(i) - 'A' + 1);
      if (col > Integer.MAX_VALUE) {
        throw new BadCoordinateException("单元格 " + shorten(s) + " 的列超出 Excel 的范围（最后一列是 XFD）");
      }
      i++;
    }
    if (i == 0 || i == s.length()) {
      throw new Unread("cell reference " + ref);
    }
    long row = digits(s, i, s.length());
    if (col > MAX_COLS) {
      throw new BadCoordinateException("单元格 " + shorten(s) + " 的列超出 Excel 的范围（最后一列是 XFD）");
    }
    if (row < 1 || row > MAX_ROWS) {
      throw new BadCoordinateException("第 " + shorten(s.substring(i)) + " 行的行号超出 Excel 的范围（1 至 " + MAX_ROWS
          + "）");
    }
    return new int[] {(int) row - 1, (int) col - 1};
  }

  /** A range {@code A2:K9} (or one cell) as {firstRow, firstCol, lastRow, lastCol}; one ending before it starts
   * rejects the file. */
  public static int[] range(String ref) {
    String s = ref.strip();
    int colon = s.indexOf(':');
    int[] a = cell(colon < 0 ? s : s.substring(0, colon));
    int[] b = colon < 0 ? a : cell(s.substring(colon + 1));
    if (b[0] < a[0] || b[1] < a[1]) {
      throw new BadCoordinateException("合并单元格 " + shorten(s) + " 的范围无效（结束位置在开始位置之前）");
    }
    return new int[] {a[0], a[1], b[0], b[1]};
  }

  /** A zero-based position read by POI, checked the same way (POI wraps numbers it cannot hold). */
  public static void check(int row, int col) {
    if (row < 0 || row >= MAX_ROWS) {
      throw new BadCoordinateException("工作表中有行号超出 Excel 的范围（1 至 " + MAX_ROWS + "）的行");
    }
    if (col < 0 || col >= MAX_COLS) {
      throw new BadCoordinateException("工作表中有列超出 Excel 的范围（最后一列是 XFD）的单元格");
    }
  }

  /** A merged region read by POI, checked the same way. */
  public static void check(int firstRow, int lastRow, int firstCol, int lastCol) {
    check(firstRow, firstCol);
    check(lastRow, lastCol);
    if (lastRow < firstRow || lastCol < firstCol) {
      throw new BadCoordinateException("工作表中有范围无效的合并单元格（结束位置在开始位置之前）");
    }
  }

  /** A plain unsigned decimal of up to 18 digits (leading zeros allowed); any other spelling is left to POI. */
  private static long digits(String s, int from, int to) {
    String t = s.substring(from, to).strip();
    if (t.isEmpty() || t.length() > 18) {
      if (!t.isEmpty() && t.chars().allMatch(Character::isDigit)) {
        return Long.MAX_VALUE;
      }
      throw new Unread("number " + shorten(t));
    }
    long n = 0;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch < '0' || ch > '9') {
        throw new Unread("number " + shorten(t));
      }
      n = n * 10 + (ch - '0');
    }
    return n;
  }

  private static String shorten(String s) {
    return s.length() > 24 ? s.substring(0, 24) + "…" : s;
  }
}
