/**
 * Scoring: totals, 得分率, grades, deductions and the conclusion text of a table, as pure functions over the
 * model, plus the result records later stages consume. Touches no files and no spreadsheet library.
 */
package org.evalsheet.score;
