package org.evalsheet.write.fill;

import java.util.List;

/**
 * The text of evalsheet's comment on a marked cell (问题批注), the same on both writers: the department's own text
 * first, then evalsheet's heading and one line per finding. A comment evalsheet wrote before is replaced, not
 * stacked; a comment the department wrote is kept above ours.
 */
final class CellMarks {
  static final String AUTHOR = "evalsheet";
  static final String HEADING = "【evalsheet 检查结果】";

  private CellMarks() {}

  /** The text of the comment on a marked cell: the department's own text, then evalsheet's heading and lines. */
  static String text(String own, List<String> lines) {
    StringBuilder text = new StringBuilder(own);
    if (text.length() > 0) {
      text.append("\n\n");
    }
    text.append(HEADING);
    for (String line : lines) {
      text.append('\n').append(line);
    }
    return text.toString();
  }

  /** The part of an existing comment the department wrote: all of it, or what precedes evalsheet's heading. */
  static String ownText(String s, String author) {
    int at = s.indexOf(HEADING);
    if (at >= 0) {
      return s.substring(0, at).strip();
    }
    return AUTHOR.equals(author) ? "" : s.strip();
  }

  /** The anchor's last row for a comment of {@code lines} lines on row {@code row}: two rows a line, two more. */
  static int anchorBottom(int row, int lines) {
    return row + 2 + 2 * lines;
  }
}
