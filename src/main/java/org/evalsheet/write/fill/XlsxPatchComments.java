package org.evalsheet.write.fill;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.CellRef;
import org.evalsheet.write.XmlText;
import org.evalsheet.write.fill.XlsxPatchXml.Tag;

/**
 * A sheet's comments part and its VML drawing for the fast path (批注): one comment per marked cell with the text
 * {@link CellMarks} writes, replacing evalsheet's earlier comment and keeping the department's text above it;
 * comments of other cells and the shapes already drawn are kept as they were. New shapes mirror what POI writes.
 */
final class XlsxPatchComments {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final Pattern SHAPE_ID = Pattern.compile("_x0000_s(\\d+)");
  private static final String SHAPETYPE = "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
      + " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\""
      + " o:connecttype=\"rect\"/></v:shapetype>";

  /** The rewritten comments part and VML drawing of one sheet (批注部件). */
  record Parts(String comments, String vml) {}

  private XlsxPatchComments() {}

  /**
   * The sheet's comments and drawing with the marked cells' comments written.
   *
   * @param oldComments the sheet's comments part, or null when it has none
   * @param oldVml the VML drawing of those comments, or null with {@code oldComments}
   * @param vmlNumber the number of a new drawing, used for its shape ids
   * @param marked the comment lines by cell, in row and column order
   */
  static Parts write(String oldComments, String oldVml, int vmlNumber, Map<CellRef, List<String>> marked)
      throws XlsxPatchUnsupported {
    String xml = oldComments == null
        ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"" + MAIN
            + "\"><authors></authors><commentList></commentList></comments>"
        : oldComments;
    Tag authors = XlsxPatchXml.find(xml, 0, "authors");
    Tag list = XlsxPatchXml.find(xml, 0, "commentList");
    if (authors == null || list == null || authors.empty() || list.empty()) {
      throw new XlsxPatchUnsupported("批注部件结构不完整");
    }
    String p = list.prefix();
    List<String> names = new ArrayList<>();
    for (int[] span : XlsxPatchXml.children(xml, authors)) {
      names.add(content(xml, span));
    }
    XlsxPatchXml.Splice splice = new XlsxPatchXml.Splice(xml);
    int author = names.indexOf(CellMarks.AUTHOR);
    if (author < 0) {
      author = names.size();
      splice.insert(XlsxPatchXml.endOf(xml, authors) - ("</" + authors.name() + ">").length(),
          "<" + authors.prefix() + "author>" + CellMarks.AUTHOR + "</" + authors.prefix() + "author>");
    }
    Map<String, int[]> existing = new java.util.HashMap<>();
    for (int[] span : XlsxPatchXml.children(xml, list)) {
      String ref = XlsxPatchXml.attr(XlsxPatchXml.next(xml, span[0]).text(xml), "ref");
      if (ref != null) {
        existing.put(ref, span);
      }
    }
    StringBuilder added = new StringBuilder();
    StringBuilder shapes = new StringBuilder();
    int shapeId = nextShapeId(oldVml, vmlNumber);
    for (Map.Entry<CellRef, List<String>> e : marked.entrySet()) {
      CellRef at = e.getKey();
      String ref = at.a1();
      int[] span = existing.get(ref);
      String own = "";
      if (span != null) {
        String old = xml.substring(span[0], span[1]);
        String id = XlsxPatchXml.attr(XlsxPatchXml.next(old, 0).text(old), "authorId");
        int index = id == null ? -1 : Integer.parseInt(id.trim());
        own = CellMarks.ownText(plainText(old), index >= 0 && index < names.size() ? names.get(index) : "");
      }
      String comment = "<" + p + "comment ref=\"" + ref + "\" authorId=\"" + author + "\"><" + p + "text><" + p
          + "t xml:space=\"preserve\">" + XmlText.escape(CellMarks.text(own, e.getValue())) + "</" + p
          + "t></" + p + "text></" + p + "comment>";
      if (span != null) {
        splice.replace(span[0], span[1], comment);
      } else {
        added.append(comment);
        shape(shapes, shapeId++, at, e.getValue().size());
      }
    }
    splice.insert(XlsxPatchXml.endOf(xml, list) - ("</" + list.name() + ">").length(), added.toString());
    return new Parts(splice.toString(), vml(oldVml, vmlNumber, shapes.toString()));
  }

  private static String vml(String old, int number, String shapes) throws XlsxPatchUnsupported {
    if (old == null) {
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml xmlns:o=\"urn:schemas-microsoft-com:office:office\""
          + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">"
          + "<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"" + number + "\"/></o:shapelayout>"
          + SHAPETYPE + shapes + "</xml>";
    }
    if (shapes.isEmpty()) {
      return old;
    }
    int end = old.lastIndexOf("</xml>");
    if (end < 0 || !old.contains("xmlns:v=\"urn:schemas-microsoft-com:vml\"")
        || !old.contains("xmlns:x=\"urn:schemas-microsoft-com:office:excel\"")) {
      throw new XlsxPatchUnsupported("VML 绘图结构未知");
    }
    String type = old.contains("id=\"_x0000_t202\"") ? "" : SHAPETYPE;
    return old.substring(0, end) + type + shapes + old.substring(end);
  }

  private static int nextShapeId(String vml, int number) {
    int max = Math.multiplyExact(number, 1024);
    if (vml != null) {
      Matcher m = SHAPE_ID.matcher(vml);
      while (m.find()) {
        max = Math.max(max, Integer.parseInt(m.group(1)));
      }
    }
    // An id at the integer's limit would wrap round to a negative one: the usermodel writes that copy instead.
    return Math.addExact(max, 1);
  }

  /** A hidden note shape beside the cell, anchored as {@link CellMarks} anchors it. */
  private static void shape(StringBuilder sb, int id, CellRef at, int lines) {
    int left = at.col() + 1;
    sb.append("<v:shape id=\"_x0000_s").append(id).append("\" type=\"#_x0000_t202\"")
        .append(" style=\"position:absolute; visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
        .append("<v:fill color=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
        .append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/>")
        .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
        .append(left).append(", 0, ").append(at.row()).append(", 0, ").append(left + 4).append(", 0, ")
        .append(CellMarks.anchorBottom(at.row(), lines)).append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>")
        .append(at.row()).append("</x:Row><x:Column>").append(at.col()).append("</x:Column></x:ClientData>")
        .append("</v:shape>");
  }

  /** The text of an element without its tags (an author's name). */
  private static String content(String xml, int[] span) throws XlsxPatchUnsupported {
    Tag open = XlsxPatchXml.next(xml, span[0]);
    if (open.empty()) {
      return "";
    }
    return XmlText.unescape(xml.substring(open.end(), xml.lastIndexOf('<', span[1] - 1)));
  }

  /** A comment's text as POI reads it: every run's {@code <t>}, phonetic runs left out. */
  private static String plainText(String comment) throws XlsxPatchUnsupported {
    StringBuilder sb = new StringBuilder();
    int phonetic = 0;
    for (Tag t = XlsxPatchXml.next(comment, 0); t != null; t = XlsxPatchXml.next(comment, t.end())) {
      if (t.local().equals("rPh") && !t.empty()) {
        phonetic += t.closing() ? -1 : 1;
      } else if (t.opens("t") && !t.empty() && phonetic == 0) {
        sb.append(XmlText.unescape(comment.substring(t.end(), comment.indexOf('<', t.end()))));
      }
    }
    return sb.toString();
  }
}
