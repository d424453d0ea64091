package org.evalsheet.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.Decimals;

/**
 * A 评分标准 read for the scores it can produce (评分标准): element count ({@code 5项各占1/5权重分}), linear
 * deduction ({@code 每降低1%扣5%权重分}), tiers ({@code 100%、75%、50%、25%、0的权重分}), per occurrence
 * ({@code 每出现一例扣1分}) and binary ({@code 得满分…不得分}). A rule matching several patterns allows what any of
 * them allows; a rule matching none, or a compound one (tiers of the 剩余 weight), is not read at all.
 */
final class ScoringRule {
  private static final String NUM = "(\\d+(?:\\.\\d+)?)";
  private static final Pattern ELEMENTS = Pattern.compile("(?:\\d+\\s*项)?各占\\s*1\\s*/\\s*(\\d+)\\s*(?:的)?(?:相应)?权重分?");
  private static final Pattern LINEAR = Pattern.compile(
      "每[^，。；;,]{0,24}?1\\s*%\\s*[，,]?\\s*(?:则)?扣(?:除|减)?(?:相应)?(?:权重的?)?\\s*" + NUM + "\\s*%");
  private static final Pattern POINTS = Pattern.compile(
      "每[^，。；;,]{0,24}?(?:1\\s*%|[一1]\\s*个百分点|[一1]\\s*[例次项处起件个])\\s*[，,]?\\s*(?:则)?扣(?:除|减)?\\s*"
          + NUM + "\\s*分");
  private static final Pattern TIERS = Pattern.compile(
      "\\d+(?:\\.\\d+)?\\s*%(?:\\s*[、，,和或及]\\s*\\d+(?:\\.\\d+)?\\s*%?)+");
  private static final Pattern STATED_PERCENT = Pattern.compile("得\\s*" + NUM + "\\s*%\\s*(?:的)?(?:相应)?权重分?");
  private static final Pattern BINARY_NONE = Pattern.compile("不得分|得\\s*0\\s*分");
  private static final Pattern COMPOUND = Pattern.compile("剩余");
  private static final int MAX_VALUES = 1000;
  /**
   * Rules already read, by text: a round repeats the template's rules in every file, and a rule is immutable. Bounded
   * by entries and by the length of the texts kept; emptied when full.
   */
  private static final Map<String, Optional<ScoringRule>> CACHE = new ConcurrentHashMap<>();
  private static final int CACHE_SIZE = 4096;
  private static final int CACHED_LENGTH = 1000;

  /** One pattern found in the rule: the text it matched and the scores it allows for a weight. */
  private record Reading(String quote, Function<BigDecimal, List<BigDecimal>> values) {}

  private final List<Reading> readings;

  private ScoringRule(List<Reading> readings) {
    this.readings = List.copyOf(readings);
  }

  /** Reads a 评分标准; empty when no known pattern fits or the rule is compound. */
  static Optional<ScoringRule> parse(String rule) {
    if (rule == null || rule.length() > CACHED_LENGTH) {
      return read(rule);
    }
    Optional<ScoringRule> known = CACHE.get(rule);
    if (known == null) {
      known = read(rule);
      if (CACHE.size() >= CACHE_SIZE) {
        CACHE.clear();
      }
      CACHE.put(rule, known);
    }
    return known;
  }

  private static Optional<ScoringRule> read(String rule) {
    if (rule == null || rule.isBlank() || COMPOUND.matcher(rule).find()) {
      return Optional.empty();
    }
    String text = normalise(rule);
    List<Reading> readings = new ArrayList<>();
    elements(text, readings);
    linear(text, readings);
    points(text, readings);
    tiers(text, readings);
    binary(text, readings);
    return readings.isEmpty() ? Optional.empty() : Optional.of(new ScoringRule(readings));
  }

  /** Every score the rule allows for a weight, ascending. */
  List<BigDecimal> allowed(BigDecimal weight) {
    TreeSet<BigDecimal> all = new TreeSet<>();
    for (Reading r : readings) {
      for (BigDecimal v : r.values().apply(weight)) {
        all.add(Submitted.strip(v));
      }
    }
    return List.copyOf(all);
  }

  /**
   * Whether a score is one the rule allows: equal to an allowed value, or that value rounded to the score's own
   * decimals when the clerk wrote at least two ({@code 1.33} for 4 × 1/3).
   */
  boolean allows(BigDecimal score, BigDecimal weight) {
    int scale = Math.max(0, score.stripTrailingZeros().scale());
    for (BigDecimal a : allowed(weight)) {
      if (a.compareTo(score) == 0) {
        return true;
      }
      if (scale >= 2 && a.scale() > scale && a.setScale(scale, RoundingMode.HALF_UP).compareTo(score) == 0) {
        return true;
      }
    }
    return false;
  }

