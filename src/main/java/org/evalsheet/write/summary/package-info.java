/**
 * The summary workbook (汇总表) of a round: one row per table with its status first, grades and ranks for passing
 * tables, the files to send back, the findings by severity, the deductions, the indicators, the roster check, the
 * statistics with charts and a sheet saying how it was made, streamed straight to SpreadsheetML
 * ({@code SummaryXlsx}) so that ten thousand tables fit in little memory. May not touch the inputs or the copies.
 */
package org.evalsheet.write.summary;
