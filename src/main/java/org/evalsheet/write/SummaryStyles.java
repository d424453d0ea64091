package org.evalsheet.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The summary workbook's cell styles (汇总表样式), created once up front so that the style count stays the same
 * however many rows the round has.
 */
final class SummaryStyles {
  final CellStyle header;
  final CellStyle text;
  final CellStyle integer;
  final CellStyle score;
  final CellStyle rate;
  final CellStyle link;

  SummaryStyles(Workbook wb) {
    Font bold = wb.createFont();
    bold.setBold(true);
    Font blue = wb.createFont();
    blue.setUnderline(Font.U_SINGLE);
    blue.setColor(IndexedColors.BLUE.getIndex());

    header = wb.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setBorderBottom(BorderStyle.THIN);

    text = wb.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);

    integer = numeric(wb, "0");
    score = numeric(wb, "0.00");
    rate = numeric(wb, "0.00%");

    link = wb.createCellStyle();
    link.setVerticalAlignment(VerticalAlignment.TOP);
    link.setFont(blue);
  }

  private static CellStyle numeric(Workbook wb, String format) {
    CellStyle s = wb.createCellStyle();
    s.setVerticalAlignment(VerticalAlignment.TOP);
    s.setDataFormat(wb.createDataFormat().getFormat(format));
    return s;
  }
}
