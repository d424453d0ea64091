/**
 * The summary workbook (汇总表) of a round: one row per table with ranks and level-1 scores, the findings, the
 * deductions, the indicators, failed and missing submissions and the statistics with charts, streamed straight to
 * SpreadsheetML ({@code SummaryXlsx}) so that ten thousand tables fit in little memory.
 */
package org.evalsheet.write.summary;
