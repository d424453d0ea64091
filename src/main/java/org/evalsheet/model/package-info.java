/**
 * The data evalsheet works on: indicator tables, their groups and leaves, cell positions and findings. Plain
 * records with no spreadsheet library types; every later stage depends on this package and it depends on none.
 */
package org.evalsheet.model;
