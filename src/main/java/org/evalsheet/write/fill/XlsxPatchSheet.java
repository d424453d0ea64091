package org.evalsheet.write.fill;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.evalsheet.model.CellRef;
import org.evalsheet.write.fill.XlsxPatchXml.Tag;

/**
 * Rewrites one worksheet's XML for the fast path (改写工作表): sets the value and style of the cells written,
 * inserts missing {@code <c>} and {@code <row>} elements in order, adds a {@code <legacyDrawing>} for new comments;
 * every other character of the part is copied as it was. A formula cell written keeps its {@code <f>} and gets the
 * number as its cached {@code <v>}.
 */
final class XlsxPatchSheet {
  /** Elements that follow {@code <pageSetup>} in a worksheet, in schema order. */
  private static final Set<String> AFTER_PAGE_SETUP = Set.of("headerFooter", "rowBreaks", "colBreaks",
      "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
      "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts",
      "extLst");
  /** Elements that follow {@code <legacyDrawing>} in a worksheet, in schema order. */
  private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture",
      "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");

  /** What the fill does to one cell (单元格改动): a number to write, the 0.00% format, a mark's fill. */
  static final class CellEdit {
    BigDecimal value;
    boolean percent;
    FillPlan.Mark mark = FillPlan.Mark.NONE;
  }

  /** Gives the style index of a cell style with a mark and a format added (派生样式). */
  interface Restyle {
    int derive(int base, FillPlan.Mark mark, boolean percent) throws XlsxPatchUnsupported;
  }

  private final String xml;
  private final Restyle styles;
  private final SortedMap<Integer, SortedMap<Integer, CellEdit>> rows = new TreeMap<>();
  private String prefix = "";

  private XlsxPatchSheet(String xml, Map<CellRef, CellEdit> cells, Restyle styles) {
    this.xml = xml;
    this.styles = styles;
    for (Map.Entry<CellRef, CellEdit> e : cells.entrySet()) {
      rows.computeIfAbsent(e.getKey().row(), k -> new TreeMap<>()).put(e.getKey().col(), e.getValue());
    }
  }

  /**
   * The sheet's XML with the cells edited.
   *
   * @param legacyDrawing a {@code <legacyDrawing>} element to add (the sheet's first comments), or null
   * @param print how a table sheet prints (fitted to one page wide: {@code fitToPage}, {@code fitToWidth="1"
   *     fitToHeight="0"}; its comments after it: {@code cellComments="atEnd"}; a wide table landscape unless an
   *     orientation is set), or null for a sheet that is not a table's
   */
  static String transform(String xml, Map<CellRef, CellEdit> cells, Restyle styles, String legacyDrawing,
      FillPlan.Print print) throws XlsxPatchUnsupported {
    return new XlsxPatchSheet(xml, cells, styles).run(legacyDrawing, print);
  }

  private String run(String legacyDrawing, FillPlan.Print print) throws XlsxPatchUnsupported {
    Tag data = XlsxPatchXml.find(xml, 0, "sheetData");
    if (data == null) {
      throw new XlsxPatchUnsupported("工作表没有 sheetData");
    }
    prefix = data.prefix();
    StringBuilder out = new StringBuilder(xml.length() + 256 * rows.size() + 1024);
    String head = dimension(xml.substring(0, data.start()));
    out.append(print != null ? fitToPage(head) : head);
    int pos;
    if (data.empty()) {
      out.append(XlsxPatchXml.opened(data.text(xml)));
      emitRows(out, Integer.MAX_VALUE);
      out.append("</").append(data.name()).append('>');
      pos = data.end();
    } else {
      out.append(xml, data.start(), data.end());
      pos = data.end();
      while (true) {
        Tag t = XlsxPatchXml.next(xml, pos);
        if (t == null) {
          throw new XlsxPatchUnsupported("sheetData 未结束");
        }
        out.append(xml, pos, t.start());
        if (t.closes("sheetData")) {
          emitRows(out, Integer.MAX_VALUE);
          out.append(xml, t.start(), t.end());
          pos = t.end();
          break;
        }
        if (!t.opens("row")) {
          throw new XlsxPatchUnsupported("sheetData 中有未知元素 " + t.name());
        }
        int r = rowIndex(t.text(xml));
        emitRows(out, r);
        int end = XlsxPatchXml.endOf(xml, t);
        SortedMap<Integer, CellEdit> cells = rows.remove(r);
        if (cells == null) {
          out.append(xml, t.start(), end);
        } else {
          row(out, t, end, cells);
        }
        pos = end;
      }
    }
    String tail = print != null ? pageSetup(xml.substring(pos), print.wide()) : xml.substring(pos);
    if (legacyDrawing == null) {
      return out.append(tail).toString();
    }
    int at = position(tail, 0, AFTER_LEGACY_DRAWING, "legacyDrawing");
    return out.append(tail, 0, at).append(legacyDrawing).append(tail, at, tail.length()).toString();
  }

  /** The part before {@code <sheetData>} with {@code <sheetPr><pageSetUpPr fitToPage="1"/>} set or added. */
  private String fitToPage(String head) throws XlsxPatchUnsupported {
    String fit = "<" + prefix + "pageSetUpPr fitToPage=\"1\"/>";
    Tag pr = XlsxPatchXml.find(head, 0, "sheetPr");
    if (pr == null) {
      Tag root = XlsxPatchXml.find(head, 0, "worksheet");
      if (root == null) {
        throw new XlsxPatchUnsupported("工作表没有 worksheet 元素");
      }
      return head.substring(0, root.end()) + "<" + prefix + "sheetPr>" + fit + "</" + prefix + "sheetPr>"
          + head.substring(root.end());
    }
    if (pr.empty()) {
      return head.substring(0, pr.start()) + XlsxPatchXml.opened(pr.text(head)) + fit + "</" + pr.name() + ">"
          + head.substring(pr.end());
    }
    Tag setUp = XlsxPatchXml.find(head, pr.end(), "pageSetUpPr");
    int close = head.indexOf("</" + pr.name() + ">", pr.end());
    if (close < 0) {
      throw new XlsxPatchUnsupported("sheetPr 未结束");
    }
    if (setUp != null && setUp.start() < close) {
      return head.substring(0, setUp.start()) + XlsxPatchXml.withAttr(setUp.text(head), "fitToPage", "1")
          + head.substring(setUp.end());
    }
    // pageSetUpPr is the last child of sheetPr in schema order.
    return head.substring(0, close) + fit + head.substring(close);
  }

  /**
   * The part after {@code </sheetData>} with {@code <pageSetup>} fitted to one page wide and printing comments at the
   * end (added when missing), landscape when {@code wide} and no orientation is set.
   */
  private String pageSetup(String tail, boolean wide) throws XlsxPatchUnsupported {
    int at = position(tail, 0, AFTER_PAGE_SETUP, "pageSetup");
    Tag found = XlsxPatchXml.next(tail, at);
    boolean own = found != null && found.opens("pageSetup");
    String tag = own ? found.text(tail) : "<" + prefix + "pageSetup/>";
    tag = XlsxPatchXml.withAttr(XlsxPatchXml.withAttr(XlsxPatchXml.withAttr(tag, "fitToWidth", "1"), "fitToHeight",
        "0"), "cellComments", "atEnd");
    String orientation = XlsxPatchXml.attr(tag, "orientation");
    if (wide && (orientation == null || orientation.equals("default"))) {
      tag = XlsxPatchXml.withAttr(tag, "orientation", "landscape");
    }
    return own ? tail.substring(0, found.start()) + tag + tail.substring(found.end())
        : tail.substring(0, at) + tag + tail.substring(at);
  }

  /** The worksheet's {@code <dimension>} widened to the cells written. */
  private String dimension(String head) throws XlsxPatchUnsupported {
    Tag d = XlsxPatchXml.find(head, 0, "dimension");
    String ref = d == null ? null : XlsxPatchXml.attr(d.text(head), "ref");
    if (ref == null || rows.isEmpty()) {
      return head;
    }
    String[] ends = ref.split(":");
    int[] a = parseRef(ends[0]);
    int[] b = parseRef(ends[ends.length - 1]);
    if (a == null || b == null) {
      return head;
    }
    int r0 = Math.min(a[0], rows.firstKey());
    int r1 = Math.max(b[0], rows.lastKey());
    int c0 = a[1];
    int c1 = b[1];
    for (SortedMap<Integer, CellEdit> cols : rows.values()) {
      c0 = Math.min(c0, cols.firstKey());
      c1 = Math.max(c1, cols.lastKey());
    }
    String wide = new CellRef("x", r0, c0).a1() + ":" + new CellRef("x", r1, c1).a1();
    if (wide.equals(ref) || (ends.length == 1 && r0 == r1 && c0 == c1)) {
      return head;
    }
    return head.substring(0, d.start()) + XlsxPatchXml.withAttr(d.text(head), "ref", wide) + head.substring(d.end());
  }

  /**
   * Where, among the worksheet's children in {@code part} from {@code from}, an element goes that precedes
   * {@code after}: the start of the first child named in it, or of the worksheet's end tag; the start of
   * {@code self} itself when the sheet already has it, except for {@code legacyDrawing}, which it may have only once.
   */
  private static int position(String part, int from, Set<String> after, String self) throws XlsxPatchUnsupported {
    int pos = from;
    while (true) {
      Tag t = XlsxPatchXml.next(part, pos);
      if (t == null) {
        throw new XlsxPatchUnsupported("worksheet 未结束");
      }
      if (t.closing() || after.contains(t.local())) {
        return t.start();
      }
      if (t.local().equals(self)) {
        if (self.equals("legacyDrawing")) {
          throw new XlsxPatchUnsupported("工作表已有 legacyDrawing");
        }
        return t.start();
      }
      pos = XlsxPatchXml.endOf(part, t);
    }
  }

  /** New rows for every edited row above {@code before} that the sheet does not have. */
  private void emitRows(StringBuilder out, int before) throws XlsxPatchUnsupported {
    Iterator<Map.Entry<Integer, SortedMap<Integer, CellEdit>>> it = rows.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Integer, SortedMap<Integer, CellEdit>> e = it.next();
      if (e.getKey() >= before) {
        return;
      }
      out.append('<').append(prefix).append("row r=\"").append(e.getKey() + 1).append("\">");
      for (Map.Entry<Integer, CellEdit> c : e.getValue().entrySet()) {
        newCell(out, e.getKey(), c.getKey(), c.getValue());
      }
      out.append("</").append(prefix).append("row>");
      it.remove();
    }
  }

  private void row(StringBuilder out, Tag open, int end, SortedMap<Integer, CellEdit> cells)
      throws XlsxPatchUnsupported {
    int r = rowIndex(open.text(xml));
    StringBuilder body = new StringBuilder(end - open.end() + 256 * cells.size());
    boolean added = false;
    int pos = open.end();
    String close = "</" + open.name() + ">";
    if (!open.empty()) {
      while (true) {
        Tag t = XlsxPatchXml.next(xml, pos);
        body.append(xml, pos, t.start());
        if (t.closing()) {
          close = t.text(xml);
          break;
        }
        int tEnd = XlsxPatchXml.endOf(xml, t);
        if (t.opens("c")) {
          String ref = XlsxPatchXml.attr(t.text(xml), "r");
          int[] at = ref == null ? null : parseRef(ref);
          if (at == null || at[0] != r) {
            throw new XlsxPatchUnsupported("单元格缺少位置 r");
          }
          added |= emitCells(body, r, cells, at[1]);
          CellEdit edit = cells.remove(at[1]);
          if (edit == null) {
            body.append(xml, t.start(), tEnd);
          } else {
            cell(body, t, tEnd, edit);
          }
        } else {
          added |= emitCells(body, r, cells, Integer.MAX_VALUE);
          body.append(xml, t.start(), tEnd);
        }
        pos = tEnd;
      }
    }
    added |= emitCells(body, r, cells, Integer.MAX_VALUE);
    String tag = XlsxPatchXml.opened(open.text(xml));
    if (added) {
      // spans is an optional hint; a new cell may fall outside it.
      tag = XlsxPatchXml.withoutAttr(tag, "spans");
    }
    out.append(tag).append(body).append(close);
  }

  /** New cells for the edited columns left of {@code before}; whether any was added. */
  private boolean emitCells(StringBuilder out, int r, SortedMap<Integer, CellEdit> cells, int before)
      throws XlsxPatchUnsupported {
    boolean any = false;
    Iterator<Map.Entry<Integer, CellEdit>> it = cells.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Integer, CellEdit> e = it.next();
      if (e.getKey() >= before) {
        break;
      }
      newCell(out, r, e.getKey(), e.getValue());
      it.remove();
      any = true;
    }
    return any;
  }

  private void newCell(StringBuilder out, int r, int c, CellEdit edit) throws XlsxPatchUnsupported {
    int s = styles.derive(0, edit.mark, edit.percent);
    out.append('<').append(prefix).append("c r=\"").append(new CellRef("x", r, c).a1()).append('"');
    if (s != 0) {
      out.append(" s=\"").append(s).append('"');
    }
    if (edit.value == null) {
      out.append("/>");
    } else {
      out.append('>');
      value(out, edit.value);
      out.append("</").append(prefix).append("c>");
    }
  }

  private void cell(StringBuilder out, Tag open, int end, CellEdit edit) throws XlsxPatchUnsupported {
    String tag = open.text(xml);
    if (XlsxPatchXml.attr(tag, "vm") != null) {
      throw new XlsxPatchUnsupported("单元格含值元数据 vm");
    }
    String s = XlsxPatchXml.attr(tag, "s");
    int base = s == null ? 0 : parseInt(s);
    int derived = styles.derive(base, edit.mark, edit.percent);
    if (derived != base) {
      tag = XlsxPatchXml.withAttr(tag, "s", Integer.toString(derived));
    }
    if (edit.value == null) {
      out.append(tag).append(xml, open.end(), end);
      return;
    }
    tag = XlsxPatchXml.opened(XlsxPatchXml.withoutAttr(tag, "t"));
    String formula = "";
    String rest = "";
    if (!open.empty()) {
      for (int[] span : XlsxPatchXml.children(xml, open)) {
        Tag child = XlsxPatchXml.next(xml, span[0]);
        switch (child.local()) {
          case "f" -> formula = xml.substring(span[0], span[1]);
          case "v", "is" -> { }
          default -> rest += xml.substring(span[0], span[1]);
        }
      }
    }
    out.append(tag).append(formula);
    value(out, edit.value);
    out.append(rest).append("</").append(open.name()).append('>');
  }

  /** A number as POI writes it ({@code Double.toString}), so both paths store the same digits. */
  private void value(StringBuilder out, BigDecimal v) {
    out.append('<').append(prefix).append("v>").append(Double.toString(v.doubleValue()))
        .append("</").append(prefix).append("v>");
  }

  private static int rowIndex(String tag) throws XlsxPatchUnsupported {
    String r = XlsxPatchXml.attr(tag, "r");
    if (r == null) {
      throw new XlsxPatchUnsupported("行缺少行号 r");
    }
    return parseInt(r) - 1;
  }

  private static int parseInt(String s) throws XlsxPatchUnsupported {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new XlsxPatchUnsupported("不是整数：" + s);
    }
  }

  /** {@code "K24"} as {row, col}, zero-based; null when it is not an A1 reference. */
  static int[] parseRef(String ref) {
    int i = 0;
    int col = 0;
    while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
      col = col * 26 + ref.charAt(i) - 'A' + 1;
      i++;
    }
    if (i == 0 || i == ref.length() || i > 3) {
      return null;
    }
    try {
      int row = Integer.parseInt(ref.substring(i));
      return row < 1 ? null : new int[] {row - 1, col - 1};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
