package org.evalsheet.write.fill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Scale;
import org.evalsheet.model.Severity;
import org.evalsheet.model.TotalRow;
import org.evalsheet.review.LeafReview;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.LeafScore;
import org.evalsheet.score.TableResult;

/**
 * Writes one table's results into its sheet (填写指标表): every leaf's 得分率, scores derived from a submitted
 * 得分率, the 合计 row (appended when missing) and the marks of its findings. Touches no other cell.
 */
final class FillTable {
  private static final Pattern TOTAL_LABEL = Pattern.compile("合计|总计|总分|合计得分|总得分|得分合计");
  private static final int RATE_WIDTH = 10 * 256;

  /** A number to write into one cell (写入值), formatted 0.00% when it is a rate. */
  record Edit(BigDecimal value, boolean percent) {}

  private final Workbook workbook;
  private final Sheet sheet;
  private final TableResult result;
  private final IndicatorTable table;
  private final StyleCache styles;
  private final CellMarks marks;
  /** Rows at or below this one moved down by one to make room for an appended 合计 row. */
  private int shiftedFrom = Integer.MAX_VALUE;

  private FillTable(Workbook workbook, Sheet sheet, TableResult result, StyleCache styles, CellMarks marks) {
    this.workbook = workbook;
    this.sheet = sheet;
    this.result = result;
    this.table = result.table();
    this.styles = styles;
    this.marks = marks;
  }

  static void fill(Workbook workbook, TableResult result, StyleCache styles, CellMarks marks) {
    IndicatorTable t = result.table();
    Sheet sheet = workbook.getSheet(t.sheet());
    if (sheet == null && t.sheetIndex() < workbook.getNumberOfSheets()) {
      sheet = workbook.getSheetAt(t.sheetIndex());
    }
    if (sheet == null) {
      throw new IllegalArgumentException("工作簿中没有工作表 " + t.sheet());
    }
    new FillTable(workbook, sheet, result, styles, marks).run();
  }

  private void run() {
    int totalRow = table.total() == null ? appendTotalRow() : table.total().row();
    int rateCol = rateColumn(totalRow);
    Map<CellRef, Edit> edits = edits(result, sheet.getSheetName(), totalRow, rateCol);
    apply(edits, marked(result, this::moved));
  }

  /**
   * The numbers a table's results put into its sheet: every leaf's 得分率, scores derived from a submitted 得分率, the
   * 得分率 of every outline group row and 小计 row (and its weight and score when left empty), and the 合计 row's weight
   * (when empty), score and rate; scores and weights in the sheet's own scale (a table of fractional weights gets
   * fractions back). Shared by this filler and the zip-patching fast path.
   */
  static Map<CellRef, Edit> edits(TableResult result, String sheetName, int totalRow, int rateCol) {
    IndicatorTable table = result.table();
    Scale scale = table.scale();
    Map<CellRef, Edit> edits = new TreeMap<>();
    Evaluation e = result.evaluation();
    if (e == null) {
      return edits;
    }
    Integer scoreCol = table.columns().get(Column.SCORE);
    Integer weightCol = table.columns().get(Column.WEIGHT);
    for (LeafScore leaf : e.leaves()) {
      int r = leaf.indicator().row();
      if (leaf.rate() != null) {
        edits.put(new CellRef(sheetName, r, rateCol), new Edit(leaf.rate(), true));
      }
      if (leaf.derivedFromRate() && leaf.score() != null && scoreCol != null) {
        edits.put(new CellRef(sheetName, r, scoreCol), new Edit(scale.sheetScore(leaf.score()), false));
      }
    }
    for (GroupScore g : e.groups()) {
      for (TotalRow row : g.group().statedRows()) {
        if (g.rate() != null && !e.template()) {
          edits.put(new CellRef(sheetName, row.row(), rateCol), new Edit(g.rate(), true));
        }
        boolean subtotal = row.equals(g.group().subtotal());
        if (subtotal && weightCol != null && row.weight().isEmpty()) {
          edits.put(new CellRef(sheetName, row.row(), weightCol), new Edit(scale.sheetWeight(g.weight()), false));
        }
        if (subtotal && scoreCol != null && row.score().isEmpty() && g.score() != null && !e.template()) {
          edits.put(new CellRef(sheetName, row.row(), scoreCol), new Edit(scale.sheetScore(g.score()), false));
        }
      }
    }
    boolean weightEmpty = table.total() == null || table.total().weight().isEmpty();
    if (weightCol != null && weightEmpty && e.weightTotal() != null) {
      edits.put(new CellRef(sheetName, totalRow, weightCol), new Edit(scale.sheetWeight(e.weightTotal()), false));
    }
    if (scoreCol != null && e.scoreTotal() != null) {
      edits.put(new CellRef(sheetName, totalRow, scoreCol), new Edit(scale.sheetScore(e.scoreTotal()), false));
    }
    if (e.rate() != null) {
      edits.put(new CellRef(sheetName, totalRow, rateCol), new Edit(e.rate(), true));
    }
    return edits;
  }

  /** The findings to mark, by cell (after {@code moved}): errors and warnings that name a cell. */
  static Map<CellRef, List<Finding>> marked(TableResult result, UnaryOperator<CellRef> moved) {
    Map<CellRef, List<Finding>> marked = new TreeMap<>();
    for (Finding f : result.findings()) {
      if (f.cell() != null && f.severity() != Severity.INFO) {
        marked.computeIfAbsent(moved.apply(f.cell()), k -> new ArrayList<>()).add(f);
      }
    }
    // A 得分 the review questions shows, in its comment, how the completion's score was computed.
    for (LeafReview r : result.review().leaves()) {
      CellRef score = result.table().cell(r.indicator(), Column.SCORE);
      List<Finding> here = score == null ? null : marked.get(moved.apply(score));
      if (here != null && !r.explanation().isEmpty()
          && here.stream().anyMatch(f -> f.is(Code.SCORE_ABOVE_RULE) || f.is(Code.QUALITATIVE_SCORE_OUT_OF_BAND))) {
        here.add(Finding.info(Code.REVIEW_BASIS, score, "复核：" + r.explanation()));
      }
    }
    return marked;
  }

