package org.evalsheet.score;

import java.math.BigDecimal;
import org.evalsheet.model.Indicator;

/**
 * Points lost on one leaf (扣分): weight − score, only when positive.
 *
 * @param indicator the leaf
 * @param weight its weight
 * @param score its effective score
 * @param points weight − score, greater than zero
 */
public record Deduction(Indicator indicator, BigDecimal weight, BigDecimal score, BigDecimal points) {

  public String name() {
    return indicator.name();
  }
}
