package org.evalsheet.write;

/**
 * Text in SpreadsheetML (表格 XML 文本): escaped and unescaped the way Excel and POI write it, for the filled copy's
 * patched parts and the summary workbook alike.
 */
public final class XmlText {
  private XmlText() {}

  /**
   * Text escaped for element content and attribute values; characters XML 1.0 cannot hold become {@code _xHHHH_},
   * as Excel and POI write them.
   */
  public static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
            ? String.format("_x%04X_", (int) c) : null;
      };
      if (rep != null && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Decodes the five named entities and numeric character references. */
  public static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int semi = c == '&' ? s.indexOf(';', i) : -1;
      if (semi < 0) {
        sb.append(c);
        i++;
        continue;
      }
      String ent = s.substring(i + 1, semi);
      switch (ent) {
        case "amp" -> sb.append('&');
        case "lt" -> sb.append('<');
        case "gt" -> sb.append('>');
        case "quot" -> sb.append('"');
        case "apos" -> sb.append('\'');
        default -> {
          if (ent.startsWith("#x") || ent.startsWith("#X")) {
            sb.appendCodePoint(Integer.parseInt(ent.substring(2), 16));
          } else if (ent.startsWith("#")) {
            sb.appendCodePoint(Integer.parseInt(ent.substring(1)));
          } else {
            sb.append('&').append(ent).append(';');
          }
        }
      }
      i = semi + 1;
    }
    return sb.toString();
  }
}
