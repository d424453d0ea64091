/**
 * Reading (读取): turns an untrusted workbook into model records. {@link org.evalsheet.read.WorkbookReader} is the
 * whole public face; behind it two halves meet only at {@link org.evalsheet.read.grid.Grid}: the container
 * ({@code read.xlsx}: zip and OLE2 checks, the streaming SAX reader, POI's usermodel for .xls and what the streaming
 * reader declines) and the understanding of a table ({@code read.table}: header, rows, groups, weights, funds block,
 * unit), which never sees POI. Depends on {@code model}, {@code profile} and its own sub-packages.
 */
package org.evalsheet.read;
