package org.evalsheet.model;

/**
 * A row stating totals as submitted (合计行): the closing 合计 / 总计 / 总分 row of a table, a 小计 row closing a
 * group, or the row of an outline group's own label.
 *
 * @param row zero-based row index
 * @param labelCol zero-based column of its label
 * @param weight its 权重 cell
 * @param score its 得分 cell
 * @param rate its 得分率 cell ({@link Amount#BLANK} when the table has no such column)
 * @param reviewerScore its 复核得分 cell ({@link Amount#BLANK} when the table has no such column)
 */
public record TotalRow(int row, int labelCol, Amount weight, Amount score, Amount rate, Amount reviewerScore) {

  public TotalRow {
    reviewerScore = java.util.Objects.requireNonNullElse(reviewerScore, Amount.BLANK);
  }

  /** A row without a reviewer's score column. */
  public TotalRow(int row, int labelCol, Amount weight, Amount score, Amount rate) {
    this(row, labelCol, weight, score, rate, Amount.BLANK);
  }

  /** Whether the row states any number of its own. */
  public boolean hasNumbers() {
    return !weight.isEmpty() || !score.isEmpty();
  }
}
