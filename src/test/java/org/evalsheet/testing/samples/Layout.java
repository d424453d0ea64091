package org.evalsheet.testing.samples;

import java.util.List;

/**
 * How a department laid out its table (表样): which columns under which header names, what sits above the header,
 * how numbers were typed and how the 合计 row was made. The seed's layout is {@link #seed()}; the others vary one
 * habit at a time.
 *
 * @param columns the columns left to right
 * @param headers the header text of each column (synonyms such as 分值 or 自评得分)
 * @param above rows above the header, top first; the first is the title and is merged across the table
 * @param merge whether level labels are merged over their children (false: pasted from PDF, label on first row only)
 * @param fullWidth whether group labels use full-width brackets ({@code 决策（20分）})
 * @param numbers how weights and scores were typed
 * @param total how the 合计 row was made
 * @param totalLabel the closing row's label (合计, 合 计, 总计)
 * @param typedScoreTotal the 合计 得分 a clerk typed by hand (null: the true sum)
 * @param rateFormulas whether 得分率 holds {@code =得分/权重} formulas (false: left empty)
 * @param pdf whether labels are broken by line feeds and long texts continue on the next row, as pasted from PDF
 * @param groupRows whether groups stand on rows of their own (outline) or are closed by 小计 rows
 */
record Layout(
    List<Col> columns,
    List<String> headers,
    List<List<String>> above,
    boolean merge,
    boolean fullWidth,
    Numbers numbers,
    Total total,
    String totalLabel,
    String typedScoreTotal,
    boolean rateFormulas,
    boolean pdf,
    GroupRows groupRows) {

  /** A column's meaning. */
  enum Col { L1, L2, L3, L4, WEIGHT, EXPL, BENCH, RULE, REMARK, SCORE, RATE }

  /** How numbers were typed: as numbers, as plain text, or as text with the habits of real clerks mixed in. */
  enum Numbers { NUMBER, TEXT, TEXT_MIXED }

  /**
   * Rows that state a group's totals: none (labels merged over their leaves), an outline row of its own for every
   * level-1 and level-2 group holding its weight and score, or a {@code 决策小计} row closing each level-1 group.
   */
  enum GroupRows { NONE, OUTLINE, SUBTOTALS }

  /** How the 合计 row was made: SUM formulas with cached values, typed numbers, or typed text. */
  enum Total { FORMULA, NUMBER, TEXT }

  Layout {
    columns = List.copyOf(columns);
    headers = List.copyOf(headers);
    above = above.stream().map(List::copyOf).toList();
    if (columns.size() != headers.size()) {
      throw new IllegalArgumentException("columns and headers differ in length");
    }
  }

  /** The seed's 11 columns, a title row and a 预算部门 line, merged labels, SUM formulas, 得分率 empty. */
  static Layout seed(String title, String unitLine) {
    return new Layout(
        List.of(Col.values()),
        List.of("一级指标", "二级指标", "三级指标", "四级指标", "权重", "指标解释", "标杆值", "评分标准", "备注", "得分", "得分率"),
        List.of(List.of(title), List.of(unitLine)),
        true, false, Numbers.NUMBER, Total.FORMULA, "合计", null, false, false, GroupRows.NONE);
  }

  Layout withColumns(List<Col> cols, List<String> names) {
    return new Layout(cols, names, above, merge, fullWidth, numbers, total, totalLabel, typedScoreTotal,
        rateFormulas, pdf, groupRows);
  }

  Layout withAbove(List<List<String>> rows) {
    return new Layout(columns, headers, rows, merge, fullWidth, numbers, total, totalLabel, typedScoreTotal,
        rateFormulas, pdf, groupRows);
  }

  Layout withText(Numbers n, Total t, boolean fullWidthBrackets) {
    return new Layout(columns, headers, above, merge, fullWidthBrackets, n, t, totalLabel, typedScoreTotal,
        rateFormulas, pdf, groupRows);
  }

  Layout withTypedTotal(String score) {
    return new Layout(columns, headers, above, merge, fullWidth, numbers, Total.NUMBER, totalLabel, score,
        rateFormulas, pdf, groupRows);
  }

  Layout withRateFormulas() {
    return new Layout(columns, headers, above, merge, fullWidth, numbers, total, totalLabel, typedScoreTotal,
        true, pdf, groupRows);
  }

  Layout pastedFromPdf() {
    return new Layout(columns, headers, above, false, true, Numbers.TEXT, Total.TEXT, "合 计", typedScoreTotal,
        false, true, groupRows);
  }

  /** The same layout with group rows; an outline has no merged labels, and both total their 合计 by numbers. */
  Layout withGroupRows(GroupRows rows) {
    return new Layout(columns, headers, above, rows != GroupRows.OUTLINE && merge, fullWidth, numbers, Total.NUMBER,
        totalLabel, typedScoreTotal, rateFormulas, pdf, rows);
  }

  int index(Col c) {
    return columns.indexOf(c);
  }

  int levelColumns() {
    return (int) columns.stream().filter(c -> c.ordinal() <= Col.L4.ordinal()).count();
  }
}
