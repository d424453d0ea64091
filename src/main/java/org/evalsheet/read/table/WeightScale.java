package org.evalsheet.read.table;

import java.math.BigDecimal;
import java.util.List;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Scale;
import org.evalsheet.model.TotalRow;

/**
 * Decides how a table wrote its weights (分值口径) and brings its numbers to points on 100: weights that add up to 1
 * ({@code 0.03}…) or are written as percentages ({@code 3%}, a 0% format) are a scale, not points. Scores follow
 * the weights' scale when they stay within the fractional weights, and are points when most exceed them.
 */
final class WeightScale {
  private WeightScale() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal LOW = new BigDecimal("0.5");
  private static final BigDecimal HIGH = new BigDecimal("1.5");

  /** One leaf's submitted weight and score, as read. */
  record Pair(Amount weight, Amount score) {}

  /**
   * The scale of a table from its leaves.
   *
   * @param leaves every applicable leaf's weight and score
   * @return points unless most weights are percentages or all are fractions adding up to about 1
   */
  static Scale detect(List<Pair> leaves) {
    int numbers = 0;
    int percent = 0;
    boolean allSmall = true;
    BigDecimal sum = BigDecimal.ZERO;
    for (Pair p : leaves) {
      Amount w = p.weight();
      if (!w.isNumber()) {
        continue;
      }
      numbers++;
      percent += w.percent() ? 1 : 0;
      allSmall &= w.value().compareTo(BigDecimal.ONE) <= 0 && w.value().signum() >= 0;
      sum = sum.add(w.value());
    }
    boolean aboutOne = sum.compareTo(LOW) >= 0 && sum.compareTo(HIGH) <= 0;
    if (numbers < 2 || !aboutOne || !allSmall) {
      return Scale.POINTS;
    }
    Scale.Kind kind = percent * 2 > numbers ? Scale.Kind.PERCENT : Scale.Kind.FRACTION;
    return new Scale(kind, HUNDRED, scoresFollow(leaves) ? HUNDRED : BigDecimal.ONE);
  }

  /** Whether the scores are on the weights' fractional scale: most of them stay within their weight. */
  private static boolean scoresFollow(List<Pair> leaves) {
    int compared = 0;
    int above = 0;
    int percent = 0;
    for (Pair p : leaves) {
      if (!p.weight().isNumber() || !p.score().isNumber() || p.score().value().signum() == 0) {
        continue;
      }
      compared++;
      percent += p.score().percent() ? 1 : 0;
      above += p.score().value().compareTo(p.weight().value()) > 0 ? 1 : 0;
    }
    return percent * 2 > compared || above * 2 <= compared;
  }

  /** The info a clerk reads about the scale decided, or null for plain points. */
  static String describe(Scale scale, boolean headerPercent, BigDecimal rawWeightSum) {
    if (!scale.converted()) {
      return headerPercent ? "权重列标为百分比（%），各项权重按分值读取（合计 " + Decimals.format(rawWeightSum) + "）" : null;
    }
    String weights = scale.kind() == Scale.Kind.PERCENT
        ? "权重以百分比填写（如 3%），按百分制读作分值（3% 即 3 分）"
        : "权重按占比填写（合计为 " + Decimals.format(rawWeightSum) + "），已乘以 100 按百分制核对和评价";
    String scores = scale.scoreFactor().compareTo(BigDecimal.ONE) == 0
        ? "；得分按分值填写，不折算。" : "；得分与权重同一口径，同样乘以 100。";
    return weights + scores;
  }

  static Amount weight(Amount a, Scale s) {
    return times(a, s.weightFactor());
  }

  static Amount score(Amount a, Scale s) {
    return times(a, s.scoreFactor());
  }

  /** A group's declared weight: a label's {@code (0.2)} follows the weights' scale, {@code (20分)} is points. */
  static BigDecimal declared(BigDecimal declared, Scale s) {
    if (declared == null || !s.converted() || declared.compareTo(BigDecimal.ONE) > 0) {
      return declared;
    }
    return normal(declared.multiply(s.weightFactor()));
  }

  static TotalRow row(TotalRow row, Scale s) {
    if (row == null || !s.converted()) {
      return row;
    }
    return new TotalRow(row.row(), row.labelCol(), weight(row.weight(), s), score(row.score(), s), row.rate(),
        score(row.reviewerScore(), s));
  }

  private static Amount times(Amount a, BigDecimal factor) {
    if (!a.isNumber() || factor.compareTo(BigDecimal.ONE) == 0) {
      return a;
    }
    return new Amount(Amount.Kind.NUMBER, normal(a.value().multiply(factor)), a.text(), a.percent());
  }

  private static BigDecimal normal(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
