package org.evalsheet.write.fill;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.evalsheet.model.CellRef;
import org.evalsheet.write.XmlText;
import org.evalsheet.write.fill.FillPlan.Style;

/**
 * An added sheet of the plan (the 评价结论 sheet) as worksheet XML for the fast path (新工作表): the planned rows,
 * merges, widths and page setup, each {@link Style} added to the styles part once (or found there from an earlier
 * fill), text as inline strings so that the shared strings need not change.
 */
final class XlsxPatchConclusion {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private final Map<Style, Integer> styles = new EnumMap<>(Style.class);
  private final StringBuilder out = new StringBuilder(8192);

  private XlsxPatchConclusion(XlsxPatchStyles part) throws XlsxPatchUnsupported {
    for (Style s : Style.values()) {
      if (s == Style.PLAIN) {
        styles.put(s, 0);
        continue;
      }
      int font = s.bold ? part.boldFont(s.points) : 0;
      styles.put(s, s.boxed ? part.boxedStyle(font, s.wrap, s.percent, s.shaded)
          : part.plainStyle(font, s.wrap, s.percent));
    }
  }

  /** The worksheet XML of the sheet; the styles it uses are added to {@code styles}. */
  static String xml(FillPlan.Sheet plan, XlsxPatchStyles styles) throws XlsxPatchUnsupported {
    return new XlsxPatchConclusion(styles).draw(plan);
  }

  private String draw(FillPlan.Sheet plan) {
    int columns = plan.widths().size();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"").append(MAIN)
        .append("\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:")
        .append(CellRef.columnName(columns - 1)).append(Math.max(1, plan.height())).append("\"/>")
        .append("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>")
        .append("<sheetFormatPr defaultRowHeight=\"15.0\"/><cols>");
    for (int c = 0; c < columns; c++) {
      out.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
          .append(plan.widths().get(c)).append(".0\" customWidth=\"1\"/>");
    }
    out.append("</cols><sheetData>");
    for (FillPlan.Row row : plan.rows()) {
      row(row);
    }
    out.append("</sheetData>");
    if (!plan.merges().isEmpty()) {
      out.append("<mergeCells count=\"").append(plan.merges().size()).append("\">");
      for (FillPlan.Merge m : plan.merges()) {
        out.append("<mergeCell ref=\"").append(new CellRef("x", m.firstRow(), m.firstCol()).a1()).append(':')
            .append(new CellRef("x", m.lastRow(), m.lastCol()).a1()).append("\"/>");
      }
      out.append("</mergeCells>");
    }
    FillPlan.Page page = plan.page();
    out.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" ")
        .append("footer=\"0.3\"/><pageSetup");
    if (page.a4()) {
      out.append(" paperSize=\"9\"");
    }
    if (page.fitWidth() != 1) {
      out.append(" fitToWidth=\"").append(page.fitWidth()).append('"');
    }
    if (page.fitHeight() != 1) {
      out.append(" fitToHeight=\"").append(page.fitHeight()).append('"');
    }
    out.append(" orientation=\"").append(page.landscape() ? "landscape" : "portrait").append("\"/>");
    return out.append("</worksheet>").toString();
  }

  private void row(FillPlan.Row row) {
    int r = row.index() + 1;
    out.append("<row r=\"").append(r).append('"');
    if (row.height() != null) {
      out.append(" ht=\"").append(row.height()).append("\" customHeight=\"1\"");
    }
    out.append('>');
    for (FillPlan.Text t : row.cells()) {
      out.append("<c r=\"").append(CellRef.columnName(t.col())).append(r).append('"');
      int style = styles.get(t.style());
      if (style != 0) {
        out.append(" s=\"").append(style).append('"');
      }
      if (t.text() != null) {
        out.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(XmlText.escape(t.text()))
            .append("</t></is></c>");
      } else if (t.number() != null) {
        out.append("><v>").append(number(t.number())).append("</v></c>");
      } else {
        out.append("/>");
      }
    }
    out.append("</row>");
  }

  /** A number as POI writes it ({@code Double.toString}), so both writers store the same digits. */
  private static String number(BigDecimal value) {
    return Double.toString(value.doubleValue());
  }
}
