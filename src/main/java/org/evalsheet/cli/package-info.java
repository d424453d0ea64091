/**
 * The command line: parses arguments, runs the stages and prints. The only package that writes to the console
 * or exits the JVM.
 */
package org.evalsheet.cli;
