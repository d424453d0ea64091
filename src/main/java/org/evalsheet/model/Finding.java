package org.evalsheet.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a table (问题): severity, a stable code such as {@code SCORE_ABOVE_WEIGHT}, the cell it
 * concerns (may be null when it concerns the whole table) and a Chinese message a clerk can act on.
 */
public record Finding(Severity severity, String code, CellRef cell, String message) implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::cell, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::severity)
          .thenComparing(Finding::code)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** A finding with the code's usual severity. */
  public static Finding of(Code code, CellRef cell, String message) {
    return new Finding(code.severity(), code.name(), cell, message);
  }

  public static Finding error(Code code, CellRef cell, String message) {
    return new Finding(Severity.ERROR, code.name(), cell, message);
  }

  public static Finding warning(Code code, CellRef cell, String message) {
    return new Finding(Severity.WARNING, code.name(), cell, message);
  }

  public static Finding info(Code code, CellRef cell, String message) {
    return new Finding(Severity.INFO, code.name(), cell, message);
  }

  /** Whether this finding has the given code. */
  public boolean is(Code c) {
    return code.equals(c.name());
  }

  /** {@code 指标体系!J12: 错误: 得分 5 超过权重 4}. */
  @Override
  public String toString() {
    return (cell == null ? "" : cell + ": ") + severity.label() + ": " + message;
  }

  @Override
  public int compareTo(Finding o) {
    return ORDER.compare(this, o);
  }
}
