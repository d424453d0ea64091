package org.evalsheet.review;

import static org.evalsheet.model.Decimals.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.evalsheet.model.Column;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.Profile;
import org.evalsheet.review.LeafReview.Kind;

/**
 * The score a completion earns (按完成情况计分), as the national method computes it: 正向 {@code actual ≥ target → 分值,
 * else actual ÷ target × 分值}; 反向 {@code actual ≤ target → 分值, else falling linearly to 0 at twice the target}
 * (or {@code target ÷ actual × 分值} when the profile says {@code ratio}); 等于 with a target of 0 full only at 0,
 * otherwise as 正向; 区间 full inside, as 正向 / 反向 towards the nearer bound; a deadline full on or before it; 定性
 * through the profile's vocabulary into 达成, 部分达成, 未达成 and their bands; 预算执行率 {@code 执行数 ÷ 预算数 × 分值},
 * at most 分值. Scores are rounded to two decimals.
 */
final class Rules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  /** An actual written without % beside a percentage target is a fraction when it is at most this (0.85 = 85%). */
  private static final BigDecimal FRACTION_LIMIT = new BigDecimal("1.5");

  private final Profile profile;

  Rules(Profile profile) {
    this.profile = profile;
  }

  /** What an unreviewable leaf says: no rule, and why (the units that do not compare, say). */
  record Outcome(LeafReview review, String unitMismatch, String unverifiable) {
    Outcome(LeafReview review, String unitMismatch) {
      this(review, unitMismatch, null);
    }
  }

  /** The kind of rule a target calls for. */
  static Kind kind(Quantity target, Indicator leaf) {
    return switch (target.form()) {
      case NUMBER -> switch (target.op()) {
        case GE, GT -> Kind.POSITIVE;
        case LE, LT -> Kind.NEGATIVE;
        case EQ -> Kind.EQUAL;
        case NONE -> costIndicator(leaf) ? Kind.NEGATIVE : Kind.EQUAL;
      };
      case RANGE -> Kind.RANGE;
      case DATE -> Kind.DATE;
      case WORDS -> Kind.QUALITATIVE;
      case EMPTY -> Kind.NONE;
    };
  }

  /** A 成本指标: lower is better even without a ≤. */
  private static boolean costIndicator(Indicator leaf) {
    return leaf.path().stream().anyMatch(p -> p.contains("成本"));
  }

  /** The leaf's review against its 年度指标值 and 实际完成值. */
  Outcome review(Indicator leaf, BigDecimal weight) {
    Quantity target = Notation.read(leaf.text(Column.BENCHMARK));
    Quantity actual = Notation.read(leaf.text(Column.ACTUAL));
    Kind kind = kind(target, leaf);
    if (kind == Kind.NONE || weight == null || actual.form() == Quantity.Form.EMPTY) {
      return new Outcome(new LeafReview(leaf, kind, target, actual, null, null, null, null, false, null, ""), null);
    }
    if (kind == Kind.QUALITATIVE || actual.form() == Quantity.Form.WORDS && kind == Kind.DATE) {
      return new Outcome(qualitative(leaf, kind, target, actual, weight), null);
    }
    if (kind == Kind.DATE) {
      return new Outcome(deadline(leaf, target, actual, weight), null);
    }
    if (actual.form() != Quantity.Form.NUMBER) {
      return new Outcome(new LeafReview(leaf, kind, target, actual, null, null, null, null, false, null, ""), null);
    }
    if (actual.op() != Quantity.Op.NONE && actual.op() == target.op() && target.value() != null
        && actual.value().compareTo(target.value()) == 0
        && actual.base().equals(target.base())) {
      // 实际完成值 ≥266米 under 年度指标值 ≥266米: the target written again, not a measurement to score by.
      return new Outcome(new LeafReview(leaf, kind, target, actual, null, null, null, null, false, null, ""), null,
          "实际完成值“" + actual.text() + "”只是重复了年度指标值，无法按完成情况核实，请填写实际完成的数值");
    }
    BigDecimal a = comparable(actual, target);
    if (a == null) {
      return new Outcome(new LeafReview(leaf, kind, target, actual, null, null, null, null, false, null, ""),
          "实际完成值“" + actual.text() + "”与年度指标值“" + target.text() + "”的单位不同，无法按完成情况核算");
    }
    return new Outcome(numeric(leaf, kind, target, actual, a, weight), null);
  }

  /** The actual in the target's base unit: a fraction beside a % target becomes a percentage; null if incomparable. */
  private static BigDecimal comparable(Quantity actual, Quantity target) {
    BigDecimal a = actual.value();
    if (actual.base().equals(target.base()) || target.base().isEmpty()) {
      return a;
    }
    if (actual.base().isEmpty()) {
      boolean fraction = target.base().equals("%") && a.abs().compareTo(FRACTION_LIMIT) <= 0
          && target.value() != null && target.value().abs().compareTo(FRACTION_LIMIT) > 0;
      return fraction ? a.multiply(HUNDRED) : a;
    }
    return null;
  }

  private LeafReview numeric(Indicator leaf, Kind kind, Quantity target, Quantity actual, BigDecimal a,
      BigDecimal w) {
    BigDecimal t = target.value();
    String as = actual.text();
    String ts = Notation.withoutOperator(target.text());
    BigDecimal score;
    String how;
    boolean shortfall;
    switch (kind) {
      case POSITIVE -> {
        shortfall = a.compareTo(t) < 0;
        score = positive(a, t, w);
        how = shortfall && t.signum() > 0 ? "实际完成 " + as + " ÷ 年度指标值 " + ts + " × 分值 " + format(w)
            : "实际完成 " + as + "，达到年度指标值 " + target.text();
      }
      case EQUAL -> {
        if (t.signum() == 0) {
          shortfall = a.signum() > 0;
          score = shortfall ? BigDecimal.ZERO : w;
          how = "年度指标值为 0，实际 " + as + (shortfall ? "，不为 0，不得分" : "，得满分");
        } else {
          shortfall = a.compareTo(t) < 0;
          score = positive(a, t, w);
          how = shortfall ? "实际完成 " + as + " ÷ 年度指标值 " + ts + " × 分值 " + format(w)
              : "实际完成 " + as + "，达到年度指标值 " + target.text();
        }
      }
      case NEGATIVE -> {
        shortfall = a.compareTo(t) > 0;
        score = negative(a, t, w);
        how = !shortfall ? "实际 " + as + "，不超过年度指标值 " + target.text()
            : profile.negative() == Profile.Negative.RATIO
                ? "年度指标值 " + ts + " ÷ 实际 " + as + " × 分值 " + format(w)
                : "实际 " + as + " 超过年度指标值 " + ts + "，按超出比例扣减（两倍于目标值时为 0）";
      }
      default -> {
        BigDecimal lo = t;
        BigDecimal hi = target.upper();
        if (a.compareTo(lo) < 0) {
          shortfall = true;
          score = positive(a, lo, w);
          how = "实际 " + as + " 低于区间 " + target.text() + " 的下限，按 实际 ÷ 下限 × 分值 " + format(w);
        } else if (a.compareTo(hi) > 0) {
          shortfall = true;
          score = negative(a, hi, w);
          how = "实际 " + as + " 高于区间 " + target.text() + " 的上限，按超出比例扣减";
        } else {
          shortfall = false;
          score = w;
          how = "实际 " + as + " 在区间 " + target.text() + " 之内";
        }
      }
    }
    BigDecimal rounded = round(score);
    String explanation = "按" + kind.label() + "计算：" + how + " = " + format(rounded) + " 分";
    BigDecimal ratio = t.signum() == 0 ? null : a.divide(t, Decimals.RATIO);
    return new LeafReview(leaf, kind, target, actual, rounded, null, null, null, shortfall, ratio, explanation);
  }

  private static BigDecimal positive(BigDecimal a, BigDecimal t, BigDecimal w) {
    if (a.compareTo(t) >= 0) {
      return w;
    }
    if (t.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return a.signum() <= 0 ? BigDecimal.ZERO : a.divide(t, Decimals.RATIO).multiply(w);
  }

  private BigDecimal negative(BigDecimal a, BigDecimal t, BigDecimal w) {
    if (a.compareTo(t) <= 0) {
      return w;
    }
    if (t.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    if (profile.negative() == Profile.Negative.RATIO) {
      return t.divide(a, Decimals.RATIO).multiply(w);
    }
    if (a.compareTo(t.multiply(TWO)) >= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal over = a.subtract(t).divide(t, Decimals.RATIO);
    return BigDecimal.ONE.subtract(over).multiply(w);
  }

  private LeafReview deadline(Indicator leaf, Quantity target, Quantity actual, BigDecimal w) {
    if (actual.form() != Quantity.Form.DATE) {
      return new LeafReview(leaf, Kind.DATE, target, actual, null, null, null, null, false, null, "");
    }
    boolean sameYears = target.yearGiven() == actual.yearGiven();
    java.time.LocalDate a = sameYears ? actual.localDate() : actual.localDate().withYear(2000);
    java.time.LocalDate d = sameYears ? target.localDate() : target.localDate().withYear(2000);
    boolean late = a.isAfter(d);
    BigDecimal score = late ? BigDecimal.ZERO : w;
    String how = late ? "完成时间“" + actual.text() + "”晚于期限“" + target.text() + "”，不得分"
        : "完成时间“" + actual.text() + "”未超过期限“" + target.text() + "”，得满分";
    return new LeafReview(leaf, Kind.DATE, target, actual, round(score), null, null, null, late, null,
        "按" + Kind.DATE.label() + "计算：" + how + " = " + format(round(score)) + " 分");
  }

  /** A 定性 leaf: its grade from the words, and the self-score brought into the grade's band. */
  private LeafReview qualitative(Indicator leaf, Kind kind, Quantity target, Quantity actual, BigDecimal w) {
    Grade g = grade(actual.text());
    if (g == null) {
      return new LeafReview(leaf, kind, target, actual, null, null, null, null, false, null, "");
    }
    BigDecimal lo = round(w.multiply(g.band().min()));
    BigDecimal hi = round(w.multiply(g.band().max()));
    boolean top = g.band().max().compareTo(BigDecimal.ONE) >= 0;
    BigDecimal self = leaf.score().isNumber() ? leaf.score().value() : null;
    BigDecimal rule = null;
    if (self != null) {
      BigDecimal ceiling = top ? hi : hi.subtract(new BigDecimal("0.01"));
      rule = self.compareTo(lo) < 0 ? lo : self.compareTo(ceiling) > 0 ? ceiling : self;
    }
    String range = format(lo) + " 至 " + format(hi) + " 分" + (top ? "" : "（不含 " + format(hi) + " 分）");
    String explanation = "按" + Kind.QUALITATIVE.label() + "计算：实际完成情况“" + actual.text() + "”属于“" + g.name()
        + "”，可得 " + range;
    return new LeafReview(leaf, Kind.QUALITATIVE, target, actual, rule == null ? null : round(rule), lo, hi, g.name(),
        !g.name().equals("达成"), null, explanation);
  }

  /** A 定性 grade found in the words: its name and band. */
  record Grade(String name, Profile.Band band) {}

  /** The grade the longest vocabulary word found in {@code words} names, or null when none is found. */
  Grade grade(String words) {
    String t = Notation.normalise(words);
    Grade best = null;
    int bestLength = 0;
    Profile.Qualitative q = profile.qualitative();
    for (Grade g : new Grade[] {new Grade("未达成", q.failed()), new Grade("部分达成", q.partial()),
        new Grade("达成", q.achieved())}) {
      for (String w : g.band().words()) {
        if (w.length() > bestLength && t.contains(Notation.normalise(w))) {
          best = g;
          bestLength = w.length();
        }
      }
    }
    return best;
  }

  static BigDecimal round(BigDecimal v) {
    BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }
}
