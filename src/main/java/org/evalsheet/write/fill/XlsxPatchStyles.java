package org.evalsheet.write.fill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evalsheet.write.fill.XlsxPatchXml.Tag;

/**
 * The fast path's view of {@code xl/styles.xml} (样式表): derives cell styles the way {@link StyleCache} does for the usermodel — the
 * original {@code <xf>} with its fill changed to a mark's colour and/or its number format set to built-in 10
 * ({@code 0.00%}) — appending only the few new {@code <fill>}, {@code <font>} and {@code <xf>} elements and updating
 * their counts; everything else in the part is kept as it was.
 */
final class XlsxPatchStyles implements XlsxPatchSheet.Restyle {
  /** Built-in number format 10 is {@code 0.00%}. */
  private static final int PERCENT_FORMAT = 10;

  /** One list of the style sheet (fonts, fills, cellXfs) (样式列表): its children and those appended. */
  private static final class Section {
    private final Tag open;
    private final int closeStart;
    private final String prefix;
    private final List<String> items = new ArrayList<>();
    private final int original;

    Section(String xml, String name) throws XlsxPatchUnsupported {
      open = XlsxPatchXml.find(xml, 0, name);
      if (open == null || open.empty()) {
        throw new XlsxPatchUnsupported("样式表缺少 " + name);
      }
      prefix = open.prefix();
      for (int[] span : XlsxPatchXml.children(xml, open)) {
        items.add(xml.substring(span[0], span[1]));
      }
      if (items.isEmpty()) {
        throw new XlsxPatchUnsupported("样式表的 " + name + " 为空");
      }
      int end = XlsxPatchXml.endOf(xml, open);
      closeStart = xml.lastIndexOf('<', end - 1);
      original = items.size();
    }

    String get(int i) throws XlsxPatchUnsupported {
      if (i < 0 || i >= items.size()) {
        throw new XlsxPatchUnsupported("样式序号越界：" + i);
      }
      return items.get(i);
    }

    /** The index of an element with exactly this text, appended when the list has none. */
    int index(String item) {
      int at = items.indexOf(item);
      if (at >= 0) {
        return at;
      }
      items.add(item);
      return items.size() - 1;
    }

    void splice(String xml, XlsxPatchXml.Splice splice) {
      if (items.size() == original) {
        return;
      }
      String tag = open.text(xml);
      if (XlsxPatchXml.attr(tag, "count") != null) {
        splice.replace(open.start(), open.end(), XlsxPatchXml.withAttr(tag, "count", Integer.toString(items.size())));
      }
      splice.insert(closeStart, String.join("", items.subList(original, items.size())));
    }
  }

  private final String xml;
  private final Map<Integer, String> numFmts = new HashMap<>();
  private final Section fonts;
  private final Section fills;
  private final Section borders;
  private final Section xfs;
  private final Map<String, Integer> derived = new HashMap<>();

  XlsxPatchStyles(String xml) throws XlsxPatchUnsupported {
    this.xml = xml;
    Tag formats = XlsxPatchXml.find(xml, 0, "numFmts");
    if (formats != null) {
      for (int[] span : XlsxPatchXml.children(xml, formats)) {
        String tag = XlsxPatchXml.next(xml, span[0]).text(xml);
        String id = XlsxPatchXml.attr(tag, "numFmtId");
        String code = XlsxPatchXml.attr(tag, "formatCode");
        if (id != null && code != null) {
          numFmts.put(parse(id), code);
        }
      }
    }
    fonts = new Section(xml, "fonts");
    fills = new Section(xml, "fills");
    borders = new Section(xml, "borders");
    xfs = new Section(xml, "cellXfs");
  }

  @Override
  public int derive(int base, FillPlan.Mark mark, boolean percent) throws XlsxPatchUnsupported {
    String xf = xfs.get(base);
    Tag head = XlsxPatchXml.next(xf, 0);
    String tag = head.text(xf);
    if (has(tag, mark, percent)) {
      return base;
    }
    String key = base + "/" + mark + "/" + percent;
    Integer known = derived.get(key);
    if (known != null) {
      return known;
    }
    if (percent) {
      tag = XlsxPatchXml.withAttr(tag, "numFmtId", Integer.toString(PERCENT_FORMAT));
      tag = XlsxPatchXml.withAttr(tag, "applyNumberFormat", "1");
    }
    if (mark != FillPlan.Mark.NONE) {
      tag = XlsxPatchXml.withAttr(tag, "fillId", Integer.toString(fill(mark)));
      tag = XlsxPatchXml.withAttr(tag, "applyFill", "1");
    }
    int index = xfs.index(tag + xf.substring(head.end()));
    derived.put(key, index);
    return index;
  }

