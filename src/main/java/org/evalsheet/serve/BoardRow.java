package org.evalsheet.serve;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;

/**
 * One row of the round board (提交情况): a table of a submitted file, a file that could not be read, or a roster
 * unit that has sent nothing.
 *
 * @param file the file's path in the inbox, or null for a unit that has not submitted
 * @param table the table's index in its file (0 for a file without tables)
 * @param unit the unit
 * @param project the project, or ""
 * @param status the row's status
 * @param score the score on 100, or null
 * @param scoreText the score as shown ({@code 86（折算 90.53）}), or ""
 * @param grade the grade, or ""
 * @param errors error findings
 * @param warnings warnings
 * @param received when the file's current version arrived, or null
 * @param note the reason for a file that could not be read, or ""
 */
record BoardRow(String file, int table, String unit, String project, State status, BigDecimal score,
    String scoreText, String grade, long errors, long warnings, Instant received, String note) {

  /** A row's status, in the order the board lists them: what needs the clerk first. */
  enum State {
    RETURN("需退回", "return"),
    REJECTED("无法处理", "rejected"),
    MISSING("未提交", "missing"),
    OK("通过", "ok"),
    SUPERSEDED("已被新文件替代", "superseded"),
    IGNORED("已忽略", "ignored");

    final String label;
    final String key;

    State(String label, String key) {
      this.label = label;
      this.key = key;
    }

    /** A file's status on the board: a file with errors goes back to its unit. */
    static State of(Status s) {
      return switch (s) {
        case INVALID -> RETURN;
        case REJECTED -> REJECTED;
        case IGNORED -> IGNORED;
        default -> OK;
      };
    }
  }

  /** The board's rows of a round, in file order, then the units that have not submitted. */
  static List<BoardRow> of(RoundView.Snapshot s) {
    Set<String> superseded = Set.copyOf(s.roster().superseded());
    List<BoardRow> rows = new ArrayList<>();
    for (FileResult f : s.files()) {
      State state = superseded.contains(f.file()) ? State.SUPERSEDED : State.of(f.status());
      Instant at = s.received().get(f.file());
      if (f.tables().isEmpty()) {
        rows.add(new BoardRow(f.file(), 0, stem(f.file()), "", state, null, "", "", 0, 0, at,
            f.reason() == null ? "" : f.reason()));
        continue;
      }
      for (int i = 0; i < f.tables().size(); i++) {
        TableResult t = f.tables().get(i);
        Evaluation e = t.evaluation();
        BigDecimal score = e == null ? null : e.onHundred();
        String shown = "";
        if (e != null && e.scoreTotal() != null) {
          shown = Numbers.format(e.scoreTotal()) + (e.rescaled() ? "（折算 " + Numbers.format(score) + "）" : "");
        }
        // A file that must go back is not graded, here as in the summary (its score stays for reference).
        String grade = e == null ? "" : e.template() ? "空白模板" : state == State.RETURN ? "—"
            : e.grade() == null ? "" : e.grade();
        rows.add(new BoardRow(f.file(), i, t.table().unit(), t.table().project(), state, score, shown, grade,
            t.errors(), t.warnings(), at, ""));
      }
    }
    for (String unit : s.roster().missing()) {
      rows.add(new BoardRow(null, 0, unit, "", State.MISSING, null, "", "", 0, 0, null, "名单上的单位，尚未收到文件"));
    }
    return rows;
  }

  /** Whether the row matches a filter tab: return, rejected, missing, or all. */
  boolean shownUnder(String filter) {
    return switch (filter) {
      case "return" -> status == State.RETURN;
      case "rejected" -> status == State.REJECTED;
      case "missing" -> status == State.MISSING;
      default -> true;
    };
  }

  /** Whether the row contains the search text in its unit, project or file name (case and width ignored). */
  boolean matches(String query) {
    if (query == null || query.isBlank()) {
      return true;
    }
    String q = Resubmission.key(query);
    return Resubmission.key(unit).contains(q) || Resubmission.key(project).contains(q)
        || file != null && Resubmission.key(file).contains(q);
  }

  /** The sort keys the board offers, each with its natural direction. */
  static final List<String> SORTS = List.of("status", "unit", "project", "file", "score", "grade", "issues",
      "received");

  /** The order for a sort key; status first puts 需退回 on top, then the most errors. */
  static Comparator<BoardRow> order(String sort, boolean descending) {
    Comparator<String> text = Comparator.nullsLast(Comparator.comparing(s -> s.toLowerCase(Locale.ROOT)));
    Comparator<BoardRow> c = switch (sort) {
      case "unit" -> Comparator.comparing(BoardRow::unit, text);
      case "project" -> Comparator.comparing(BoardRow::project, text);
      case "file" -> Comparator.comparing(BoardRow::file, text);
      case "score" -> Comparator.comparing(BoardRow::score, Comparator.nullsFirst(Comparator.naturalOrder()));
      case "grade" -> Comparator.comparing(BoardRow::grade, text);
      case "issues" -> Comparator.comparingLong(BoardRow::errors).thenComparingLong(BoardRow::warnings);
      case "received" -> Comparator.comparing(BoardRow::received, Comparator.nullsFirst(Comparator.naturalOrder()));
      default -> Comparator.comparing(BoardRow::status)
          .thenComparing(Comparator.comparingLong(BoardRow::errors).reversed())
          .thenComparing(BoardRow::unit, text);
    };
    c = descending ? c.reversed() : c;
    return c.thenComparing(BoardRow::file, text).thenComparingInt(BoardRow::table);
  }

  private static String stem(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
