package org.evalsheet.write.fill;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.testing.Sheets;
import org.evalsheet.write.fill.FilledCopyWriter.Route;
import org.junit.jupiter.params.provider.Arguments;

/** Workbooks and cell snapshots for the filled-copy tests (测试工作簿). */
final class FillWorkbooks {
  static final String NOTES = "填表说明";

  private FillWorkbooks() {}

  /**
   * The seed table as a department sends it, plus what a writer must leave alone: a second sheet with text, a
   * formula, a merged region and a column width, and the department's own comment on 指标体系!J12.
   */
  static Path seed(Path file) {
    return write(file, wb -> {
      Sheet table = new SeedWorkbook().fill(wb);
      Sheet notes = wb.createSheet(NOTES);
      notes.createRow(0).createCell(0).setCellValue("一、得分保留一位小数");
      notes.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
      Cell f = notes.createRow(2).createCell(1);
      f.setCellFormula("'指标体系'!E24*2");
      wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(f);
      notes.setColumnWidth(0, 30 * 256);
      comment(table.getRow(11).getCell(9), "请核实支出凭证", 10, 13, 11, 14);
    });
  }

  /** The department's finance office (财务科) notes {@code text} on a cell, in a box over the given columns and rows. */
  static void comment(Cell cell, String text, int col1, int col2, int row1, int row2) {
    Workbook wb = cell.getSheet().getWorkbook();
    ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
    anchor.setCol1(col1);
    anchor.setCol2(col2);
    anchor.setRow1(row1);
    anchor.setRow2(row2);
    Comment c = cell.getSheet().createDrawingPatriarch().createCellComment(anchor);
    c.setString(wb.getCreationHelper().createRichTextString(text));
    c.setAuthor("财务科");
    cell.setCellComment(c);
  }

  /** A new workbook (.xls when the name says so) built by {@code build}. */
  static Path write(Path file, Consumer<Workbook> build) {
    return Sheets.write(file, build);
  }

  /** Changes an existing workbook in place, as a clerk editing it would. */
  static Path edit(Path file, Consumer<Workbook> change) {
    try {
      return Sheets.write(WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file))), file, change);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every format with both ways of writing it: .xlsx through POI's usermodel and through the fast path (which must
   * apply), .xls through POI and through the default route (which must fall back to POI).
   */
  static Stream<Arguments> routes() {
    return Stream.of(Arguments.of("xlsx", Route.USERMODEL), Arguments.of("xlsx", Route.FAST),
        Arguments.of("xls", Route.USERMODEL), Arguments.of("xls", Route.AUTO));
  }

  /** Like {@link #routes()} for shapes the fast path leaves to POI: the default route must still get them right. */
  static Stream<Arguments> fallbackRoutes() {
    return Stream.of(Arguments.of("xlsx", Route.USERMODEL), Arguments.of("xlsx", Route.AUTO),
        Arguments.of("xls", Route.USERMODEL), Arguments.of("xls", Route.AUTO));
  }

  static Workbook open(Path file) throws IOException {
    return WorkbookFactory.create(file.toFile(), null, true);
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Cell cell(Workbook wb, String sheet, int row, int col) {
    Row r = wb.getSheet(sheet).getRow(row);
    return r == null ? null : r.getCell(col);
  }

  /** Everything about a cell a clerk could see or Excel would keep: type, value, formula, style and format. */
  static String describe(Cell cell) {
    if (cell == null) {
      return "<none>";
    }
    return content(cell) + " | style " + Short.toUnsignedInt(cell.getCellStyle().getIndex()) + " " + look(cell);
  }

  /** Type, value and formula of a cell. */
  static String content(Cell cell) {
    if (cell == null) {
      return "<none>";
    }
    String value = switch (cell.getCellType()) {
      case FORMULA -> "=" + cell.getCellFormula() + " cached " + cached(cell);
      case NUMERIC -> "n:" + cell.getNumericCellValue();
      case STRING -> "s:" + cell.getStringCellValue();
      case BOOLEAN -> "b:" + cell.getBooleanCellValue();
      case ERROR -> "e:" + cell.getErrorCellValue();
      default -> "blank";
    };
    Comment c = cell.getCellComment();
    return value + (c == null ? "" : " comment[" + c.getAuthor() + ":" + c.getString().getString() + "]");
  }

  /** What a cell looks like: its number format, fill and font. */
  static String look(Cell cell) {
    CellStyle s = cell.getCellStyle();
    return "fmt " + s.getDataFormatString() + " fill " + s.getFillPattern() + " " + fill(cell) + " font "
        + s.getFontIndex() + " border " + s.getBorderTop() + " wrap " + s.getWrapText();
  }

  /** The fill colour as RRGGBB for .xlsx, as a palette index for .xls. */
  static String fill(Cell cell) {
    CellStyle s = cell.getCellStyle();
    if (s instanceof XSSFCellStyle x) {
      XSSFColor c = x.getFillForegroundXSSFColor();
      return c == null || c.getRGB() == null ? "none" : HexFormat.of().formatHex(c.getRGB()).toUpperCase();
    }
    return "idx" + s.getFillForegroundColor();
  }

  private static String cached(Cell cell) {
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC -> String.valueOf(cell.getNumericCellValue());
      case STRING -> cell.getStringCellValue();
      default -> cell.getCachedFormulaResultType().toString();
    };
  }
}
