package org.evalsheet.write.fill;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.record.PrintSetupRecord;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageSetup;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellComments;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STOrientation;
import org.evalsheet.score.TableResult;

/**
 * Draws a plan into a workbook open in POI's usermodel (用 POI 填写): .xls files, and the .xlsx/.xlsm files the fast
 * path declines. The plan is laid on the workbook's sheets by {@link UsermodelLayout}; each table's numbers are then
 * written with their styles derived ({@link StyleCache}), its marked cells commented, and the 评价结论 sheet drawn
 * ({@link UsermodelConclusion}).
 */
final class UsermodelCopy {
  private final Workbook workbook;
  private final StyleCache styles;
  private final CreationHelper helper;
  private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

  private UsermodelCopy(Workbook workbook) {
    this.workbook = workbook;
    this.styles = new StyleCache(workbook);
    this.helper = workbook.getCreationHelper();
  }

  /** Fills the workbook with the plan of its results; formulas recalculate when the copy is opened. */
  static void fill(Workbook workbook, List<TableResult> tables) {
    FillPlan plan = FillPlan.of(tables, new UsermodelLayout(workbook));
    UsermodelCopy copy = new UsermodelCopy(workbook);
    for (FillPlan.Table t : plan.tables()) {
      copy.draw(t);
    }
    plan.printing().forEach(copy::printSetup);
    UsermodelConclusion.write(workbook, plan.conclusion());
    // Formulas over the cells written (the 合计 row's SUM) must show the new values when the copy is opened.
    workbook.setForceFormulaRecalculation(true);
  }

  /** One table's cells: the numbers with their styles first, then the marks and comments. */
  private void draw(FillPlan.Table table) {
    for (FillPlan.Cell c : table.cells()) {
      if (c.number() != null) {
        Cell cell = FillCells.cell(workbook.getSheet(c.sheet()), c.row(), c.col());
        FillCells.number(cell, c.number());
        restyle(cell, c.mark(), c.percent());
      }
    }
    for (FillPlan.Cell c : table.cells()) {
      if (!c.comment().isEmpty()) {
        Sheet sheet = workbook.getSheet(c.sheet());
        Cell cell = FillCells.cell(sheet, c.row(), c.col());
        if (c.number() == null) {
          restyle(cell, c.mark(), false);
        }
        comment(sheet, cell, c.comment());
      }
    }
  }

  /**
   * A table sheet prints one page wide, its print area (when the department set one) reaching the last column, its
   * comments (evalsheet's findings among them) printed after the sheet, so that a printout says why a cell is
   * coloured, and a wide table landscape when the department chose no orientation.
   */
  private void printSetup(String name, FillPlan.Print how) {
    Sheet sheet = workbook.getSheet(name);
    if (sheet == null) {
      return;
    }
    sheet.setFitToPage(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    if (sheet instanceof XSSFSheet x) {
      CTWorksheet ct = x.getCTWorksheet();
      CTPageSetup setup = ct.isSetPageSetup() ? ct.getPageSetup() : ct.addNewPageSetup();
      setup.setCellComments(STCellComments.AT_END);
      if (how.wide() && (!setup.isSetOrientation() || setup.getOrientation() == STOrientation.DEFAULT)) {
        setup.setOrientation(STOrientation.LANDSCAPE);
      }
    } else if (sheet instanceof HSSFSheet h) {
      PrintSetupRecord record = h.getSheet().getPageSettings().getPrintSetup();
      int options = record.getOptions() | BIFF_NOTES | BIFF_END_NOTES;
      if (how.wide() && (options & BIFF_NO_ORIENTATION) != 0) {
        options &= ~(BIFF_NO_ORIENTATION | BIFF_PORTRAIT);
      }
      record.setOptions((short) options);
    }
    int index = workbook.getSheetIndex(sheet);
    String wider = FillPlan.widenedArea(workbook.getPrintArea(index), how.lastCol());
    if (wider != null) {
      workbook.setPrintArea(index, wider);
    }
  }

  /**
   * The BIFF8 SETUP record's bits: fPortrait, fNotes and fEndNotes (print the comments, after the sheet), fNoOrient
   * (no orientation chosen).
   */
  private static final int BIFF_PORTRAIT = 0x2;
  private static final int BIFF_NOTES = 0x20;
  private static final int BIFF_NO_ORIENTATION = 0x40;
  private static final int BIFF_END_NOTES = 0x200;

  private void restyle(Cell cell, FillPlan.Mark mark, boolean percent) {
    CellStyle base = cell.getCellStyle();
    CellStyle style = styles.derive(base, mark, percent);
    if (style != base) {
      cell.setCellStyle(style);
    }
  }

  /** Puts one comment with every line on the cell, replacing evalsheet's earlier one. */
  private void comment(Sheet sheet, Cell cell, List<String> lines) {
    String own = "";
    Comment old = cell.getCellComment();
    if (old != null) {
      own = CellMarks.ownText(old.getString() == null ? "" : old.getString().getString(), old.getAuthor());
      cell.removeCellComment();
    }
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
    anchor.setRow2(CellMarks.anchorBottom(row, lines.size()));
    Comment comment = drawing(sheet).createCellComment(anchor);
    comment.setString(helper.createRichTextString(CellMarks.text(own, lines)));
    comment.setAuthor(CellMarks.AUTHOR);
    cell.setCellComment(comment);
  }

  private Drawing<?> drawing(Sheet sheet) {
    return drawings.computeIfAbsent(sheet, s -> {
      Drawing<?> d = s.getDrawingPatriarch();
      return d == null ? s.createDrawingPatriarch() : d;
    });
  }
}
