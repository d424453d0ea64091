/**
 * Writing: the filled copy of a submitted workbook (填好的副本), the 评价结论 sheet, the consolidated summary workbook
 * and the JSON report. Uses the model and the score results; never modifies an input file and knows nothing of
 * batches or the command line. A filled .xlsx/.xlsm is written by patching its zip ({@code XlsxPatch*}: unchanged
 * entries copied, changed parts spliced); .xls files and shapes the patcher does not handle go through POI.
 */
package org.evalsheet.write;
