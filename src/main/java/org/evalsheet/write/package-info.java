/**
 * Writing: the filled copy of a submitted workbook (填好的副本), the 评价结论 sheet, the consolidated summary workbook
 * and the JSON report. Uses the model and the score results; never modifies an input file and knows nothing of
 * batches or the command line.
 */
package org.evalsheet.write;
