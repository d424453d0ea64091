package org.evalsheet.validate;

import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Profile;
import org.evalsheet.profile.ProfileReader;

/**
 * Checks one indicator table (校验): weights, scores, rates, group and table sums, the 合计 row, duplicates and
 * scoring rules. Problems come back as findings, never as exceptions.
 *
 * <p>Codes and severities: errors {@code WEIGHT_TOTAL_NOT_100} (a warning when the table is
 * consistently on a full mark of its own), {@code GROUP_WEIGHT_MISMATCH}, {@code GROUP_SCORE_MISMATCH},
 * {@code WEIGHT_MISSING}, {@code WEIGHT_NOT_NUMBER}, {@code WEIGHT_NEGATIVE}, {@code SCORE_MISSING},
 * {@code SCORE_NOT_NUMBER}, {@code SCORE_NEGATIVE}, {@code SCORE_ABOVE_WEIGHT}, {@code TOTAL_ROW_MISMATCH};
 * warnings {@code RATE_MISMATCH}, {@code RATE_NOT_NUMBER}, {@code DUPLICATE_INDICATOR};
 * {@code SCORE_NOT_ALLOWED_BY_RULE} as the profile's {@code scoreNotInRule} says (an info by default); infos
 * {@code TOTAL_ROW_MISSING}, {@code SCORE_FROM_RATE}, {@code TEMPLATE_NO_SCORES}, {@code REVIEWER_SCORE_DIFFERS}; and the reader's notes ({@code GROUP_ROWS},
 * {@code SUBTOTAL_ROW}, {@code WEIGHT_SCALE}, {@code NOT_APPLICABLE}, {@code REVIEWER_COLUMN}…).
 */
public final class Validator {
  private Validator() {}

  /**
   * Validates a table.
   *
   * @param table the table as read
   * @return the reader's notes and every finding of the checks, sorted by position
   */
  public static List<Finding> validate(IndicatorTable table) {
    return validate(table, ProfileReader.defaults());
  }

  /**
   * Validates a table under a bureau's rules: its full mark (a fixed one, or the table's own).
   *
   * @param table the table as read
   * @param profile the rules
   * @return the reader's notes and every finding of the checks, sorted by position
   */
  public static List<Finding> validate(IndicatorTable table, Profile profile) {
    List<Finding> out = new ArrayList<>(table.notes());
    boolean template = Submitted.isTemplate(table);
    LeafChecks.check(table, template, profile, out);
    SumChecks.check(table, template, profile, out);
    GradeCheck.check(table, profile, template, out);
    out.sort(null);
    return List.copyOf(out);
  }

}
