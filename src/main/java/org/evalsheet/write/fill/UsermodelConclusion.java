package org.evalsheet.write.fill;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.evalsheet.write.fill.FillPlan.Style;

/**
 * Draws an added sheet of the plan (the 评价结论 sheet) through POI's usermodel (新工作表): rows, cells, merges,
 * widths and page setup as planned, each {@link Style} made once from the workbook's default font — or found among
 * the workbook's styles, so that filling a filled copy adds none.
 */
final class UsermodelConclusion {
  private static final byte[] HEADER_RGB = java.util.HexFormat.of().parseHex(Style.HEADER_HEX);

  private final Workbook workbook;
  private final Map<Style, CellStyle> styles = new EnumMap<>(Style.class);

  private UsermodelConclusion(Workbook workbook) {
    this.workbook = workbook;
    Font plain = workbook.getFontAt(0);
    short general = workbook.createDataFormat().getFormat("General");
    short percent = workbook.createDataFormat().getFormat(FillPlan.PERCENT);
    for (Style s : Style.values()) {
      if (s != Style.PLAIN) {
        int font = s.bold ? font(workbook, s.points == null ? plain.getFontHeight() : (short) (s.points * 20))
            : plain.getIndex();
        styles.put(s, style(workbook, font, s.percent ? percent : general, s.wrap, s.boxed, s.shaded));
      }
    }
  }

  /** Writes the sheet, replacing one of its name from an earlier fill at the same position. */
  static void write(Workbook workbook, FillPlan.Sheet plan) {
    int old = workbook.getSheetIndex(plan.name());
    int active = workbook.getActiveSheetIndex();
    if (old >= 0) {
      workbook.removeSheetAt(old);
    }
    Sheet sheet = workbook.createSheet(plan.name());
    if (old >= 0) {
      workbook.setSheetOrder(plan.name(), old);
      workbook.setActiveSheet(active);
    }
    new UsermodelConclusion(workbook).draw(sheet, plan);
  }

  private void draw(Sheet sheet, FillPlan.Sheet plan) {
    for (int c = 0; c < plan.widths().size(); c++) {
      sheet.setColumnWidth(c, plan.widths().get(c) * 256);
    }
    FillPlan.Page page = plan.page();
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(page.landscape());
    if (page.a4()) {
      print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    }
    sheet.setFitToPage(true);
    print.setFitWidth((short) page.fitWidth());
    print.setFitHeight((short) page.fitHeight());
    // .xls: without "valid settings" Excel and LibreOffice treat the page setup record as unset and print portrait.
    print.setValidSettings(true);
    print.setNoOrientation(false);
    sheet.setAutobreaks(true);
    for (FillPlan.Row planned : plan.rows()) {
      Row row = sheet.createRow(planned.index());
      if (planned.height() != null) {
        row.setHeightInPoints(planned.height());
      }
      for (FillPlan.Text t : planned.cells()) {
        Cell cell = row.createCell(t.col());
        if (t.text() != null) {
          cell.setCellValue(t.text());
        } else if (t.number() != null) {
          cell.setCellValue(t.number().doubleValue());
        }
        CellStyle style = styles.get(t.style());
        if (style != null) {
          cell.setCellStyle(style);
        }
      }
    }
    for (FillPlan.Merge m : plan.merges()) {
      sheet.addMergedRegion(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstCol(), m.lastCol()));
    }
  }

  /** A bold font of the workbook's default face, reused when one exists so refilling adds none. */
  private static int font(Workbook wb, short height) {
    Font plain = wb.getFontAt(0);
    Font found = wb.findFont(true, plain.getColor(), height, plain.getFontName(), false, false,
        Font.SS_NONE, Font.U_NONE);
    if (found != null) {
      return found.getIndex();
    }
    Font f = wb.createFont();
    f.setBold(true);
    f.setFontHeight(height);
    f.setFontName(plain.getFontName());
    return f.getIndex();
  }

  /**
   * A style with this font, format and wrapping, optionally with thin borders all round (the tables' cells) and the
   * header fill: an existing one when the workbook has it (the one the previous fill made), so that filling a filled
   * copy adds no styles.
   */
  private static CellStyle style(Workbook wb, int font, short format, boolean wrap, boolean boxed, boolean filled) {
    VerticalAlignment vertical = wrap ? VerticalAlignment.TOP : VerticalAlignment.BOTTOM;
    BorderStyle border = boxed ? BorderStyle.THIN : BorderStyle.NONE;
    FillPatternType pattern = filled ? FillPatternType.SOLID_FOREGROUND : FillPatternType.NO_FILL;
    for (int i = 0; i < wb.getNumCellStyles(); i++) {
      CellStyle s = wb.getCellStyleAt(i);
      if (s.getFontIndex() == font && s.getDataFormat() == format && s.getWrapText() == wrap
          && s.getVerticalAlignment() == vertical && s.getAlignment() == HorizontalAlignment.GENERAL
          && s.getFillPattern() == pattern && (!filled || headerFilled(s)) && s.getBorderTop() == border
          && s.getBorderBottom() == border && s.getBorderLeft() == border
          && s.getBorderRight() == border && s.getRotation() == 0 && s.getIndention() == 0) {
        return s;
      }
    }
    CellStyle s = wb.createCellStyle();
    s.setFont(wb.getFontAt(font));
    s.setDataFormat(format);
    s.setWrapText(wrap);
    s.setVerticalAlignment(vertical);
    if (boxed) {
      s.setBorderTop(border);
      s.setBorderBottom(border);
      s.setBorderLeft(border);
      s.setBorderRight(border);
    }
    if (filled) {
      s.setFillPattern(pattern);
      if (s instanceof XSSFCellStyle x) {
        x.setFillForegroundColor(new XSSFColor(HEADER_RGB, null));
      } else {
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      }
    }
    return s;
  }

  /** Whether a solid-filled style has the header's grey. */
  private static boolean headerFilled(CellStyle s) {
    if (s instanceof XSSFCellStyle x) {
      XSSFColor c = x.getFillForegroundXSSFColor();
      return c != null && Arrays.equals(c.getRGB(), HEADER_RGB);
    }
    return s.getFillForegroundColor() == IndexedColors.GREY_25_PERCENT.getIndex();
  }
}
