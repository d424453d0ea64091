package org.evalsheet.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  /** The words of a row closing a table, optionally with what it totals in brackets and a colon. */
  private static final Pattern CLOSING = Pattern.compile("^(合计|总计|总分|合计得分|总得分|得分合计|总合计)(?:\\((.*)\\))?:?$");
  /** Brackets that hold the full mark ({@code 合计(100分)}) rather than a group's name. */
  private static final Pattern NUMBERS = Pattern.compile(".*[0-9%].*|分|得分|权重|满分|分值");

  public TotalRow {
    reviewerScore = java.util.Objects.requireNonNullElse(reviewerScore, Amount.BLANK);
  }

  /** A row without a reviewer's score column. */
  public TotalRow(int row, int labelCol, Amount weight, Amount score, Amount rate) {
    this(row, labelCol, weight, score, rate, Amount.BLANK);
  }

  /**
   * What a label says as a 合计 label (合计标签), the one list the reader and the filled copy share: null when it is
   * none, "" when it closes the table ({@code 合计}, {@code 总分}, {@code 合计(100分)}), else the group it names in
   * brackets ({@code 合计（决策）}, a group's total).
   *
   * @param key the label as {@link Text#compact} gives it
   */
  public static String closingLabel(String key) {
    Matcher m = CLOSING.matcher(key);
    if (!m.matches()) {
      return null;
    }
    String inside = m.group(2);
    return inside == null || inside.isEmpty() || NUMBERS.matcher(inside).matches() ? "" : inside;
  }

  /** Whether a label (as {@link Text#compact} gives it) closes a table: {@code 合计}, {@code 总计}, {@code 总分}…. */
  public static boolean closesTable(String key) {
    return "".equals(closingLabel(key));
  }

  /** Whether the row states any number of its own. */
  public boolean hasNumbers() {
    return !weight.isEmpty() || !score.isEmpty();
  }
}
