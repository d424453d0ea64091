package org.evalsheet.score;

import org.evalsheet.model.IndicatorTable;
import org.evalsheet.validate.Validator;

/** Checks and scores one table in one step (评价): the validator's findings beside the scorer's evaluation. */
public final class Assessor {
  private Assessor() {}

  /**
   * Validates and scores a table.
   *
   * @param table the table as read
   * @param scale the grade bands
   * @return the table, its sorted findings and its evaluation
   */
  public static TableResult assess(IndicatorTable table, GradeScale scale) {
    return new TableResult(table, Validator.validate(table), Scorer.score(table, scale));
  }
}
