package org.evalsheet.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.Text;

/**
 * Reads the notation of 年度指标值 and 实际完成值 (指标值写法) as departments type it: an operator ({@code ≥ ≧ >= ＞ >
 * 不低于 不少于 大于 达到 以上}, {@code ≤ ≦ <= ＜ < 不高于 不超过 小于 以内 以下}, {@code = 为}), a number (full-width digits,
 * {@code 1,050}, {@code 约}), a unit ({@link Units}); ranges ({@code 0%-15%}, {@code 90%～100%}); dates
 * ({@code 2024年12月底前}, {@code 12月31日前}); and words ({@code 健全}, {@code 按期完成}).
 */
final class Notation {
  private Notation() {}

  /** Leading words and signs, longest first: the operator they state. */
  private static final List<Map.Entry<String, Quantity.Op>> PREFIXES = List.of(
      Map.entry("大于等于", Quantity.Op.GE), Map.entry("小于等于", Quantity.Op.LE), Map.entry("不低于", Quantity.Op.GE),
      Map.entry("不少于", Quantity.Op.GE), Map.entry("不小于", Quantity.Op.GE), Map.entry("不高于", Quantity.Op.LE),
      Map.entry("不超过", Quantity.Op.LE), Map.entry("不大于", Quantity.Op.LE), Map.entry("不多于", Quantity.Op.LE),
      Map.entry("控制在", Quantity.Op.LE), Map.entry("至少", Quantity.Op.GE), Map.entry("达到", Quantity.Op.GE),
      Map.entry("至多", Quantity.Op.LE), Map.entry("大于", Quantity.Op.GT), Map.entry("高于", Quantity.Op.GT),
      Map.entry("超过", Quantity.Op.GT), Map.entry("小于", Quantity.Op.LT), Map.entry("低于", Quantity.Op.LT),
      Map.entry("少于", Quantity.Op.LT), Map.entry("等于", Quantity.Op.EQ), Map.entry(">=", Quantity.Op.GE),
      Map.entry("<=", Quantity.Op.LE), Map.entry("≥", Quantity.Op.GE), Map.entry("≧", Quantity.Op.GE),
      Map.entry("≤", Quantity.Op.LE), Map.entry("≦", Quantity.Op.LE), Map.entry(">", Quantity.Op.GT),
      Map.entry("<", Quantity.Op.LT), Map.entry("=", Quantity.Op.EQ), Map.entry("═", Quantity.Op.EQ),
      Map.entry("为", Quantity.Op.EQ));
  private static final List<Map.Entry<String, Quantity.Op>> SUFFIXES = List.of(
      Map.entry("及以上", Quantity.Op.GE), Map.entry("以上", Quantity.Op.GE), Map.entry("(含)", Quantity.Op.NONE),
      Map.entry("以内", Quantity.Op.LE), Map.entry("之内", Quantity.Op.LE), Map.entry("及以下", Quantity.Op.LE),
      Map.entry("以下", Quantity.Op.LE));
  private static final Pattern NUMBER = Pattern.compile("([+-]?\\d{1,15}(?:\\.\\d{1,10})?)(.*)");
  private static final Pattern RANGE = Pattern.compile(
      "([+-]?\\d{1,15}(?:\\.\\d{1,10})?)([^\\d~至到—–-]*)(?:~|至|到|—|–|-)([+-]?\\d{1,15}(?:\\.\\d{1,10})?)(.*)");
  private static final Pattern DATE = Pattern.compile(
      "(?:(\\d{4})年)?(\\d{1,2})月(?:(\\d{1,2})[日号]|底|末|下旬|中旬|上旬)?(?:前|之前|以前|内|以内|完成|底前|末前)*");
  private static final Pattern YEAR_END = Pattern.compile("(\\d{4})年(?:底|末|年底)?(?:前|之前|内|以内|完成)*");
  private static final Pattern DIGIT_COMMA = Pattern.compile("(\\d),(\\d{3})");
  private static final int MAX_LENGTH = 200;