  /** The fragments of the rule that were read, for messages: {@code 4项各占1/4权重}. */
  String quote() {
    return String.join("；", readings.stream().map(Reading::quote).distinct().toList());
  }

  /** The allowed scores as a clerk reads them: {@code 0、0.75、1.5、2.25、3}, long lists shortened. */
  String describe(BigDecimal weight) {
    List<String> shown = allowed(weight).stream().map(ScoringRule::show).toList();
    if (shown.size() > 8) {
      return String.join("、", shown.subList(0, 3)) + " … " + String.join("、", shown.subList(shown.size() - 2,
          shown.size()));
    }
    return String.join("、", shown);
  }

  private static String show(BigDecimal v) {
    return Decimals.format(v.scale() > 2 ? v.setScale(2, RoundingMode.HALF_UP) : v);
  }

  private static String normalise(String rule) {
    StringBuilder sb = new StringBuilder(rule.length());
    rule.codePoints().forEach(cp -> {
      if (cp >= '０' && cp <= '９') {
        sb.append((char) ('0' + cp - '０'));
      } else if (cp == '％') {
        sb.append('%');
      } else if (cp == '／') {
        sb.append('/');
      } else if (cp == '．') {
        sb.append('.');
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  private static void elements(String text, List<Reading> out) {
    Matcher m = ELEMENTS.matcher(text);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n > 0 && n <= MAX_VALUES) {
        out.add(new Reading(m.group(), w -> {
          List<BigDecimal> v = new ArrayList<>();
          for (int k = 0; k <= n; k++) {
            v.add(w.multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(n), Decimals.RATIO));
          }
          return v;
        }));
      }
    }
  }

  private static void linear(String text, List<Reading> out) {
    Matcher m = LINEAR.matcher(text);
    while (m.find()) {
      BigDecimal step = new BigDecimal(m.group(1)).movePointLeft(2);
      if (step.signum() > 0 && step.multiply(BigDecimal.valueOf(MAX_VALUES)).compareTo(BigDecimal.ONE) >= 0) {
        out.add(new Reading(m.group(), w -> steps(w, w.multiply(step))));
      }
    }
  }

  private static void points(String text, List<Reading> out) {
    Matcher m = POINTS.matcher(text);
    while (m.find()) {
      BigDecimal step = new BigDecimal(m.group(1));
      if (step.signum() > 0) {
        out.add(new Reading(m.group(), w -> w.divide(step, Decimals.RATIO).compareTo(BigDecimal.valueOf(MAX_VALUES)) > 0
            ? List.of() : steps(w, step)));
      }
    }
  }

  /** w, w − step, w − 2·step … down to zero, and zero itself (扣完为止). */
  private static List<BigDecimal> steps(BigDecimal w, BigDecimal step) {
    List<BigDecimal> v = new ArrayList<>();
    for (BigDecimal s = w; s.signum() >= 0 && v.size() <= MAX_VALUES; s = s.subtract(step)) {
      v.add(s);
    }
    v.add(BigDecimal.ZERO);
    return v;
  }

  private static void tiers(String text, List<Reading> out) {
    if (!text.contains("权重")) {
      return;
    }
    Matcher m = TIERS.matcher(text);
    while (m.find()) {
      String[] parts = m.group().split("[、，,和或及]");
      if (parts.length < 3) {
        continue;
      }
      List<BigDecimal> fractions = new ArrayList<>();
      for (String p : parts) {
        fractions.add(new BigDecimal(p.replace("%", "").strip()).movePointLeft(2));
      }
      if (text.contains("满分")) {
        fractions.add(BigDecimal.ONE);
      }
      out.add(new Reading(m.group(), w -> fractions.stream().map(w::multiply).toList()));
    }
  }

  private static void binary(String text, List<Reading> out) {
    if (!text.contains("满分") || !BINARY_NONE.matcher(text).find()) {
      return;
    }
    List<BigDecimal> fractions = new ArrayList<>(List.of(BigDecimal.ONE, BigDecimal.ZERO));
    Matcher m = STATED_PERCENT.matcher(text);
    while (m.find()) {
      fractions.add(new BigDecimal(m.group(1)).movePointLeft(2));
    }
    out.add(new Reading("得满分…不得分", w -> fractions.stream().map(w::multiply).toList()));
  }
}
