package org.evalsheet.model;

import java.nio.file.Path;

/**
 * An input that cannot be read as a workbook (无法读取): damaged, encrypted, not a spreadsheet, too large or too
 * slow. {@link #reason()} is a short Chinese reason a clerk understands, such as {@code 文件已损坏}.
 */
public class UnreadableFileException extends EvalsheetException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String reason;

  public UnreadableFileException(Path file, String reason, Throwable cause) {
    super(file.getFileName() + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  public UnreadableFileException(Path file, String reason) {
    this(file, reason, null);
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }

  /** The Chinese reason shown to users: 文件已损坏, 文件受密码保护, 不是 Excel 工作簿… */
  public String reason() {
    return reason;
  }
}