  private void apply(Map<CellRef, Edit> edits, Map<CellRef, List<Finding>> marked) {
    for (Map.Entry<CellRef, Edit> en : edits.entrySet()) {
      CellRef at = en.getKey();
      Cell cell = FillCells.cell(sheet, at.row(), at.col());
      FillCells.number(cell, en.getValue().value());
      List<Finding> findings = marked.getOrDefault(at, List.of());
      restyle(cell, CellMarks.mark(findings), en.getValue().percent());
    }
    for (Map.Entry<CellRef, List<Finding>> en : marked.entrySet()) {
      CellRef at = en.getKey();
      Sheet target = at.sheet().equals(sheet.getSheetName()) ? sheet : workbook.getSheet(at.sheet());
      if (target == null) {
        continue;
      }
      Cell cell = FillCells.cell(target, at.row(), at.col());
      if (!edits.containsKey(at)) {
        restyle(cell, CellMarks.mark(en.getValue()), false);
      }
      marks.comment(target, cell, en.getValue());
    }
  }

  private void restyle(Cell cell, StyleCache.Mark mark, boolean percent) {
    CellStyle base = cell.getCellStyle();
    CellStyle style = styles.derive(base, mark, percent);
    if (style != base) {
      cell.setCellStyle(style);
    }
  }

  /**
   * The 得分率 column: the table's own, one a previous fill added (a header cell reading 得分率), or a new one right
   * of the last header column, styled like its left neighbour.
   */
  private int rateColumn(int totalRow) {
    Integer own = table.columns().get(Column.RATE);
    if (own != null) {
      return own;
    }
    int headerLast = Math.max(table.headerRow(), table.firstDataRow() - 1);
    int last = Collections.max(table.columns().values());
    for (int r = table.headerRow(); r <= headerLast; r++) {
      var row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (Cell c : row) {
        String text = FillCells.text(sheet, r, c.getColumnIndex());
        if (text.equals(Column.RATE.label())) {
          return c.getColumnIndex();
        }
        if (!text.isEmpty()) {
          CellRangeAddress m = FillCells.mergedAt(sheet, r, c.getColumnIndex());
          last = Math.max(last, m == null ? c.getColumnIndex() : m.getLastColumn());
        }
      }
    }
    int col = last + 1;
    for (int r = table.headerRow(); r <= totalRow; r++) {
      if (FillCells.peek(sheet, r, col) == null && FillCells.peek(sheet, r, last) != null) {
        FillCells.cell(sheet, r, col).setCellStyle(FillCells.peek(sheet, r, last).getCellStyle());
      }
    }
    FillCells.cell(sheet, table.headerRow(), col).setCellValue(Column.RATE.label());
    CellRangeAddress header = new CellRangeAddress(table.headerRow(), headerLast, col, col);
    if (headerLast > table.headerRow() && !FillCells.overlapsMerged(sheet, header)) {
      sheet.addMergedRegion(header);
    }
    sheet.setColumnWidth(col, Math.max(RATE_WIDTH, sheet.getColumnWidth(last)));
    return col;
  }

  /**
   * The row of a 合计 row for a table without one: right below the table. A row there holding anything but a 合计
   * label evalsheet wrote before is moved down rather than overwritten.
   */
  private int appendTotalRow() {
    int r = table.lastRow() + 1;
    if (!FillCells.isBlankRow(sheet, r) && !isTotalRow(r)) {
      sheet.shiftRows(r, sheet.getLastRowNum(), 1, true, false);
      shiftedFrom = r;
    }
    int first = Collections.min(table.columns().values());
    int last = Collections.max(table.columns().values());
    for (int c = first; c <= last; c++) {
      Cell above = FillCells.peek(sheet, table.lastRow(), c);
      if (FillCells.peek(sheet, r, c) == null && above != null) {
        FillCells.cell(sheet, r, c).setCellStyle(above.getCellStyle());
      }
    }
    int labelCol = table.columns().getOrDefault(Column.LEVEL1, first);
    if (FillCells.isBlank(sheet, r, labelCol)) {
      FillCells.cell(sheet, r, labelCol).setCellValue("合计");
    }
    int levelEnd = labelCol;
    for (int level = 1; level <= 4; level++) {
      Integer c = table.columns().get(Column.level(level));
      if (c != null && c == levelEnd + (level == 1 ? 0 : 1)) {
        levelEnd = c;
      }
    }
    CellRangeAddress label = new CellRangeAddress(r, r, labelCol, levelEnd);
    if (levelEnd > labelCol && !FillCells.overlapsMerged(sheet, label)) {
      sheet.addMergedRegion(label);
    }
    return r;
  }

  private boolean isTotalRow(int r) {
    var row = sheet.getRow(r);
    if (row == null) {
      return false;
    }
    for (Cell c : row) {
      if (TOTAL_LABEL.matcher(FillCells.text(sheet, r, c.getColumnIndex())).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A finding's cell after an appended 合计 row pushed the rows below the table down. */
  private CellRef moved(CellRef cell) {
    if (cell.sheet().equals(sheet.getSheetName()) && cell.row() >= shiftedFrom) {
      return new CellRef(cell.sheet(), cell.row() + 1, cell.col());
    }
    return cell;
  }

  private CellRef ref(int row, int col) {
    return new CellRef(sheet.getSheetName(), row, col);
  }
}
