package org.evalsheet.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few POI moves every test workbook (测试工作簿) is built from: rows and cells made on demand, merges, thin
 * borders, the bureau's text / header / title styles, and writing a workbook to a file.
 */
public final class Sheets {

  private Sheets() {}

  /** A new workbook (.xls when the file name ends in .xls, else .xlsx) built by {@code build} and written out. */
  public static Path write(Path file, Consumer<Workbook> build) {
    return write(file.toString().endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook(), file, build);
  }

  /** Builds {@code wb} with {@code build}, writes it to {@code file} and closes it. */
  public static Path write(Workbook wb, Path file, Consumer<Workbook> build) {
    try (wb) {
      build.accept(wb);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The row at {@code r}, created when missing. */
  public static Row row(Sheet sheet, int r) {
    Row row = sheet.getRow(r);
    return row == null ? sheet.createRow(r) : row;
  }

  /** A new cell holding {@code value} (left blank when null or empty), styled when {@code style} is not null. */
  public static Cell cell(Sheet sheet, int r, int c, String value, CellStyle style) {
    Cell cell = row(sheet, r).createCell(c);
    if (value != null && !value.isEmpty()) {
      cell.setCellValue(value);
    }
    if (style != null) {
      cell.setCellStyle(style);
    }
    return cell;
  }

  /** A text cell only when there is text: an empty value leaves no cell at all, as in a pasted sheet. */
  public static void text(Sheet sheet, int r, int c, String value) {
    if (!value.isEmpty()) {
      row(sheet, r).createCell(c).setCellValue(value);
    }
  }

  /** A new numeric cell. */
  public static Cell number(Sheet sheet, int r, int c, double value) {
    Cell cell = row(sheet, r).createCell(c);
    cell.setCellValue(value);
    return cell;
  }

  /** Merges rows {@code r1..r2} by columns {@code c1..c2}, all zero-based and inclusive. */
  public static void merge(Sheet sheet, int r1, int r2, int c1, int c2) {
    sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
  }

  /** The cell's text as POI shows it, or "" when there is no cell. */
  public static String value(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    Cell cell = row == null ? null : row.getCell(c);
    return cell == null ? "" : cell.toString();
  }

  /** Whether any cell left of column {@code before} in row {@code r} has text. */
  public static boolean filledLeft(Sheet sheet, int r, int before) {
    for (int c = 0; c < before; c++) {
      if (!value(sheet, r, c).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Column widths in characters, from column A on. */
  public static void widths(Sheet sheet, int... chars) {
    for (int c = 0; c < chars.length; c++) {
      sheet.setColumnWidth(c, chars[c] * 256);
    }
  }

  /** Thin borders on all four sides. */
  public static void borders(CellStyle s) {
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
  }

  /** The body style of a table: wrapped, vertically centred, thin borders. */
  public static CellStyle textStyle(Workbook wb) {
    CellStyle text = wb.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.CENTER);
    borders(text);
    return text;
  }

  /** The header style: {@code text} in bold, centred. */
  public static CellStyle headStyle(Workbook wb, CellStyle text) {
    CellStyle head = wb.createCellStyle();
    head.cloneStyleFrom(text);
    Font bold = wb.createFont();
    bold.setBold(true);
    head.setFont(bold);
    head.setAlignment(HorizontalAlignment.CENTER);
    return head;
  }

  /** The title style: bold at {@code points}, centred, no borders. */
  public static CellStyle titleStyle(Workbook wb, int points) {
    CellStyle title = wb.createCellStyle();
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) points);
    title.setFont(big);
    title.setAlignment(HorizontalAlignment.CENTER);
    return title;
  }
}
