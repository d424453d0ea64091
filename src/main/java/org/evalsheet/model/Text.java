package org.evalsheet.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text clean-up (文字规范化), the one place it is done: every kind of space (full-width, non-breaking, zero-width),
 * full-width forms, spaces spread between Chinese characters. Labels, headers, roster names and review notations
 * are all compared through these.
 */
public final class Text {
  private Text() {}

  public static boolean isWhite(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200b' || cp == '\ufeff';
  }

  public static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!isWhite(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Trims every kind of space, including full-width and non-breaking ones. */
  public static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isWhite(s.charAt(start))) {
      start++;
    }
    while (end > start && isWhite(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /** Full-width forms folded (NFKC) and every space removed: the key headers and keywords are matched by. */
  public static String compact(String s) {
    String fast = compactPlain(s);
    if (fast != null) {
      return fast;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    n.codePoints().filter(cp -> !isWhite(cp)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /**
   * {@link #compact} without normalising, for text made only of characters NFKC leaves alone and that never combine
   * with a neighbour (printable ASCII, CJK unified ideographs, the common Chinese punctuation), of full-width ASCII
   * forms (which NFKC maps to ASCII) and of ASCII or ideographic spaces, which compact removes either way; null for
   * any other text.
   */
  static String compactPlain(String s) {
    int n = s.length();
    boolean same = true;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (isPlainWhite(ch) || isWideAscii(ch)) {
        same = false;
      } else if (!isPlain(ch)) {
        return null;
      }
    }
    if (same) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (isWideAscii(ch)) {
        sb.append((char) (ch - 0xFEE0));
      } else if (!isPlainWhite(ch)) {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** Full-width forms of printable ASCII (U+FF01–U+FF5E), which NFKC maps to ASCII. */
  private static boolean isWideAscii(char ch) {
    return ch >= '\uFF01' && ch <= '\uFF5E';
  }

  private static boolean isPlainWhite(char ch) {
    return ch == ' ' || (ch >= '\t' && ch <= '\r') || ch == '\u3000';
  }

  /** Characters that NFKC maps to themselves and that no combining sequence starts or continues. */
  static boolean isPlain(char ch) {
    return (ch > ' ' && ch < 0x7F) || (ch >= '\u4E00' && ch <= '\u9FFF') || (ch >= '\u3001' && ch <= '\u3003')
        || (ch >= '\u3008' && ch <= '\u3011') || ch == '\u2018' || ch == '\u2019' || ch == '\u201C'
        || ch == '\u201D' || ch == '\u2014' || ch == '\u00B7';
  }

  /**
   * A label as a clerk means it: line feeds and spaces between Chinese characters removed ({@code 绩效\n指标} →
   * {@code 绩效指标}, {@code 投 入} → {@code 投入}), other runs of spaces collapsed to one.
   */
  public static String label(String s) {
    String t = strip(s);
    StringBuilder sb = new StringBuilder(t.length());
    int i = 0;
    while (i < t.length()) {
      int cp = t.codePointAt(i);
      if (!isWhite(cp)) {
        sb.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int j = i;
      while (j < t.length() && isWhite(t.codePointAt(j))) {
        j += Character.charCount(t.codePointAt(j));
      }
      int before = sb.length() == 0 ? ' ' : sb.codePointBefore(sb.length());
      int after = t.codePointAt(j);
      if (!(isWide(before) && isWide(after))) {
        sb.append(' ');
      }
      i = j;
    }
    return sb.toString();
  }

  /** {@link #compact} in lower case: the key two names are the same by (roster names, units, files). */
  public static String key(String s) {
    return s == null ? "" : compact(s).toLowerCase(Locale.ROOT);
  }

  /** Chinese characters, and Chinese punctuation and full-width forms, which are written without spaces. */
  private static boolean isWide(int cp) {
    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
      return true;
    }
    Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
    return b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && cp != ' ';
  }
}
