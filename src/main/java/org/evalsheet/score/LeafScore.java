package org.evalsheet.score;

import java.math.BigDecimal;
import org.evalsheet.model.Indicator;

/**
 * A leaf's effective score (末级指标得分) after scoring.
 *
 * @param indicator the leaf as read
 * @param score the submitted score, or the one derived from a submitted 得分率; null when neither is usable or the
 *     leaf does not apply
 * @param rate score / weight, or null when either is missing or the weight is zero
 * @param derivedFromRate whether {@code score} was computed from a submitted 得分率 because 得分 was empty
 */
public record LeafScore(Indicator indicator, BigDecimal score, BigDecimal rate, boolean derivedFromRate) {

  /** Whether the leaf does not apply (不适用) and so counts for nothing. */
  public boolean notApplicable() {
    return indicator.notApplicable();
  }
}
