package org.evalsheet.testing;

import static org.evalsheet.testing.Sheets.cell;
import static org.evalsheet.testing.Sheets.filledLeft;
import static org.evalsheet.testing.Sheets.merge;
import static org.evalsheet.testing.Sheets.row;
import static org.evalsheet.testing.Sheets.value;
import static org.evalsheet.testing.Sheets.widths;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Builds the seed table (shared/seed, appendix 指标体系) as a finance office lays it out: a title row, a 预算部门
 * line, the header, level-1 and level-2 labels merged over their children, a 合计 row whose sums are formulas with
 * cached values, and an empty 得分率 column. Tests change one thing at a time through the setters.
 */
public final class SeedWorkbook {

  /** The 11 header names, 得分率 last. */
  public static final List<String> HEADER =
      List.of("一级指标", "二级指标", "三级指标", "四级指标", "权重", "指标解释", "标杆值", "评分标准", "备注", "得分", "得分率");

  public static final String SHEET = "指标体系";
  public static final String TITLE = "青岛市人民政府办公厅专项业务费项目支出指标体系";
  public static final String UNIT = "青岛市人民政府办公厅";

  private String sheetName = SHEET;
  private int blankRowsAboveTitle = 0;
  private boolean totalAsFormula = true;
  private final List<String[]> rows = rows();

  /** The seed's leaf rows as typed in seed-table.tsv (10 columns, no 得分率), a fresh copy. */
  public static List<String[]> rows() {
    try (InputStream in = SeedWorkbook.class.getResourceAsStream("/seed/seed-table.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String[]> out = new ArrayList<>();
      r.readLine();
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(line.split("\t", -1));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public SeedWorkbook sheetName(String name) {
    this.sheetName = name;
    return this;
  }

  /** Pushes the whole table down, as when a cover block or blank rows sit above it. */
  public SeedWorkbook blankRowsAboveTitle(int n) {
    this.blankRowsAboveTitle = n;
    return this;
  }

  /** Writes the 合计 sums as plain numbers instead of {@code =SUM(...)} formulas. */
  public SeedWorkbook totalAsNumbers() {
    this.totalAsFormula = false;
    return this;
  }

  /** Changes one cell of a leaf row (0-based leaf index, 0-based column of the 10 TSV columns). */
  public SeedWorkbook set(int leaf, int column, String value) {
    rows.get(leaf)[column] = value;
    return this;
  }

  /** The 1-based sheet row of the header, as Excel shows it. */
  public int headerRow() {
    return blankRowsAboveTitle + 3;
  }

  /** Writes an .xlsx, or an .xls when the file name ends in .xls. */
  public Path write(Path file) {
    return Sheets.write(file, this::fill);
  }

  /** Adds the seed sheet to a workbook the caller owns (for multi-sheet workbooks). */
  public Sheet fill(Workbook wb) {
    Sheet sheet = wb.createSheet(sheetName);
    CellStyle text = Sheets.textStyle(wb);
    CellStyle head = Sheets.headStyle(wb, text);
    CellStyle title = Sheets.titleStyle(wb, 16);

    int r0 = blankRowsAboveTitle;
    cell(sheet, r0, 0, TITLE, title);
    merge(sheet, r0, r0, 0, 10);
    cell(sheet, r0 + 1, 0, "预算部门：" + UNIT, null);
    merge(sheet, r0 + 1, r0 + 1, 0, 4);
    int header = r0 + 2;
    for (int c = 0; c < HEADER.size(); c++) {
      cell(sheet, header, c, HEADER.get(c), head);
    }
    int first = header + 1;
    for (int i = 0; i < rows.size(); i++) {
      String[] v = rows.get(i);
      int r = first + i;
      for (int c = 0; c < v.length; c++) {
        if (c == 4 || c == 9) {
          Cell cell = row(sheet, r).createCell(c);
          cell.setCellStyle(text);
          if (!v[c].isEmpty()) {
            try {
              cell.setCellValue(Double.parseDouble(v[c]));
            } catch (NumberFormatException e) {
              cell.setCellValue(v[c]);
            }
          }
        } else {
          cell(sheet, r, c, v[c], text);
        }
      }
      cell(sheet, r, 10, "", text);
    }
    int last = first + rows.size() - 1;
    for (int c = 0; c < 4; c++) {
      mergeDown(sheet, c, first, last);
    }
    mergeDown(sheet, 8, first, last);
    int total = last + 1;
    cell(sheet, total, 0, "合计", head);
    merge(sheet, total, total, 0, 3);
    Cell w = row(sheet, total).createCell(4);
    Cell s = row(sheet, total).createCell(9);
    String sumW = "SUM(E" + (first + 1) + ":E" + (last + 1) + ")";
    String sumS = "SUM(J" + (first + 1) + ":J" + (last + 1) + ")";
    if (totalAsFormula) {
      w.setCellFormula(sumW);
      s.setCellFormula(sumS);
      wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(w);
      wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(s);
    } else {
      w.setCellValue(100);
      s.setCellValue(98.4);
    }
    widths(sheet, 12, 14, 16, 16, 7, 40, 10, 50, 16, 7, 9);
    return sheet;
  }

  /**
   * Merges a label over the empty cells below it, as Excel users do: a run ends at the next filled cell in this
   * column or in a level column to its left. 四级指标 is never merged; 备注 follows the 三级 groups.
   */
  private static void mergeDown(Sheet sheet, int col, int first, int last) {
    int guard = col == 8 ? 3 : col;
    for (int r = first; r <= last; r++) {
      if (col == 3 || value(sheet, r, col).isEmpty()) {
        continue;
      }
      int end = r;
      while (end < last && value(sheet, end + 1, col).isEmpty() && !filledLeft(sheet, end + 1, guard)) {
        end++;
      }
      if (end > r) {
        merge(sheet, r, end, col, col);
      }
      r = end;
    }
  }
}
