/**
 * Reading: opens untrusted workbooks safely and turns every indicator table in them into model records. The only
 * package that touches input cells; it knows the model and nothing after it. {@link
 * org.evalsheet.read.WorkbookReader} is the one entry point: a POI loader copies each sheet into a plain grid of
 * values and merged regions, and the table logic (header, cover rows, hierarchy) works on that grid alone, so the
 * source of cells can be swapped for a streaming reader.
 */
package org.evalsheet.read;
