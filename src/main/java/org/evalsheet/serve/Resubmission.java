package org.evalsheet.serve;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.evalsheet.model.Amount;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Column;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Severity;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.TableResult;

/**
 * A resubmission against the unit's previous one (重新提交对比): which errors and warnings were fixed, which remain,
 * which are new, and which numbers changed. A finding is the same across versions when it has the same code at
 * the same place, the place being the indicator (by its names) and the column, not the cell: a row inserted above
 * moves every cell but fixes nothing.
 *
 * @param previousFile the earlier submission's name
 * @param previousReceived when the earlier one was received (ISO-8601), or null
 * @param fixed findings of the earlier version that are gone
 * @param remaining findings of this version that the earlier one had too
 * @param added findings of this version that the earlier one did not have
 * @param changed numbers that differ, in table order
 */
record Resubmission(String previousFile, String previousReceived, List<Finding> fixed,
    List<Finding> remaining, List<Finding> added, List<Change> changed) {

  Resubmission {
    fixed = List.copyOf(fixed);
    remaining = List.copyOf(remaining);
    added = List.copyOf(added);
    changed = List.copyOf(changed);
  }

  /**
   * One number that differs (数字变化).
   *
   * @param table the table's project or sheet
   * @param item the indicator's names joined by {@code /}, or 合计
   * @param what 权重, 得分, 总分 or 等次
   * @param from the earlier value as written
   * @param to this version's value as written
   * @param cell where it is in this version, or null
   */
  record Change(String table, String item, String what, String from, String to, CellRef cell) {}

  /** Compares {@code newer} with {@code older}; the earlier file is named {@code older.file()}. */
  static Resubmission compare(FileResult older, String olderReceived, FileResult newer) {
    Map<String, Finding> before = keyed(older);
    Map<String, Finding> after = keyed(newer);
    List<Finding> fixed = new ArrayList<>();
    List<Finding> remaining = new ArrayList<>();
    List<Finding> added = new ArrayList<>();
    before.forEach((k, f) -> {
      if (!after.containsKey(k)) {
        fixed.add(f);
      }
    });
    after.forEach((k, f) -> (before.containsKey(k) ? remaining : added).add(f));
    List<Change> changed = new ArrayList<>();
    for (int i = 0; i < newer.tables().size(); i++) {
      TableResult t = newer.tables().get(i);
      TableResult o = match(older, t, i);
      if (o != null) {
        numbers(o, t, changed);
      }
    }
    return new Resubmission(older.file(), olderReceived, fixed, remaining, added, changed);
  }

  /** Whether nothing at all differs. */
  boolean same() {
    return fixed.isEmpty() && added.isEmpty() && changed.isEmpty();
  }

  private static Map<String, Finding> keyed(FileResult r) {
    Map<String, Finding> out = new LinkedHashMap<>();
    for (int i = 0; i < r.tables().size(); i++) {
      TableResult t = r.tables().get(i);
      String table = tableKey(t);
      for (Finding f : t.findings()) {
        if (f.severity() != Severity.INFO) {
          out.putIfAbsent(table + "\u0000" + f.code() + "\u0000" + place(t.table(), f), f);
        }
      }
    }
    return out;
  }

  /** Where a finding is, in words that survive rows moving: the indicator's or group's names and the column. */
  static String place(IndicatorTable t, Finding f) {
    CellRef c = f.cell();
    if (c == null) {
      return "table:" + f.message();
    }
    String column = column(t, c.col());
    for (Indicator i : t.indicators()) {
      if (c.row() >= i.row() && c.row() <= i.lastRow()) {
        String own = i.columns().entrySet().stream().filter(e -> e.getValue() == c.col())
            .map(e -> e.getKey().name()).findFirst().orElse(column);
        return "leaf:" + String.join("/", i.path()) + ":" + own;
      }
    }
    for (Group g : t.groups()) {
      if (c.row() == g.row() || g.subtotal() != null && c.row() == g.subtotal().row()) {
        return "group:" + String.join("/", g.path()) + ":" + column;
      }
    }
    if (t.total() != null && c.row() == t.total().row()) {
      return "total:" + column;
    }
    return "cell:" + c.a1();
  }

  private static String column(IndicatorTable t, int col) {
    return t.columns().entrySet().stream().filter(e -> e.getValue() == col).map(e -> e.getKey().name())
        .findFirst().orElse(CellRef.columnName(col));
  }

  private static String tableKey(TableResult t) {
    String project = key(t.table().project());
    return project.isEmpty() ? key(t.table().sheet()) : project;
  }

  private static TableResult match(FileResult older, TableResult t, int index) {
    String k = tableKey(t);
    for (int i = 0; i < older.tables().size(); i++) {
      if (tableKey(older.tables().get(i)).equals(k)) {
        return older.tables().get(i);
      }
    }
    return older.tables().size() == 1 && index == 0 ? older.tables().get(0) : null;
  }

  private static void numbers(TableResult o, TableResult t, List<Change> out) {
    String name = t.table().project().isBlank() ? t.table().sheet() : t.table().project();
    Map<List<String>, Indicator> before = new LinkedHashMap<>();
    o.table().indicators().forEach(i -> before.putIfAbsent(i.path(), i));
    for (Indicator i : t.table().indicators()) {
      Indicator b = before.get(i.path());
      if (b == null) {
        continue;
      }
      String item = String.join("/", i.path());
      amount(name, item, "权重", b.weight(), i.weight(), t.table().cell(i, Column.WEIGHT), out);
      amount(name, item, "得分", b.score(), i.score(), t.table().cell(i, Column.SCORE), out);
    }
    BigDecimal from = o.evaluation() == null ? null : o.evaluation().scoreTotal();
    BigDecimal to = t.evaluation() == null ? null : t.evaluation().scoreTotal();
    if (!sameNumber(from, to)) {
      out.add(new Change(name, "合计", "总分", format(from), format(to), null));
    }
    String g1 = o.grade(false);
    String g2 = t.grade(false);
    if (!Objects.equals(g1, g2)) {
      out.add(new Change(name, "合计", "等次", g1 == null ? "—" : g1, g2 == null ? "—" : g2, null));
    }
  }

  private static void amount(String table, String item, String what, Amount a, Amount b, CellRef cell,
      List<Change> out) {
    boolean same = a.isNumber() && b.isNumber() ? a.value().compareTo(b.value()) == 0
        : a.kind() == b.kind() && a.text().strip().equals(b.text().strip());
    if (!same) {
      out.add(new Change(table, item, what, shown(a), shown(b), cell));
    }
  }

  private static String shown(Amount a) {
    if (a.isNumber()) {
      return Decimals.format(a.value());
    }
    return a.text().isBlank() ? "（空）" : a.text().strip();
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String format(BigDecimal v) {
    return v == null ? "—" : Decimals.format(v);
  }

  /** Full-width folded, spaces removed, lower case: two spellings of one project compare equal. */
  static String key(String s) {
    if (s == null) {
      return "";
    }
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
