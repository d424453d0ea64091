package org.evalsheet.read.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects one string item (富文本字符串) of a shared-strings table ({@code <si>}) or of an inline string
 * ({@code <is>}) from SAX events, and gives the text exactly as POI's {@code XSSFRichTextString.getString()} does:
 * the runs' text when there are runs (a run without text reads {@code "null"}, as in POI), else the plain text,
 * phonetic runs left out, {@code _xHHHH_} escapes decoded.
 */
final class RichText {
  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private final StringBuilder plain = new StringBuilder();
  private final StringBuilder runs = new StringBuilder();
  private boolean hasPlain;
  private int runCount;
  private boolean inRun;
  private boolean runHasText;
  private StringBuilder capture;
  private int captureDepth;

  /** Starts a new item. */
  void start() {
    plain.setLength(0);
    runs.setLength(0);
    hasPlain = false;
    runCount = 0;
    inRun = false;
    capture = null;
  }

  /** An element inside the item; {@code depth} 1 is a direct child of {@code <si>}/{@code <is>}. */
  void startElement(int depth, boolean main, String local) {
    if (capture != null) {
      return;
    }
    if (depth == 1) {
      inRun = false;
      if (main && "t".equals(local) && !hasPlain) {
        hasPlain = true;
        capture(plain, depth);
      } else if (main && "r".equals(local)) {
        runCount++;
        inRun = true;
        runHasText = false;
      }
    } else if (depth == 2 && inRun && main && "t".equals(local) && !runHasText) {
      runHasText = true;
      capture(runs, depth);
    }
  }

  void endElement(int depth) {
    if (capture != null && depth == captureDepth) {
      capture = null;
    } else if (depth == 1 && inRun) {
      if (!runHasText) {
        runs.append("null");
      }
      inRun = false;
    }
  }

  void characters(char[] ch, int start, int length) {
    if (capture != null) {
      capture.append(ch, start, length);
    }
  }

  /** The item's text, or null when it has neither text nor runs (POI then has no string either). */
  String value() {
    if (runCount > 0) {
      return decode(runs.toString());
    }
    return hasPlain ? decode(plain.toString()) : null;
  }

  private void capture(StringBuilder into, int depth) {
    capture = into;
    captureDepth = depth;
  }

  /** Excel's escapes for characters XML cannot hold ({@code _x000D_}), decoded as POI decodes them. */
  static String decode(String s) {
    if (s == null || !s.contains("_x")) {
      return s;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = ESCAPE.matcher(s);
    int at = 0;
    while (m.find()) {
      out.append(s, at, m.start());
      out.append((char) Integer.parseInt(m.group(1), 16));
      at = m.end();
    }
    if (at == 0) {
      return s;
    }
    return out.append(s.substring(at)).toString();
  }
}