  /** Whether the style already shows what is asked: the {@code 0.00%} format and the mark's solid fill. */
  private boolean has(String xfTag, FillPlan.Mark mark, boolean percent) throws XlsxPatchUnsupported {
    if (percent) {
      int fmt = parse(XlsxPatchXml.attr(xfTag, "numFmtId"));
      if (fmt != PERCENT_FORMAT && !FillPlan.PERCENT.equals(numFmts.get(fmt))) {
        return false;
      }
    }
    if (mark == FillPlan.Mark.NONE) {
      return true;
    }
    String fill = fills.get(parse(XlsxPatchXml.attr(xfTag, "fillId")));
    Tag pattern = XlsxPatchXml.find(fill, 0, "patternFill");
    Tag fg = XlsxPatchXml.find(fill, 0, "fgColor");
    if (pattern == null || fg == null || !"solid".equals(XlsxPatchXml.attr(pattern.text(fill), "patternType"))) {
      return false;
    }
    String rgb = XlsxPatchXml.attr(fg.text(fill), "rgb");
    return rgb != null && rgb.toUpperCase(Locale.ROOT).endsWith(mark.hex()) && rgb.length() >= 6;
  }

  private int fill(FillPlan.Mark mark) {
    String p = fills.prefix;
    return fills.index("<" + p + "fill><" + p + "patternFill patternType=\"solid\"><" + p + "fgColor rgb=\"FF"
        + mark.hex() + "\"/><" + p + "bgColor indexed=\"64\"/></" + p + "patternFill></" + p + "fill>");
  }

  /**
   * A font like the workbook's default (font 0), bold, optionally at another size in points: the 评价结论 sheet's
   * headings. An identical font already in the list (from an earlier fill) is reused.
   */
  int boldFont(Integer points) throws XlsxPatchUnsupported {
    String font = fonts.get(0);
    Tag head = XlsxPatchXml.next(font, 0);
    if (head.empty()) {
      font = XlsxPatchXml.opened(font) + "</" + head.name() + ">";
      head = XlsxPatchXml.next(font, 0);
    }
    String p = head.prefix();
    StringBuilder body = new StringBuilder();
    boolean sized = false;
    for (int[] span : XlsxPatchXml.children(font, head)) {
      Tag child = XlsxPatchXml.next(font, span[0]);
      String text = font.substring(span[0], span[1]);
      if (child.local().equals("b")) {
        continue;
      }
      if (child.local().equals("sz") && points != null) {
        text = XlsxPatchXml.withAttr(child.text(font), "val", points.toString());
        sized = true;
      }
      body.append(text);
    }
    String sz = points != null && !sized ? "<" + p + "sz val=\"" + points + "\"/>" : "";
    return fonts.index(head.text(font) + "<" + p + "b/>" + sz + body + "</" + head.name() + ">");
  }

  /** A plain style with this font, wrapping and (optionally) the 0.00% format, reused when it exists. */
  int plainStyle(int font, boolean wrap, boolean percent) {
    String p = xfs.prefix;
    return xfs.index("<" + p + "xf numFmtId=\"" + (percent ? PERCENT_FORMAT : 0) + "\" fontId=\"" + font
        + "\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyNumberFormat=\"1\" applyAlignment=\"1\"><"
        + p + "alignment wrapText=\"" + (wrap ? 1 : 0) + "\" vertical=\"" + (wrap ? "top" : "bottom") + "\"/></"
        + p + "xf>");
  }

  /**
   * A style of the 评价结论 sheet's tables (表格样式): this font, wrapping and format, thin borders all round and,
   * for the header, the light grey fill; reused when it exists.
   */
  int boxedStyle(int font, boolean wrap, boolean percent, boolean filled) {
    String p = borders.prefix;
    StringBuilder b = new StringBuilder("<" + p + "border>");
    for (String side : List.of("left", "right", "top", "bottom")) {
      b.append('<').append(p).append(side).append(" style=\"thin\"><").append(p).append("color indexed=\"64\"/></")
          .append(p).append(side).append('>');
    }
    int border = borders.index(b.append('<').append(p).append("diagonal/></").append(p).append("border>").toString());
    int fill = 0;
    if (filled) {
      String f = fills.prefix;
      fill = fills.index("<" + f + "fill><" + f + "patternFill patternType=\"solid\"><" + f + "fgColor rgb=\"FF"
          + FillPlan.Style.HEADER_HEX + "\"/><" + f + "bgColor indexed=\"64\"/></" + f + "patternFill></" + f
          + "fill>");
    }
    String x = xfs.prefix;
    return xfs.index("<" + x + "xf numFmtId=\"" + (percent ? PERCENT_FORMAT : 0) + "\" fontId=\"" + font
        + "\" fillId=\"" + fill + "\" borderId=\"" + border + "\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" "
        + "applyBorder=\"1\" applyNumberFormat=\"1\" applyAlignment=\"1\"><" + x + "alignment wrapText=\""
        + (wrap ? 1 : 0) + "\" vertical=\"" + (wrap ? "top" : "bottom") + "\"/></" + x + "xf>");
  }

  /** Whether anything was appended. */
  boolean changed() {
    return fonts.items.size() > fonts.original || fills.items.size() > fills.original
        || borders.items.size() > borders.original || xfs.items.size() > xfs.original;
  }

  String toXml() {
    XlsxPatchXml.Splice splice = new XlsxPatchXml.Splice(xml);
    fonts.splice(xml, splice);
    fills.splice(xml, splice);
    borders.splice(xml, splice);
    xfs.splice(xml, splice);
    return splice.toString();
  }

  private static int parse(String s) throws XlsxPatchUnsupported {
    if (s == null) {
      return 0;
    }
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new XlsxPatchUnsupported("样式属性不是整数：" + s);
    }
  }
}