  /** Reads one notation; never fails: what is not a quantity is words, what is blank is empty. */
  static Quantity read(String raw) {
    if (raw == null || raw.isBlank()) {
      return Quantity.empty(raw == null ? "" : raw);
    }
    String text = raw.strip();
    if (text.length() > MAX_LENGTH) {
      return Quantity.words(text);
    }
    String t = normalise(text);
    Quantity.Op op = Quantity.Op.NONE;
    for (Map.Entry<String, Quantity.Op> p : PREFIXES) {
      if (t.startsWith(p.getKey()) && t.length() > p.getKey().length()) {
        op = p.getValue();
        t = t.substring(p.getKey().length());
        break;
      }
    }
    for (Map.Entry<String, Quantity.Op> s : SUFFIXES) {
      if (t.endsWith(s.getKey()) && t.length() > s.getKey().length()) {
        if (op == Quantity.Op.NONE) {
          op = s.getValue();
        }
        t = t.substring(0, t.length() - s.getKey().length());
        break;
      }
    }
    Quantity date = date(t, text);
    if (date != null) {
      return date;
    }
    Matcher r = RANGE.matcher(t);
    if (r.matches() && op == Quantity.Op.NONE) {
      String unit = !r.group(4).isEmpty() ? r.group(4) : r.group(2);
      Units.Unit u = Units.of(unit);
      Units.Unit lowUnit = r.group(2).isEmpty() ? u : Units.of(r.group(2));
      if (u != null && lowUnit != null && Units.compatible(u, lowUnit)) {
        BigDecimal lo = new BigDecimal(r.group(1)).multiply(lowUnit.none() ? u.factor() : lowUnit.factor());
        BigDecimal hi = new BigDecimal(r.group(3)).multiply(u.factor());
        if (lo.compareTo(hi) <= 0) {
          return new Quantity(Quantity.Form.RANGE, op, strip(lo), strip(hi), unit, u.base(), null, false, text);
        }
      }
    }
    Matcher n = NUMBER.matcher(t);
    if (n.matches()) {
      String unitText = n.group(2);
      Units.Unit u = unitText.equals("万") ? new Units.Unit("", BigDecimal.valueOf(10_000)) : Units.of(unitText);
      if (u != null) {
        BigDecimal v = new BigDecimal(n.group(1)).multiply(u.factor());
        return new Quantity(Quantity.Form.NUMBER, op, strip(v), null, unitText, u.base(), null, false, text);
      }
    }
    return Quantity.words(text);
  }

  private static Quantity date(String t, String text) {
    Matcher m = DATE.matcher(t);
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month < 1 || month > 12) {
        return null;
      }
      boolean yearGiven = m.group(1) != null;
      int year = yearGiven ? Integer.parseInt(m.group(1)) : 2000;
      int days = YearMonth.of(year, month).lengthOfMonth();
      int day = m.group(3) == null ? days : Integer.parseInt(m.group(3));
      if (day < 1 || day > days) {
        return null;
      }
      return new Quantity(Quantity.Form.DATE, Quantity.Op.LE, null, null, "", "", LocalDate.of(year, month, day).toString(),
          yearGiven, text);
    }
    Matcher y = YEAR_END.matcher(t);
    if (y.matches() && (t.contains("底") || t.contains("末") || t.contains("前") || t.contains("内"))) {
      int year = Integer.parseInt(y.group(1));
      return new Quantity(Quantity.Form.DATE, Quantity.Op.LE, null, null, "", "", LocalDate.of(year, 12, 31).toString(),
          true, text);
    }
    return null;
  }

  /** A target's text without its comparison: {@code ≥120处} → {@code 120处}, {@code 5%以内} → {@code 5%}. */
  static String withoutOperator(String text) {
    String t = normalise(text);
    for (Map.Entry<String, Quantity.Op> p : PREFIXES) {
      if (t.startsWith(p.getKey()) && t.length() > p.getKey().length()) {
        t = t.substring(p.getKey().length());
        break;
      }
    }
    for (Map.Entry<String, Quantity.Op> s : SUFFIXES) {
      if (t.endsWith(s.getKey()) && t.length() > s.getKey().length()) {
        return t.substring(0, t.length() - s.getKey().length());
      }
    }
    return t;
  }

  /** Full-width forms folded, spaces, 约 and 左右 removed, thousands separators dropped. */
  static String normalise(String s) {
    String n = Text.compact(s);
    n = n.replace("～", "~").replace("〜", "~").replace("（", "(").replace("）", ")");
    if (n.startsWith("约") || n.startsWith("大约")) {
      n = n.substring(n.startsWith("约") ? 1 : 2);
    }
    if (n.endsWith("左右")) {
      n = n.substring(0, n.length() - 2);
    }
    for (int i = 0; i < 3; i++) {
      n = DIGIT_COMMA.matcher(n).replaceAll("$1$2");
    }
    return n;
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
