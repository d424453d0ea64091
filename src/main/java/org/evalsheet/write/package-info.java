/**
 * Writing (写出): what the filled copy ({@code write.fill}) and the summary workbook ({@code write.summary}) share
 * (atomic replacement of an output, SpreadsheetML text escaping) and the JSON report. Uses the model and the score
 * results; never modifies an input file and knows nothing of batches or the command line.
 */
package org.evalsheet.write;
