/**
 * The filled copy (填好的副本) of a submitted workbook: 得分率, totals, marked cells with their reasons, and the
 * 评价结论 sheet. What the copy says is planned once ({@code Fill*}: {@code FillPlan}, the value; {@code FillTable},
 * a table's cells; {@code FillConclusionSheet}, the 评价结论 sheet) and drawn by one of two writers: the zip patcher
 * for .xlsx/.xlsm ({@code XlsxPatch*}: unchanged entries copied, changed parts spliced), or POI's usermodel for
 * .xls and the shapes the patcher does not handle ({@code Usermodel*}, which alone adds a missing 合计 row or 得分率
 * column). {@link org.evalsheet.write.fill.FilledCopyWriter} is the one entry.
 */
package org.evalsheet.write.fill;
