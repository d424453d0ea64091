package org.evalsheet.score;

import java.util.Locale;

/** How an input file ended (处理结果). */
public enum Status {
  /** Tables read, no error findings. */
  OK("通过"),
  /** Tables read, with error findings. */
  INVALID("有错误"),
  /** Could not be read or holds no indicator table; the reason says why. */
  REJECTED("无法处理"),
  /** Not a submission: lock files, hidden and temporary files, files that are not spreadsheets. */
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
