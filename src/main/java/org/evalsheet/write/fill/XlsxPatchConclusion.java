package org.evalsheet.write.fill;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.TableResult;
import org.evalsheet.write.XmlText;

/**
 * The 评价结论 sheet as worksheet XML for the fast path (评价结论工作表): the same rows, merges, widths and styles as
 * {@link FillConclusionSheet} writes through POI, with inline strings so that the shared strings need not change.
 */
final class XlsxPatchConclusion {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final int[] WIDTHS = FillConclusionSheet.WIDTHS;

  private final int bold;
  private final int title;
  private final int wrap;
  private final int head;
  private final int boxed;
  private final int boxedBold;
  private final int boxedPercent;
  private final int boxedWrap;
  private final StringBuilder rows = new StringBuilder();
  private final List<String> merges = new ArrayList<>();
  private int next;
  private int open = -1;

  private XlsxPatchConclusion(XlsxPatchStyles styles) throws XlsxPatchUnsupported {
    int boldFont = styles.boldFont(null);
    bold = styles.plainStyle(boldFont, false, false);
    title = styles.plainStyle(styles.boldFont(14), false, false);
    wrap = styles.plainStyle(0, true, false);
    head = styles.boxedStyle(boldFont, false, false, true);
    boxed = styles.boxedStyle(0, false, false, false);
    boxedBold = styles.boxedStyle(boldFont, false, false, false);
    boxedPercent = styles.boxedStyle(0, false, true, false);
    boxedWrap = styles.boxedStyle(0, true, false, false);
  }

  /** The worksheet XML for all tables of the workbook; the styles it uses are added to {@code styles}. */
  static String xml(List<TableResult> tables, XlsxPatchStyles styles) throws XlsxPatchUnsupported {
    return new XlsxPatchConclusion(styles).fill(tables);
  }

