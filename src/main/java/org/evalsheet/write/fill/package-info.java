/**
 * The filled copy (填好的副本) of a submitted workbook: 得分率, totals, marked cells with their reasons, and the
 * 评价结论 sheet. A filled .xlsx/.xlsm is written by patching its zip ({@code XlsxPatch*}: unchanged entries copied,
 * changed parts spliced); .xls files and shapes the patcher does not handle go through POI's usermodel
 * ({@code Fill*}). {@link org.evalsheet.write.fill.FilledCopyWriter} is the one entry.
 */
package org.evalsheet.write.fill;
