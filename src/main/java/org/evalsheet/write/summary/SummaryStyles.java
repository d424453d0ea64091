package org.evalsheet.write.summary;

/**
 * The summary workbook's one fixed style sheet (汇总表样式): the cell formats by index, among them the colours a
 * status or a severity is shown in, the same light red, yellow, green and grey as Excel's Bad, Neutral, Good and
 * its 20 % grey, so that a printout on a colour printer reads like the screen.
 */
final class SummaryStyles {
  static final int HEADER = 1;
  static final int TEXT = 2;
  static final int INTEGER = 3;
  static final int SCORE = 4;
  static final int RATE = 5;
  static final int LINK = 6;
  /** 需退回, 无法处理, 错误. */
  static final int BAD = 7;
  /** 警告. */
  static final int WARN = 8;
  /** 通过. */
  static final int GOOD = 9;
  /** 已被替代, 已忽略, 提示. */
  static final int MUTED = 10;
  /** Long text wrapped in its column (说明, 第一处错误). */
  static final int WRAP = 11;

  private SummaryStyles() {}

  /**
   * Fonts: plain, bold, link, dark red, dark yellow, dark green, dark grey; fills: none, gray125 (required), the
   * header's grey, light red, light yellow, light green, light grey; borders: none, thin bottom.
   */
  static String xml(String decl, String ns) {
    return decl + "<styleSheet xmlns=\"" + ns + "\">"
        + "<fonts count=\"7\">" + font("") + font("<b/>") + font("<u/>", "<color indexed=\"12\"/>")
        + font("", "<color rgb=\"FF9C0006\"/>") + font("", "<color rgb=\"FF9C5700\"/>")
        + font("", "<color rgb=\"FF006100\"/>") + font("", "<color rgb=\"FF595959\"/>") + "</fonts>"
        + "<fills count=\"7\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill"
        + " patternType=\"gray125\"/></fill><fill><patternFill patternType=\"solid\"><fgColor indexed=\"22\"/>"
        + "<bgColor indexed=\"64\"/></patternFill></fill>" + fill("FFFFC7CE") + fill("FFFFEB9C") + fill("FFC6EFCE")
        + fill("FFEDEDED") + "</fills>"
        + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        + "<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"8\"/></bottom><diagonal/></border>"
        + "</borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"12\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\""
        + " applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\""
        + " wrapText=\"1\"/></xf>"
        + xf(0, 0, 0, false) + xf(1, 0, 0, false) + xf(2, 0, 0, false) + xf(10, 0, 0, false) + xf(0, 2, 0, false)
        + xf(0, 3, 3, false) + xf(0, 4, 4, false) + xf(0, 5, 5, false) + xf(0, 6, 6, false) + xf(0, 0, 0, true)
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>";
  }

  private static String font(String... extra) {
    return "<font>" + String.join("", extra) + "<sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
        + "<charset val=\"134\"/></font>";
  }

  private static String fill(String argb) {
    return "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"" + argb + "\"/><bgColor indexed=\"64\"/>"
        + "</patternFill></fill>";
  }

  private static String xf(int numFmt, int font, int fill, boolean wrap) {
    return "<xf numFmtId=\"" + numFmt + "\" fontId=\"" + font + "\" fillId=\"" + fill + "\" borderId=\"0\" xfId=\"0\""
        + (numFmt != 0 ? " applyNumberFormat=\"1\"" : "") + (font != 0 ? " applyFont=\"1\"" : "")
        + (fill != 0 ? " applyFill=\"1\"" : "") + " applyAlignment=\"1\"><alignment vertical=\"top\""
        + (wrap ? " wrapText=\"1\"" : "") + "/></xf>";
  }
}
