package org.evalsheet.validate;

/** The stable finding codes (问题代码) the validator emits; JSON and tests rely on these strings. */
final class Codes {
  private Codes() {}

  static final String WEIGHT_TOTAL_NOT_100 = "WEIGHT_TOTAL_NOT_100";
  static final String GROUP_WEIGHT_MISMATCH = "GROUP_WEIGHT_MISMATCH";
  static final String GROUP_SCORE_MISMATCH = "GROUP_SCORE_MISMATCH";
  static final String REVIEWER_SCORE_DIFFERS = "REVIEWER_SCORE_DIFFERS";
  static final String WEIGHT_MISSING = "WEIGHT_MISSING";
  static final String WEIGHT_NOT_NUMBER = "WEIGHT_NOT_NUMBER";
  static final String WEIGHT_NEGATIVE = "WEIGHT_NEGATIVE";
  static final String SCORE_MISSING = "SCORE_MISSING";
  static final String SCORE_NOT_NUMBER = "SCORE_NOT_NUMBER";
  static final String SCORE_NEGATIVE = "SCORE_NEGATIVE";
  static final String SCORE_ABOVE_WEIGHT = "SCORE_ABOVE_WEIGHT";
  static final String TOTAL_ROW_MISMATCH = "TOTAL_ROW_MISMATCH";
  static final String RATE_MISMATCH = "RATE_MISMATCH";
  static final String RATE_NOT_NUMBER = "RATE_NOT_NUMBER";
  static final String DUPLICATE_INDICATOR = "DUPLICATE_INDICATOR";
  static final String SCORE_NOT_ALLOWED_BY_RULE = "SCORE_NOT_ALLOWED_BY_RULE";
  static final String TOTAL_ROW_MISSING = "TOTAL_ROW_MISSING";
  static final String SCORE_FROM_RATE = "SCORE_FROM_RATE";
  static final String TEMPLATE_NO_SCORES = "TEMPLATE_NO_SCORES";
}
