package org.evalsheet.model;

/**
 * The closing row of a table (合计 / 总计 / 总分 row) as submitted.
 *
 * @param row zero-based row index
 * @param labelCol zero-based column of the 合计 label
 * @param weight its 权重 cell
 * @param score its 得分 cell
 * @param rate its 得分率 cell ({@link Amount#BLANK} when the table has no such column)
 */
public record TotalRow(int row, int labelCol, Amount weight, Amount score, Amount rate) {}
