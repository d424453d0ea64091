package org.evalsheet.cli;

/** A command line that cannot be run as given (用法错误); the message is shown to the user in Chinese. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
