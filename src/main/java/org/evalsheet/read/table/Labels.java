package org.evalsheet.read.table;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.Text;

/** Text clean-up for labels and headers (标签规范化): spaces, line feeds, full-width forms, declared weights. */
final class Labels {
  private Labels() {}

  /** A label ending in its declared weight: {@code 决策 (20分)}, {@code 绩效目标（6分）}, {@code 决策(20)}. */
  private static final Pattern DECLARED =
      Pattern.compile("^(.*?)\\s*[(（]\\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*[分%％]?\\s*[)）]$");

  /** A weight written after the name without brackets, as some provinces print it: {@code 项目决策 2 分}. */
  private static final Pattern TRAILING = Pattern.compile("^(.*\\S)\\s+([0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*分$");
  /** A weight whose opening bracket was lost in copying: {@code 年度绩效目标 98分)}. */
  private static final Pattern LOST_OPEN = Pattern.compile("^([^(（]*?)\\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*分\\s*[)）]$");

  /** Level cells meaning "no indicator at this level". */
  private static final Set<String> PLACEHOLDERS = Set.of("-", "--", "—", "——", "–", "/", "\\", "*", "无");

  /** A label split into its name and the weight written in it (null when none). */
  record Named(String name, BigDecimal declared) {}

  /**
   * Splits {@code 决策 (20分)} into {@code 决策} and 20; a label without a weight keeps its whole text. Also read:
   * {@code 项目决策 2 分} (no brackets), {@code 年度绩效目标 98分)} (the opening bracket lost) and a bare
   * {@code (50分)} whose name was lost, which keeps the bracket as its name.
   */
  static Named named(String raw) {
    String t = Text.label(raw);
    char last = t.isEmpty() ? 0 : t.charAt(t.length() - 1);
    if (last == '分') {
      Matcher m = TRAILING.matcher(t);
      return m.matches() && isName(m.group(1)) ? declared(m.group(1), m.group(2)) : new Named(t, null);
    }
    if (last != ')' && last != '）') {
      // DECLARED must match the whole text, which then ends with a closing bracket.
      return new Named(t, null);
    }
    Matcher m = DECLARED.matcher(t);
    if (m.matches()) {
      return m.group(1).isBlank() ? declared(t, m.group(2)) : declared(m.group(1), m.group(2));
    }
    m = LOST_OPEN.matcher(t);
    if (m.matches() && isName(m.group(1))) {
      return declared(m.group(1), m.group(2));
    }
    return new Named(t, null);
  }

  private static Named declared(String name, String digits) {
    return new Named(Text.strip(name), new BigDecimal(Normalizer.normalize(digits, Normalizer.Form.NFKC)));
  }

  /** A name before a weight ends in a Chinese character, not in a number or a sign. */
  private static boolean isName(String name) {
    String n = Text.strip(name);
    return !n.isEmpty() && Character.UnicodeScript.of(n.codePointBefore(n.length())) == Character.UnicodeScript.HAN;
  }

  /** Whether a level cell says "nothing at this level": blank, {@code -}, {@code —}, {@code /}, {@code 无}. */
  static boolean isPlaceholder(String s) {
    String c = Text.compact(s);
    return c.isEmpty() || PLACEHOLDERS.contains(c);
  }

}
