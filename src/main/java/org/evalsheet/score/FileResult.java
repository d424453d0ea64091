package org.evalsheet.score;

import java.util.List;
import java.util.Objects;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Severity;

/**
 * How one input file ended (文件结果): its status, the reason when rejected or ignored, and its tables.
 *
 * @param file the file as shown to users: its path relative to the inbox, or as given on the command line
 * @param status ok, invalid, rejected or ignored
 * @param reason a Chinese reason for rejected and ignored files, null otherwise
 * @param tables the tables read (empty for rejected and ignored files)
 */
public record FileResult(String file, Status status, String reason, List<TableResult> tables) {

  public FileResult {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(status, "status");
    tables = List.copyOf(tables);
  }

  /** A file whose tables were read: invalid when any table has an error finding, else ok. */
  public static FileResult read(String file, List<TableResult> tables) {
    boolean errors = tables.stream().anyMatch(t -> t.errors() > 0);
    return new FileResult(file, errors ? Status.INVALID : Status.OK, null, tables);
  }

  /**
   * The file's first error by table and position as a clerk reads it ({@code Sheet1!B15：分组“产出数量”…}), or "" when
   * it has none.
   */
  public String firstError() {
    for (TableResult t : tables) {
      for (Finding f : t.findings()) {
        if (f.severity() == Severity.ERROR) {
          return (f.cell() == null ? t.table().sheet() : f.cell().toString()) + "：" + f.message();
        }
      }
    }
    return "";
  }

  public static FileResult rejected(String file, String reason) {
    return new FileResult(file, Status.REJECTED, reason, List.of());
  }

  public static FileResult ignored(String file, String reason) {
    return new FileResult(file, Status.IGNORED, reason, List.of());
  }
}
