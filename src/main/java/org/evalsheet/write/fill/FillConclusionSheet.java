package org.evalsheet.write.fill;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.review.LeafReview;
import org.evalsheet.review.Review;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.TableResult;
import org.evalsheet.validate.Submitted;

/**
 * The 评价结论 sheet of a filled copy: per table the conclusion, the level-1/level-2 table (指标, 权重, 得分, 得分率)
 * and the findings (单元格, 级别, 代码, 说明). A sheet of that name from an earlier fill is replaced in place.
 */
final class FillConclusionSheet {
  static final String NAME = "评价结论";
  static final String FALLBACK = "评价结论（evalsheet）";
  /**
   * Column widths in characters; the fast path's sheet uses the same. The level table takes the first four, a
   * finding's 说明 spans the last five, the 复核 table takes all eight.
   */
  static final int[] WIDTHS = {28, 14, 14, 9, 10, 10, 9, 56};
  /** The first column a finding's 说明 spans (to the last). */
  static final int NOTE_FROM = 3;
  /** The width of the merged conclusion rows: all columns. */
  static final int SPAN = java.util.Arrays.stream(WIDTHS).sum();
  /** The height in points of one line of wrapped text. */
  static final float LINE = 16f;
  static final List<String> TABLE_HEAD = List.of("指标", "权重", "得分", "得分率");
  static final List<String> FINDINGS_HEAD = List.of("单元格", "级别", "代码", "说明");
  static final String NO_FINDINGS = "未发现问题";
  static final List<String> REVIEW_HEAD = List.of("指标", "年度指标值", "实际完成值", "分值", "自评得分", "复核得分", "差额", "说明");
  static final String REVIEW_TITLE = "自评复核（按年度指标值和实际完成值核算）";
  /** The tables' header fill, light grey; .xls uses the palette's 25% grey. */
  static final String HEADER_HEX = "D9D9D9";
  private static final byte[] HEADER_RGB = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};

  private final Sheet sheet;
  private final CellStyle bold;
  private final CellStyle title;
  private final CellStyle wrap;
  private final CellStyle head;
  private final CellStyle boxed;
  private final CellStyle boxedBold;
  private final CellStyle boxedPercent;
  private final CellStyle boxedWrap;
  private int next;

  private FillConclusionSheet(Workbook workbook, Sheet sheet) {
    this.sheet = sheet;
    Font plain = workbook.getFontAt(0);
    short general = workbook.createDataFormat().getFormat("General");
    short percent = workbook.createDataFormat().getFormat(StyleCache.PERCENT);
    int boldFont = font(workbook, plain.getFontHeight());
    bold = style(workbook, boldFont, general, false, false, false);
    title = style(workbook, font(workbook, (short) (14 * 20)), general, false, false, false);
    wrap = style(workbook, plain.getIndex(), general, true, false, false);
    head = style(workbook, boldFont, general, false, true, true);
    boxed = style(workbook, plain.getIndex(), general, false, true, false);
    boxedBold = style(workbook, boldFont, general, false, true, false);
    boxedPercent = style(workbook, plain.getIndex(), percent, false, true, false);
    boxedWrap = style(workbook, plain.getIndex(), general, true, true, false);
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
      return c != null && java.util.Arrays.equals(c.getRGB(), HEADER_RGB);
    }
    return s.getFillForegroundColor() == IndexedColors.GREY_25_PERCENT.getIndex();
  }

  /** Writes (or rewrites) the sheet for all tables of the workbook. */
  static void write(Workbook workbook, List<TableResult> tables) {
    Set<String> tableSheets = tables.stream().map(t -> t.table().sheet()).collect(Collectors.toSet());
    // Never delete a department's own sheet that happens to carry the name.
    String name = tableSheets.contains(NAME) ? FALLBACK : NAME;
    int old = workbook.getSheetIndex(name);
    int active = workbook.getActiveSheetIndex();
    if (old >= 0) {
      workbook.removeSheetAt(old);
    }
    Sheet sheet = workbook.createSheet(name);
    if (old >= 0) {
      workbook.setSheetOrder(name, old);
      workbook.setActiveSheet(active);
    }
    new FillConclusionSheet(workbook, sheet).fill(tables);
  }

  private void fill(List<TableResult> tables) {
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    text(row(), 0, NAME, title);
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    // .xls: without "valid settings" Excel and LibreOffice treat the page setup record as unset and print portrait.
    print.setValidSettings(true);
    print.setNoOrientation(false);
    sheet.setAutobreaks(true);
    for (TableResult t : tables) {
      next++;
      table(t);
    }
  }

  private void table(TableResult result) {
    IndicatorTable t = result.table();
    Evaluation e = result.evaluation();
    Row h = row();
    text(h, 0, heading(t), bold);
    sheet.addMergedRegion(new CellRangeAddress(h.getRowNum(), h.getRowNum(), 0, WIDTHS.length - 1));
    for (String line : lines(e)) {
      Row r = row();
      text(r, 0, line, wrap);
      sheet.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 0, WIDTHS.length - 1));
      r.setHeightInPoints(height(line, SPAN));
    }
    if (e != null && e.grade() != null) {
      Row g = row();
      text(g, 0, "等次", bold);
      text(g, 1, e.grade(), null);
    }
    next++;
    Row th = row();
    for (int c = 0; c < TABLE_HEAD.size(); c++) {
      text(th, c, TABLE_HEAD.get(c), head);
    }
    if (e != null) {
      for (GroupScore g : e.groups()) {
        if (g.level() <= 2) {
          line(row(), indented(g), g.weight(), g.score(), boxed);
        }
      }
      Row total = row();
      line(total, "合计", e.weightTotal(), e.scoreTotal(), boxedBold);
    }
    next++;
    Row fh = row();
    for (int c = 0; c < FINDINGS_HEAD.size(); c++) {
      text(fh, c, FINDINGS_HEAD.get(c), head);
    }
    if (result.findings().isEmpty()) {
      Row none = row();
      for (int c = 0; c < FINDINGS_HEAD.size(); c++) {
        if (c == 0) {
          text(none, c, NO_FINDINGS, boxed);
        } else {
          none.createCell(c).setCellStyle(boxed);
        }
      }
    }
    for (Finding f : result.findings()) {
      Row fr = row();
      text(fr, 0, f.cell() == null ? t.sheet() : f.cell().toString(), boxedWrap);
      text(fr, 1, f.severity().label(), boxedWrap);
      text(fr, 2, f.code(), boxedWrap);
      text(fr, NOTE_FROM, f.message(), boxedWrap);
      for (int c = NOTE_FROM + 1; c < WIDTHS.length; c++) {
        fr.createCell(c).setCellStyle(boxedWrap);
      }
      sheet.addMergedRegion(new CellRangeAddress(fr.getRowNum(), fr.getRowNum(), NOTE_FROM, WIDTHS.length - 1));
      fr.setHeightInPoints(Math.max(height(f.message(), NOTE_WIDTH), height(f.code(), WIDTHS[2])));
    }
    List<ReviewRow> review = reviewRows(result);
    if (!review.isEmpty()) {
      next++;
      text(row(), 0, REVIEW_TITLE, bold);
      Row rh = row();
      for (int c = 0; c < REVIEW_HEAD.size(); c++) {
        text(rh, c, REVIEW_HEAD.get(c), head);
      }
      for (ReviewRow r : review) {
        Row x = row();
        CellStyle style = r.total() ? boxedBold : boxedWrap;
        text(x, 0, r.name(), style);
        text(x, 1, r.target(), boxedWrap);
        text(x, 2, r.actual(), boxedWrap);
        number(x, 3, r.weight(), boxed);
        number(x, 4, r.self(), boxed);
        number(x, 5, r.rule(), boxed);
        number(x, 6, r.gap(), boxed);
        text(x, 7, r.note(), boxedWrap);
        x.setHeightInPoints(r.height());
      }
    }
  }

  /** The width of a finding's 说明: the columns it spans. */
  static final int NOTE_WIDTH = java.util.Arrays.stream(WIDTHS, NOTE_FROM, WIDTHS.length).sum();

  /**
   * One row of the 复核 table: a reviewed leaf, or the 合计 row.
   *
   * @param total whether this is the 合计 row (bold)
   */
  record ReviewRow(String name, String target, String actual, BigDecimal weight, BigDecimal self, BigDecimal rule,
      BigDecimal gap, String note, boolean total) {

    /** The row's height: enough for its longest wrapped text. */
    float height() {
      return Math.max(Math.max(FillConclusionSheet.height(note, WIDTHS[7]), FillConclusionSheet.height(name, WIDTHS[0])),
          Math.max(FillConclusionSheet.height(target, WIDTHS[1]), FillConclusionSheet.height(actual, WIDTHS[2])));
    }
  }

  /**
   * The 复核 table of a table's review: each leaf with a target, then 合计; empty when the table was not reviewed
   * (it has no 实际完成值). Both writers show these rows.
   */
  static List<ReviewRow> reviewRows(TableResult result) {
    Review review = result.review();
    if (!review.applies() || review.leaves().isEmpty()) {
      return List.of();
    }
    java.util.List<ReviewRow> rows = new java.util.ArrayList<>();
    for (LeafReview l : review.leaves()) {
      if (l.kind() == LeafReview.Kind.NONE) {
        continue;
      }
      Indicator i = l.indicator();
      BigDecimal self = Submitted.score(i);
      BigDecimal gap = self == null || l.ruleScore() == null ? null : self.subtract(l.ruleScore());
      String target = l.kind() == LeafReview.Kind.EXECUTION ? "100%" : l.target().text();
      String note = l.explanation().isEmpty() ? "无法核算（实际完成值缺失或与年度指标值的单位不同）" : l.explanation();
      rows.add(new ReviewRow(i.name(), target, l.actual().text(), i.weight().isNumber() ? i.weight().value() : null,
          self, l.ruleScore(), gap, note, false));
    }
    String note = review.cap() == null ? "" : "预算执行率 " + Decimals.percent(review.executionRate()) + "，总分上限 "
        + Decimals.format(review.cap()) + " 分";
    rows.add(new ReviewRow("合计", "", "", null, review.selfTotal(), review.ruleTotal(), review.gap(), note, true));
    return rows;
  }

  /** The line naming a table: 工作表, then 单位 and 项目 (or the title when there is no project) when known. */
  static String heading(IndicatorTable t) {
    return "工作表：" + t.sheet()
        + (t.unit().isEmpty() ? "" : "　单位：" + t.unit())
        + (t.project().isEmpty() ? (t.title().isEmpty() ? "" : "　" + t.title()) : "　项目：" + t.project());
  }

  /** The evaluation's conclusion, or the note that only weights were checked when there are no scores. */
  static String conclusion(Evaluation e) {
    return e == null || e.template() || e.conclusion().isEmpty() ? "未填写得分，仅检查了权重。" : e.conclusion();
  }

  /** The conclusion's lines (总体、一级指标、扣分情况), each written to its own merged row. */
  static List<String> lines(Evaluation e) {
    return List.of(conclusion(e).split("\n"));
  }

  /**
   * The height in points of a wrapped row holding this text in a cell (or merged cells) {@code width} characters
   * wide: one 16-point line per width, a CJK or full-width character counting as two.
   */
  static float height(String text, int width) {
    int units = 0;
    for (int i = 0; i < text.length(); i++) {
      units += text.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    int perLine = Math.max(1, width - 2);
    return Math.max(1, (units + perLine - 1) / perLine) * LINE;
  }

  /** A level-1 or level-2 group's name, level 2 indented by two full-width spaces. */
  static String indented(GroupScore g) {
    return "　".repeat((g.level() - 1) * 2) + g.name();
  }

  private void line(Row r, String name, BigDecimal weight, BigDecimal score, CellStyle style) {
    text(r, 0, name, style);
    number(r, 1, weight, boxed);
    number(r, 2, score, boxed);
    number(r, 3, Decimals.ratio(score, weight), boxedPercent);
  }

  private Row row() {
    return sheet.createRow(next++);
  }

  private static void text(Row r, int c, String value, CellStyle style) {
    Cell cell = r.createCell(c);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void number(Row r, int c, BigDecimal value, CellStyle style) {
    Cell cell = r.createCell(c);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
