package org.evalsheet.score;

import java.math.BigDecimal;
import org.evalsheet.model.Group;

/**
 * A group's totals (指标组得分): the sum of its leaves' weights and scores.
 *
 * @param group the group as read
 * @param weight the sum of its leaves' numeric weights
 * @param score the sum of its leaves' effective scores, or null when none of them has a score
 */
public record GroupScore(Group group, BigDecimal weight, BigDecimal score) {

  public String name() {
    return group.name();
  }

  public int level() {
    return group.level();
  }
}
