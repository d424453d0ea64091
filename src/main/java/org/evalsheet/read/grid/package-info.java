/**
 * The grid (单元格网格): one sheet as plain values, merged regions and hidden rows, with the coordinate checks every
 * number taken from a file passes. The one contract between the container ({@code read.xlsx}) and the table logic
 * ({@code read.table}); it imports neither, nor any spreadsheet library.
 */
package org.evalsheet.read.grid;
