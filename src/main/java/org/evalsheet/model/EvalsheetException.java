package org.evalsheet.model;

/** The root of evalsheet's exceptions: work on one input cannot go on. The message names the file. */
public class EvalsheetException extends Exception {
  private static final long serialVersionUID = 1L;

  public EvalsheetException(String message, Throwable cause) {
    super(message, cause);
  }
}
