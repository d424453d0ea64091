/**
 * Validation (校验): the rules a submitted indicator table must satisfy, returned as sorted {@code Finding} values
 * that a clerk can act on; never throws for bad data. Depends only on {@code model}; touches no files and no
 * spreadsheet library.
 */
package org.evalsheet.validate;
