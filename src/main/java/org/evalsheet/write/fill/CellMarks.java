package org.evalsheet.write.fill;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Severity;

/**
 * Marks findings on their cells (问题标注): the fill of the most serious one and one comment listing them all.
 * A comment evalsheet wrote before is replaced, not stacked; a comment the department wrote is kept above ours.
 */
final class CellMarks {
  static final String AUTHOR = "evalsheet";
  static final String HEADING = "【evalsheet 检查结果】";

  private final CreationHelper helper;
  private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

  CellMarks(CreationHelper helper) {
    this.helper = helper;
  }

  /** The fill for a cell's findings: errors win over warnings; info findings are not marked. */
  static StyleCache.Mark mark(List<Finding> findings) {
    if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
      return StyleCache.Mark.ERROR;
    }
    if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
      return StyleCache.Mark.WARNING;
    }
    return StyleCache.Mark.NONE;
  }

  /** Puts one comment with every finding's message on the cell, replacing evalsheet's earlier one. */
  void comment(Sheet sheet, Cell cell, List<Finding> findings) {
    String own = "";
    Comment old = cell.getCellComment();
    if (old != null) {
      own = ownText(old.getString() == null ? "" : old.getString().getString(), old.getAuthor());
      cell.removeCellComment();
    }
    String text = text(own, findings);
    ClientAnchor anchor = helper.createClientAnchor();
    int col = cell.getColumnIndex();
    int row = cell.getRowIndex();
    // XSSF files a new comment under the anchor's top-left cell until it is moved: start on a cell without one.
    int left = col + 1;
    while (sheet.getCellComment(new CellAddress(row, left)) != null) {
      left++;
    }
    anchor.setCol1(left);
    anchor.setCol2(left + 4);
    anchor.setRow1(row);
    anchor.setRow2(row + 2 + 2 * findings.size());
    Comment comment = drawing(sheet).createCellComment(anchor);
    comment.setString(helper.createRichTextString(text));
    comment.setAuthor(AUTHOR);
    cell.setCellComment(comment);
  }

  /** The text of the comment on a marked cell: the department's own text, then evalsheet's heading and findings. */
  static String text(String own, List<Finding> findings) {
    StringBuilder text = new StringBuilder(own);
    if (text.length() > 0) {
      text.append("\n\n");
    }
    text.append(HEADING);
    for (Finding f : findings) {
      text.append('\n').append(f.severity().label()).append("：").append(f.message());
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

  private Drawing<?> drawing(Sheet sheet) {
    return drawings.computeIfAbsent(sheet, s -> {
      Drawing<?> d = s.getDrawingPatriarch();
      return d == null ? s.createDrawingPatriarch() : d;
    });
  }
}
