package org.evalsheet.write.fill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.evalsheet.write.XmlText;

/**
 * A tag scanner over the XML text of a package part (XML 标签扫描): finds start and end tags so that the fast path
 * can splice new text in and copy every other character as it was, which a parse-and-serialise round trip would
 * not (namespace prefixes, attribute order, whitespace, extensions). Parts are machine-written OOXML; comments,
 * processing instructions and CDATA are skipped, a DOCTYPE is refused.
 */
final class XlsxPatchXml {
  private XlsxPatchXml() {}

  /** One start, end or empty-element tag (标签): its span in the text and its qualified name. */
  record Tag(int start, int end, String name, boolean closing, boolean empty) {
    String local() {
      int i = name.indexOf(':');
      return i < 0 ? name : name.substring(i + 1);
    }

    /** The name's prefix with its colon ({@code "x:"}), or "" when the element uses the default namespace. */
    String prefix() {
      int i = name.indexOf(':');
      return i < 0 ? "" : name.substring(0, i + 1);
    }

    String text(String xml) {
      return xml.substring(start, end);
    }

    boolean opens(String localName) {
      return !closing && local().equals(localName);
    }

    boolean closes(String localName) {
      return closing && local().equals(localName);
    }
  }

  /** The next tag at or after {@code from}, or null when there is none. */
  static Tag next(String xml, int from) throws XlsxPatchUnsupported {
    int i = from;
    int n = xml.length();
    while (true) {
      int lt = xml.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) {
        return null;
      }
      char c = xml.charAt(lt + 1);
      if (c == '?') {
        i = skip(xml, lt, "?>");
        continue;
      }
      if (c == '!') {
        if (xml.startsWith("<!--", lt)) {
          i = skip(xml, lt, "-->");
        } else if (xml.startsWith("<![CDATA[", lt)) {
          i = skip(xml, lt, "]]>");
        } else {
          throw new XlsxPatchUnsupported("XML 含 DOCTYPE 或未知声明");
        }
        continue;
      }
      boolean closing = c == '/';
      int nameStart = lt + (closing ? 2 : 1);
      int j = nameStart;
      while (j < n && !isNameEnd(xml.charAt(j))) {
        j++;
      }
      String name = name(xml, nameStart, j);
      char quote = 0;
      while (j < n) {
        char d = xml.charAt(j);
        if (quote != 0) {
          if (d == quote) {
            quote = 0;
          }
        } else if (d == '"' || d == '\'') {
          quote = d;
        } else if (d == '>') {
          break;
        }
        j++;
      }
      if (j >= n || name.isEmpty()) {
        throw new XlsxPatchUnsupported("XML 标签不完整");
      }
      return new Tag(lt, j + 1, name, closing, !closing && xml.charAt(j - 1) == '/');
    }
  }

  /** The tag name; the names of cells and rows, met thousands of times a sheet, without a new string each time. */
  private static String name(String xml, int start, int end) {
    int len = end - start;
    if (len == 1) {
      switch (xml.charAt(start)) {
        case 'c':
          return "c";
        case 'v':
          return "v";
        case 'f':
          return "f";
        case 't':
          return "t";
        case 'r':
          return "r";
        default:
          break;
      }
    } else if (len == 3 && xml.startsWith("row", start)) {
      return "row";
    } else if (len == 2 && xml.startsWith("is", start)) {
      return "is";
    }
    return xml.substring(start, end);
  }

  private static boolean isNameEnd(char c) {
    return c == '>' || c == '/' || Character.isWhitespace(c);
  }

  private static int skip(String xml, int from, String end) throws XlsxPatchUnsupported {
    int at = xml.indexOf(end, from);
    if (at < 0) {
      throw new XlsxPatchUnsupported("XML 不完整");
    }
    return at + end.length();
  }

  /** The index just past the element that {@code open} starts (past its matching end tag). */
  static int endOf(String xml, Tag open) throws XlsxPatchUnsupported {
    if (open.empty()) {
      return open.end();
    }
    int depth = 1;
    int pos = open.end();
    while (true) {
      Tag t = nextInside(xml, pos, open);
      if (t.closing()) {
        depth--;
      } else if (!t.empty()) {
        depth++;
      }
      if (depth == 0) {
        return t.end();
      }
      pos = t.end();
    }
  }

  /** The next tag at or after {@code pos}, which must exist since {@code open} has not ended yet. */
  private static Tag nextInside(String xml, int pos, Tag open) throws XlsxPatchUnsupported {
    Tag t = next(xml, pos);
    if (t == null) {
      throw new XlsxPatchUnsupported("XML 元素未结束：" + open.name());
    }
    return t;
  }

  /** The first start tag with this local name at or after {@code from}, at any depth; null when none. */
  static Tag find(String xml, int from, String localName) throws XlsxPatchUnsupported {
    for (Tag t = next(xml, from); t != null; t = next(xml, t.end())) {
      if (t.opens(localName)) {
        return t;
      }
    }
    return null;
  }

  /** The child elements of the element {@code open} starts, each as its span [start, end). */
  static List<int[]> children(String xml, Tag open) throws XlsxPatchUnsupported {
    List<int[]> spans = new ArrayList<>();
    if (open.empty()) {
      return spans;
    }
    int pos = open.end();
    while (true) {
      Tag t = nextInside(xml, pos, open);
      if (t.closing()) {
        return spans;
      }
      int end = endOf(xml, t);
      spans.add(new int[] {t.start(), end});
      pos = end;
    }
  }

  /**
   * Where an attribute sits in a tag: {whitespace before its name, first character of its value, closing quote};
   * null when the tag does not have it. Walks the attributes in order, so a name inside another value never matches.
   */
  private static int[] attrSpan(String tag, String name) {
    int n = tag.length();
    int i = 1;
    while (i < n && !isNameEnd(tag.charAt(i))) {
      i++;
    }
    while (i < n) {
      int before = i;
      while (i < n && Character.isWhitespace(tag.charAt(i))) {
        i++;
      }
      int nameStart = i;
      while (i < n && tag.charAt(i) != '=' && !isNameEnd(tag.charAt(i))) {
        i++;
      }
      int nameEnd = i;
      while (i < n && Character.isWhitespace(tag.charAt(i))) {
        i++;
      }
      if (nameEnd == nameStart || i >= n || tag.charAt(i) != '=') {
        return null;
      }
      i++;
      while (i < n && Character.isWhitespace(tag.charAt(i))) {
        i++;
      }
      if (i >= n || (tag.charAt(i) != '"' && tag.charAt(i) != '\'')) {
        return null;
      }
      int close = tag.indexOf(tag.charAt(i), i + 1);
      if (close < 0) {
        return null;
      }
      if (nameEnd - nameStart == name.length() && tag.startsWith(name, nameStart)) {
        return new int[] {before, i + 1, close};
      }
      i = close + 1;
    }
    return null;
  }

  /** An attribute's value (entities decoded), or null when the tag does not have it. */
  static String attr(String tag, String name) {
    int[] at = attrSpan(tag, name);
    return at == null ? null : XmlText.unescape(tag.substring(at[1], at[2]));
  }

  /** The tag with the attribute set to {@code value} (replaced in place, or added at the end). */
  static String withAttr(String tag, String name, String value) {
    int[] at = attrSpan(tag, name);
    if (at != null) {
      return tag.substring(0, at[1]) + XmlText.escape(value).replace("'", "&apos;") + tag.substring(at[2]);
    }
    int end = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1;
    while (end > 0 && Character.isWhitespace(tag.charAt(end - 1))) {
      end--;
    }
    return tag.substring(0, end) + " " + name + "=\"" + XmlText.escape(value) + "\"" + tag.substring(end);
  }

  static String withoutAttr(String tag, String name) {
    int[] at = attrSpan(tag, name);
    return at == null ? tag : tag.substring(0, at[0]) + tag.substring(at[2] + 1);
  }

  /** An empty-element tag turned into a start tag ({@code <row r="1"/>} → {@code <row r="1">}). */
  static String opened(String tag) {
    if (!tag.endsWith("/>")) {
      return tag;
    }
    int end = tag.length() - 2;
    while (end > 0 && Character.isWhitespace(tag.charAt(end - 1))) {
      end--;
    }
    return tag.substring(0, end) + ">";
  }

  /** Replacements of spans of one text (拼接), applied together; spans must not overlap. */
  static final class Splice {
    private record Edit(int start, int end, String text) {}

    private final String xml;
    private final List<Edit> edits = new ArrayList<>();

    Splice(String xml) {
      this.xml = xml;
    }

    Splice replace(int start, int end, String text) {
      edits.add(new Edit(start, end, text));
      return this;
    }

    Splice insert(int at, String text) {
      return replace(at, at, text);
    }

    @Override
    public String toString() {
      edits.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
      StringBuilder sb = new StringBuilder(xml.length() + 1024);
      int pos = 0;
      for (Edit e : edits) {
        sb.append(xml, pos, e.start()).append(e.text());
        pos = e.end();
      }
      return sb.append(xml, pos, xml.length()).toString();
    }
  }
}
