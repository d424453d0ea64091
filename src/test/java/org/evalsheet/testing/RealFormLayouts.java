package org.evalsheet.testing;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evalsheet.model.Column;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.read.WorkbookReader;

/**
 * A published table in the other layouts its producers use (真实表格的其他写法), as SeedLayouts does for the seed: the
 * group labels repeated on every row instead of merged over their leaves (exports from systems, pandas), and every
 * number typed as text in an .xls (old Excel, WPS).
 */
public final class RealFormLayouts {
  private RealFormLayouts() {}

  /**
   * The workbook with every merged label in the table's level columns unmerged and its text written on each of its
   * rows; everything else (the cover, the funds block, merged scores) as it was.
   */
  public static Path repeatedGroups(Path published, Path out) throws Exception {
    Set<Integer> levelCols = new TreeSet<>();
    int firstDataRow = Integer.MAX_VALUE;
    for (IndicatorTable t : new WorkbookReader(ReadLimits.DEFAULT).read(published)) {
      for (int level = 1; level <= 4; level++) {
        Integer c = t.columns().get(Column.level(level));
        if (c != null) {
          levelCols.add(c);
        }
      }
      firstDataRow = Math.min(firstDataRow, t.firstDataRow());
    }
    try (InputStream in = Files.newInputStream(published); Workbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      List<Integer> drop = new ArrayList<>();
      for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
        CellRangeAddress m = sheet.getMergedRegion(i);
        if (m.getFirstRow() >= firstDataRow && m.getFirstColumn() == m.getLastColumn()
            && levelCols.contains(m.getFirstColumn()) && m.getLastRow() > m.getFirstRow()) {
          drop.add(i);
        }
      }
      for (int k = drop.size() - 1; k >= 0; k--) {
        CellRangeAddress m = sheet.getMergedRegion(drop.get(k));
        sheet.removeMergedRegion(drop.get(k));
        Cell top = Sheets.row(sheet, m.getFirstRow()).getCell(m.getFirstColumn());
        String label = top == null ? "" : new DataFormatter().formatCellValue(top);
        for (int r = m.getFirstRow() + 1; r <= m.getLastRow(); r++) {
          Sheets.text(sheet, r, m.getFirstColumn(), label);
        }
      }
      try (OutputStream os = Files.newOutputStream(out)) {
        wb.write(os);
      }
    }
    return out;
  }

  /** The workbook as an .xls whose every number is typed as the text Excel shows ({@code 10}, {@code 100%}). */
  public static Path textNumbersXls(Path published, Path out) throws Exception {
    DataFormatter shown = new DataFormatter();
    try (InputStream in = Files.newInputStream(published); Workbook src = new XSSFWorkbook(in);
        Workbook dst = new HSSFWorkbook()) {
      Sheet from = src.getSheetAt(0);
      Sheet to = dst.createSheet(from.getSheetName());
      for (Row row : from) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.BLANK) {
            continue;
          }
          String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : shown.formatCellValue(cell);
          Sheets.text(to, row.getRowNum(), cell.getColumnIndex(), text);
        }
      }
      for (int i = 0; i < from.getNumMergedRegions(); i++) {
        to.addMergedRegion(from.getMergedRegion(i));
      }
      try (OutputStream os = Files.newOutputStream(out)) {
        dst.write(os);
      }
    }
    return out;
  }
}
