package org.evalsheet.score;

import java.util.Locale;

/** How an input file ended (处理结果). */
public enum Status {
  /** Tables read, no error findings. */
  OK("通过"),
  /** Tables read, with error findings: the file must go back (需退回); its tables are not graded or ranked. */
  INVALID("需退回"),
  /**
   * Could not be read, holds no indicator table, or is no Excel workbook at all (a .docx, a .pdf sent instead); the
   * reason says why. It must be sent again.
   */
  REJECTED("无法处理"),
  /** Not a submission: lock files, hidden and temporary files, files of no kind a department sends. */
  IGNORED("已忽略");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The JSON key: ok, invalid, rejected, ignored. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
