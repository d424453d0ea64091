/**
 * The container (工作簿容器): sniffs and inspects an untrusted file (zip bombs, encryption, renamed files, DOCTYPE),
 * reads .xlsx/.xlsm sheet XML with SAX and .xls through POI's usermodel, and hands each visible sheet over as a
 * {@link org.evalsheet.read.grid.Grid}. {@link org.evalsheet.read.xlsx.WorkbookLoader} is the door; the writer also
 * uses {@link org.evalsheet.read.xlsx.WorkbookOpener} (the same checks before POI opens a file) and
 * {@link org.evalsheet.read.xlsx.OptionalParts} (damaged parts the copy leaves out). Knows nothing of tables.
 */
package org.evalsheet.read.xlsx;
