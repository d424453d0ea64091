/**
 * The container (工作簿容器): reads an untrusted file into memory once ({@link org.evalsheet.read.xlsx.WorkbookFile}:
 * its bytes, its zip directory read by the JDK's rules, entries inflated on first use within bounds), inspects it
 * there (zip bombs, encryption, renamed files, DOCTYPE), reads .xlsx/.xlsm sheet XML with SAX from that copy — the
 * package structure as POI's {@code OPCPackage} would see it, without building one — and .xls through POI's
 * usermodel, and hands each visible sheet over as a {@link org.evalsheet.read.grid.Grid}.
 * {@link org.evalsheet.read.xlsx.WorkbookLoader} is the door; the writer also uses
 * {@link org.evalsheet.read.xlsx.WorkbookFile} (the copy the reader read, which the filled copy is patched from),
 * {@link org.evalsheet.read.xlsx.WorkbookOpener} (the same checks before POI opens a file) and
 * {@link org.evalsheet.read.xlsx.OptionalParts} (damaged parts the copy leaves out). Knows nothing of tables.
 */
package org.evalsheet.read.xlsx;
