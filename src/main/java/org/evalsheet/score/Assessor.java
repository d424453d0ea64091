package org.evalsheet.score;

import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Profile;
import org.evalsheet.review.Review;
import org.evalsheet.review.Reviewer;
import org.evalsheet.validate.Validator;

/**
 * Checks, reviews and scores one table in one step (评价): the validator's findings and the review's (自评复核)
 * beside the scorer's evaluation, all under one bureau's rules.
 */
public final class Assessor {
  private Assessor() {}

  /**
   * Validates, reviews and scores a table under a bureau's rules.
   *
   * @param table the table as read
   * @param profile the rules
   * @return the table, its sorted findings, its evaluation and its review
   */
  public static TableResult assess(IndicatorTable table, Profile profile) {
    List<Finding> findings = new ArrayList<>(Validator.validate(table, profile));
    Review review = Reviewer.review(table, profile);
    findings.addAll(review.findings());
    return new TableResult(table, findings, Scorer.score(table, profile), review);
  }
}