  private String fill(List<TableResult> tables) {
    row(null);
    text(0, FillConclusionSheet.NAME, title);
    for (TableResult t : tables) {
      next++;
      table(t);
    }
    end();
    StringBuilder sb = new StringBuilder(rows.length() + 1024);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"").append(MAIN)
        .append("\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:").append(CellRef.columnName(WIDTHS.length - 1))
        .append(Math.max(1, next)).append("\"/>")
        .append("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>")
        .append("<sheetFormatPr defaultRowHeight=\"15.0\"/><cols>");
    for (int c = 0; c < WIDTHS.length; c++) {
      sb.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
          .append(WIDTHS[c]).append(".0\" customWidth=\"1\"/>");
    }
    sb.append("</cols><sheetData>").append(rows).append("</sheetData>");
    if (!merges.isEmpty()) {
      sb.append("<mergeCells count=\"").append(merges.size()).append("\">");
      merges.forEach(m -> sb.append("<mergeCell ref=\"").append(m).append("\"/>"));
      sb.append("</mergeCells>");
    }
    return sb.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" ")
        .append("footer=\"0.3\"/><pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>")
        .append("</worksheet>").toString();
  }

  private void table(TableResult result) {
    IndicatorTable t = result.table();
    Evaluation e = result.evaluation();
    row(null);
    text(0, FillConclusionSheet.heading(t), bold);
    mergeAcross();
    for (String line : FillConclusionSheet.lines(e)) {
      row(FillConclusionSheet.height(line, FillConclusionSheet.SPAN));
      text(0, line, wrap);
      mergeAcross();
    }
    if (e != null && e.grade() != null) {
      row(null);
      text(0, "等次", bold);
      text(1, e.grade(), 0);
    }
    next++;
    row(null);
    for (int c = 0; c < FillConclusionSheet.TABLE_HEAD.size(); c++) {
      text(c, FillConclusionSheet.TABLE_HEAD.get(c), head);
    }
    if (e != null) {
      for (GroupScore g : e.groups()) {
        if (g.level() <= 2) {
          line(FillConclusionSheet.indented(g), g.weight(), g.score(), boxed);
        }
      }
      line("合计", e.weightTotal(), e.scoreTotal(), boxedBold);
    }
    next++;
    row(null);
    for (int c = 0; c < FillConclusionSheet.FINDINGS_HEAD.size(); c++) {
      text(c, FillConclusionSheet.FINDINGS_HEAD.get(c), head);
    }
    if (result.findings().isEmpty()) {
      row(null);
      text(0, FillConclusionSheet.NO_FINDINGS, boxed);
      for (int c = 1; c < FillConclusionSheet.FINDINGS_HEAD.size(); c++) {
        cell(c, boxed).append("/>");
      }
    }
    for (Finding f : result.findings()) {
      row(Math.max(FillConclusionSheet.height(f.message(), FillConclusionSheet.NOTE_WIDTH),
          FillConclusionSheet.height(f.code(), WIDTHS[2])));
      text(0, f.cell() == null ? t.sheet() : f.cell().toString(), boxedWrap);
      text(1, f.severity().label(), boxedWrap);
      text(2, f.code(), boxedWrap);
      text(FillConclusionSheet.NOTE_FROM, f.message(), boxedWrap);
      for (int c = FillConclusionSheet.NOTE_FROM + 1; c < WIDTHS.length; c++) {
        cell(c, boxedWrap).append("/>");
      }
      merges.add(CellRef.columnName(FillConclusionSheet.NOTE_FROM) + next + ":" + CellRef.columnName(WIDTHS.length - 1)
          + next);
    }
    List<FillConclusionSheet.ReviewRow> review = FillConclusionSheet.reviewRows(result);
    if (!review.isEmpty()) {
      next++;
      row(null);
      text(0, FillConclusionSheet.REVIEW_TITLE, bold);
      row(null);
      for (int c = 0; c < FillConclusionSheet.REVIEW_HEAD.size(); c++) {
        text(c, FillConclusionSheet.REVIEW_HEAD.get(c), head);
      }
      for (FillConclusionSheet.ReviewRow r : review) {
        row(r.height());
        text(0, r.name(), r.total() ? boxedBold : boxedWrap);
        text(1, r.target(), boxedWrap);
        text(2, r.actual(), boxedWrap);
        number(3, r.weight(), boxed);
        number(4, r.self(), boxed);
        number(5, r.rule(), boxed);
        number(6, r.gap(), boxed);
        text(7, r.note(), boxedWrap);
      }
    }
  }

  /** Merges the open row across all columns. */
  private void mergeAcross() {
    merges.add("A" + next + ":" + CellRef.columnName(WIDTHS.length - 1) + next);
  }

  private void line(String name, BigDecimal weight, BigDecimal score, int style) {
    row(null);
    text(0, name, style);
    number(1, weight, boxed);
    number(2, score, boxed);
    number(3, Decimals.ratio(score, weight), boxedPercent);
  }

  /** Starts the next row (one-based {@code next} after the call), closing the one before. */
  private void row(Float height) {
    end();
    open = next++;
    rows.append("<row r=\"").append(open + 1).append('"');
    if (height != null) {
      rows.append(" ht=\"").append(height).append("\" customHeight=\"1\"");
    }
    rows.append('>');
  }

  private void end() {
    if (open >= 0) {
      rows.append("</row>");
      open = -1;
    }
  }

  private void text(int col, String value, int style) {
    cell(col, style).append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(XmlText.escape(value))
        .append("</t></is></c>");
  }

  private void number(int col, BigDecimal value, int style) {
    if (value == null) {
      cell(col, style).append("/>");
    } else {
      cell(col, style).append("><v>").append(Double.toString(value.doubleValue())).append("</v></c>");
    }
  }

  private StringBuilder cell(int col, int style) {
    rows.append("<c r=\"").append(CellRef.columnName(col)).append(open + 1).append('"');
    if (style != 0) {
      rows.append(" s=\"").append(style).append('"');
    }
    return rows;
  }
}
