/**
 * Reading: opens untrusted workbooks safely and turns every indicator table in them into model records. The only
 * package that touches input cells; it knows the model and nothing after it. {@link
 * org.evalsheet.read.WorkbookReader} is the one entry point: a loader copies each sheet into a plain grid of
 * values and merged regions, and the table logic (header, cover rows, hierarchy) works on that grid alone. Two
 * loaders give the same grid: a streaming SAX reader over the sheet XML of .xlsx/.xlsm packages (the fast path), and
 * POI's usermodel for .xls files and for workbooks only it can read (formulas without cached values).
 */
package org.evalsheet.read;
