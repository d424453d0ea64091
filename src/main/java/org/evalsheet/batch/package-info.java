/**
 * Folders of submissions: runs every file through the stages in parallel, records how each ended, writes the
 * round's outputs and watches a drop folder. Prints nothing; the command line reports its progress.
 */
package org.evalsheet.batch;
