package org.evalsheet.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A bureau's rules (评分规则): how tables are graded and reviewed. Built in are {@code qingdao} (the seed report's
 * bands, the default) and {@code mof} (财预〔2020〕10号's national defaults); a bureau writes its own as a file.
 *
 * @param name the profile's name, shown in reports
 * @param grades the grade bands
 * @param fullMark the full mark a table must have: null for "its own" (a table consistently on 120 is evaluated on
 *     120, with a warning), or a number (100) every table must reach (an error otherwise)
 * @param tolerance how far a self-score may differ from the rule's before the review says so
 * @param negative how a 反向 (≤) indicator above its target scores
 * @param overAchievement actual ÷ target from which a 正向 indicator needs a reason (the target was set too low),
 *     or null for no check
 * @param qualitative the 定性 vocabulary and the share of 分值 each grade earns
 * @param deviationReasonRequired whether a score below 分值, or an actual short of its target, needs a 偏差原因
 * @param notApplicable how leaves that do not apply count
 * @param executionCap the most a total may be when the funds block's 执行率 is low; empty for no cap
 * @param scoreNotInRule how loudly a score that no reading of its 评分标准 gives is reported: evaluators commonly
 *     deduct part of an element (the seed gives 2.5 of 3 under "4项各占1/4"), so by default it is only an info
 */
public record Profile(
    String name,
    GradeScale grades,
    BigDecimal fullMark,
    BigDecimal tolerance,
    Negative negative,
    BigDecimal overAchievement,
    Qualitative qualitative,
    boolean deviationReasonRequired,
    NotApplicable notApplicable,
    List<Cap> executionCap,
    ScoreNotInRule scoreNotInRule) {

  /** How a score that its scoring rule cannot give (得分不是评分标准可得的分值) is reported. */
  public enum ScoreNotInRule {
    /** A warning (警告): yellow in the copy, listed in 问题清单. */
    WARNING,
    /** An info (提示), the default: on the 提示 sheet, not in the console unless asked. */
    INFO,
    /** Not reported at all. */
    OFF
  }

  /** How a 反向 (≤) indicator above its target scores. */
  public enum Negative {
    /** Falling linearly to 0 at twice the target: (1 − (actual − target) ÷ target) × 分值. */
    LINEAR,
    /** target ÷ actual × 分值. */
    RATIO
  }

  /** How a leaf that does not apply (不适用) counts. */
  public enum NotApplicable {
    /** Left out, and the table rescaled over the weight that applies (适用指标得分汇总后按百分制折算). */
    RESCALE,
    /** Counted as 0 of its weight. */
    ZERO
  }

  /**
   * One grade of a 定性 indicator: the words that mean it and the share of 分值 it earns, {@code [min, max)} (max
   * included when it is 1).
   */
  public record Band(List<String> words, BigDecimal min, BigDecimal max) {
    public Band {
      words = List.copyOf(words);
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
    }
  }

  /** The 定性 grades: 达成, 部分达成, 未达成. */
  public record Qualitative(Band achieved, Band partial, Band failed) {
    public Qualitative {
      Objects.requireNonNull(achieved, "achieved");
      Objects.requireNonNull(partial, "partial");
      Objects.requireNonNull(failed, "failed");
    }
  }

  /** A cap of the total: an 执行率 in {@code [from, to)} allows a total of at most {@code max}. */
  public record Cap(BigDecimal from, BigDecimal to, BigDecimal max) {
    public Cap {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(max, "max");
    }
  }

  public Profile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(grades, "grades");
    Objects.requireNonNull(tolerance, "tolerance");
    Objects.requireNonNull(negative, "negative");
    Objects.requireNonNull(qualitative, "qualitative");
    Objects.requireNonNull(notApplicable, "notApplicable");
    executionCap = executionCap == null ? List.of() : List.copyOf(executionCap);
    scoreNotInRule = Objects.requireNonNullElse(scoreNotInRule, ScoreNotInRule.INFO);
  }

  /** Rules with the default {@link ScoreNotInRule#INFO} for scores outside their 评分标准. */
  public Profile(String name, GradeScale grades, BigDecimal fullMark, BigDecimal tolerance, Negative negative,
      BigDecimal overAchievement, Qualitative qualitative, boolean deviationReasonRequired,
      NotApplicable notApplicable, List<Cap> executionCap) {
    this(name, grades, fullMark, tolerance, negative, overAchievement, qualitative, deviationReasonRequired,
        notApplicable, executionCap, ScoreNotInRule.INFO);
  }

  /** Whether a table may be on a full mark of its own (no fixed full mark). */
  public boolean ownFullMark() {
    return fullMark == null;
  }

  /** The same rules with other grade bands ({@code --grades}). */
  public Profile withGrades(GradeScale bands) {
    return new Profile(name, bands, fullMark, tolerance, negative, overAchievement, qualitative,
        deviationReasonRequired, notApplicable, executionCap, scoreNotInRule);
  }

  /** The cap the total is held to at an 执行率, or null when none applies. */
  public BigDecimal capAt(BigDecimal executionRate) {
    if (executionRate == null) {
      return null;
    }
    for (Cap c : executionCap) {
      if (executionRate.compareTo(c.from()) >= 0 && executionRate.compareTo(c.to()) < 0) {
        return c.max();
      }
    }
    return null;
  }
}
