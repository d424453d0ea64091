/**
 * The understanding of a table (指标表解析): finds the header by meaning, classifies each row (leaf, outline group,
 * 小计, 合计, continuation, template remnant, 其中 detail, 不适用), reads the weight scale, the Ministry form's funds
 * block and the unit. Works on a {@link org.evalsheet.read.grid.Grid} only: no POI, no XML, no files
 * ({@code LayeringTest}); {@link org.evalsheet.read.table.TableParser} is its one entry. Every decision it takes on
 * its own becomes an info finding.
 */
package org.evalsheet.read.table;
