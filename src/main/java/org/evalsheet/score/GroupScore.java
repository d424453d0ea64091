package org.evalsheet.score;

import java.math.BigDecimal;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Group;

/**
 * A group's totals (指标组得分): the sum of its leaves' weights and scores.
 *
 * @param group the group as read
 * @param weight the sum of its leaves' numeric weights
 * @param score the sum of its applicable leaves' effective scores, or null when none of them has a score
 * @param applicableWeight the sum of the weights of its leaves that apply
 */
public record GroupScore(Group group, BigDecimal weight, BigDecimal score, BigDecimal applicableWeight) {

  /** A group all of whose leaves apply. */
  public GroupScore(Group group, BigDecimal weight, BigDecimal score) {
    this(group, weight, score, weight);
  }

  public String name() {
    return group.name();
  }

  public int level() {
    return group.level();
  }

  /** score / applicable weight, or null. */
  public BigDecimal rate() {
    return Decimals.ratio(score, applicableWeight);
  }
}
