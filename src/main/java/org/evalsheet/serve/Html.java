package org.evalsheet.serve;

/**
 * A small HTML writer (网页片段) that escapes every text and attribute value it is given: a workbook is untrusted,
 * so a cell holding {@code <script>} or {@code <img onerror=…>} must arrive in the browser as text. Markup of the
 * pages' own (tag names, attribute names, constants) goes in as is; nothing that came from a file or a request does.
 */
final class Html {
  private final StringBuilder sb = new StringBuilder(4096);

  /** Escapes text for an element's content or a quoted attribute value. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      // Control characters other than tab and line feed have no business in a page (and some break XML tools).
      if (rep == null && c < 0x20 && c != '\t' && c != '\n') {
        rep = " ";
      }
      if (rep != null) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(rep);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** Opens a tag; {@code attrs} are name, value pairs (a null value leaves the attribute out). */
  Html open(String tag, String... attrs) {
    sb.append('<').append(tag);
    attrs(attrs);
    sb.append('>');
    return this;
  }

  Html close(String tag) {
    sb.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding escaped text. */
  Html el(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  /** A void element such as {@code input} or {@code meta}. */
  Html empty(String tag, String... attrs) {
    sb.append('<').append(tag);
    attrs(attrs);
    sb.append('>');
    return this;
  }

  /** Escaped text. */
  Html text(String text) {
    sb.append(esc(text));
    return this;
  }

  /** Markup written by this package itself, never anything read from a file or a request. */
  Html markup(String trusted) {
    sb.append(trusted);
    return this;
  }

  /** Appends another writer's output. */
  Html add(Html other) {
    sb.append(other.sb);
    return this;
  }

  private void attrs(String[] attrs) {
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] != null) {
        sb.append(' ').append(attrs[i]).append("=\"").append(esc(attrs[i + 1])).append('"');
      }
    }
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
