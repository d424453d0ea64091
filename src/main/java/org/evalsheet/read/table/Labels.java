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

  /** Level cells meaning "no indicator at this level". */
  private static final Set<String> PLACEHOLDERS = Set.of("-", "--", "—", "——", "–", "/", "\\", "*", "无");

  /** A label split into its name and the weight written in it (null when none). */
  record Named(String name, BigDecimal declared) {}

  /** Splits {@code 决策 (20分)} into {@code 决策} and 20; a label without a weight keeps its whole text. */
  static Named named(String raw) {
    String t = Text.label(raw);
    char last = t.isEmpty() ? 0 : t.charAt(t.length() - 1);
    if (last != ')' && last != '）') {
      // DECLARED must match the whole text, which then ends with a closing bracket.
      return new Named(t, null);
    }
    Matcher m = DECLARED.matcher(t);
    if (m.matches() && !m.group(1).isBlank()) {
      String digits = Normalizer.normalize(m.group(2), Normalizer.Form.NFKC);
      return new Named(Text.strip(m.group(1)), new BigDecimal(digits));
    }
    return new Named(t, null);
  }

  /** Whether a level cell says "nothing at this level": blank, {@code -}, {@code —}, {@code /}, {@code 无}. */
  static boolean isPlaceholder(String s) {
    String c = Text.compact(s);
    return c.isEmpty() || PLACEHOLDERS.contains(c);
  }

}
