package org.evalsheet.model;

/** How serious a finding is (问题级别); the Chinese label is what a clerk sees. */
public enum Severity {
  ERROR("错误"),
  WARNING("警告"),
  INFO("提示");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The Chinese word shown to users: 错误, 警告 or 提示. */
  public String label() {
    return label;
  }

  /** The lower-case English key used in JSON: error, warning, info. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
