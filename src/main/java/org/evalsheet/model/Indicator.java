package org.evalsheet.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A leaf indicator (末级指标): the deepest filled level of one row, with its weight, score and submitted rate.
 *
 * @param path the names from level 1 down to this leaf, normalised ({@code [决策, 项目立项, 立项依据充分性]}),
 *     without the declared weights and without {@code -} placeholders
 * @param row zero-based row of the indicator's first sheet row
 * @param lastRow zero-based last row it spans, including merged rows and continuation rows joined to it
 * @param nameCol zero-based column of the leaf's name cell
 * @param weight the 权重 / 分值 cell, in points (see {@link Scale})
 * @param score the (self-evaluation) 得分 cell, in points
 * @param rate the submitted 得分率 cell ({@link Amount#BLANK} when the table has no such column)
 * @param reviewerScore the reviewer's 复核得分 cell ({@link Amount#BLANK} when the table has no such column), in
 *     points; never used as the self-score
 * @param notApplicable whether the leaf does not apply ({@code 不适用}, {@code 不涉及}, {@code /} in 得分): it is
 *     not counted and the table is rescaled over the applicable weight
 * @param texts the text columns (评分标准, 指标解释, 标杆值, 备注…) with continuation rows joined by a line feed
 * @param columns where this leaf's own cells lie when they differ from the table's columns (the 预算执行率 leaf of
 *     a Ministry 自评表 sits in the funds block, whose 分值 column is not the indicators' one); usually empty
 */
public record Indicator(
    List<String> path,
    int row,
    int lastRow,
    int nameCol,
    Amount weight,
    Amount score,
    Amount rate,
    Amount reviewerScore,
    boolean notApplicable,
    Map<Column, String> texts,
    Map<Column, Integer> columns) {

  public Indicator {
    path = List.copyOf(path);
    texts = Map.copyOf(texts);
    columns = Map.copyOf(columns);
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(rate, "rate");
    reviewerScore = Objects.requireNonNullElse(reviewerScore, Amount.BLANK);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("an indicator needs a name");
    }
  }

  /** A leaf with no reviewer's score that applies, whose cells may lie outside the table's columns. */
  public Indicator(
      List<String> path,
      int row,
      int lastRow,
      int nameCol,
      Amount weight,
      Amount score,
      Amount rate,
      Map<Column, String> texts,
      Map<Column, Integer> columns) {
    this(path, row, lastRow, nameCol, weight, score, rate, Amount.BLANK, false, texts, columns);
  }

  /** A leaf whose cells lie in the table's columns (the usual case). */
  public Indicator(
      List<String> path,
      int row,
      int lastRow,
      int nameCol,
      Amount weight,
      Amount score,
      Amount rate,
      Map<Column, String> texts) {
    this(path, row, lastRow, nameCol, weight, score, rate, texts, Map.of());
  }

  /** The leaf's own name, the last element of the path. */
  public String name() {
    return path.get(path.size() - 1);
  }

  /** Its level: 1 for a level-1 leaf, 3 for the usual 三级指标. */
  public int level() {
    return path.size();
  }

  /** A text column, or the empty string. */
  public String text(Column column) {
    return texts.getOrDefault(column, "");
  }

  /** The same leaf without its text columns: what later stages keep once the rules have been checked. */
  public Indicator withoutTexts() {
    return texts.isEmpty() ? this
        : new Indicator(path, row, lastRow, nameCol, weight, score, rate, reviewerScore, notApplicable, Map.of(),
            columns);
  }
}
