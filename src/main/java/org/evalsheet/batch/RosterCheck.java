package org.evalsheet.batch;

import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.evalsheet.model.Code;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Text;
import org.evalsheet.model.UnitSource;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;
import org.evalsheet.write.RunInfo;

/**
 * Checks a round against the roster (名单核对): which units sent nothing, which submissions come from units the
 * roster does not name, and which units sent the same projects twice, in which case the newer file ranks and the
 * older one is flagged {@code DUPLICATE_SUBMISSION}.
 */
final class RosterCheck {

  private RosterCheck() {}

  /**
   * Matches every file to roster units: each table by its unit, falling back to the file's relative path, and a
   * rejected file (damaged, or a .docx sent instead of a workbook) by its path alone: it counts as that unit's
   * submission, to be sent again, never as 未提交. What matches no unit is listed as not on the roster. Ignored files
   * count for nothing. Two files of one unit are duplicates when their tables name the same projects (or both none).
   *
   * @param roster the units and their aliases, in roster order
   * @param results every file's result
   * @param modified each file's modification time by relative name; the later one is newer, then the later name
   */
  public static RosterOutcome check(
      Roster roster, List<FileResult> results, Function<String, FileTime> modified) {
    UnitNames names = new UnitNames(roster);
    Set<String> submitted = new LinkedHashSet<>();
    Map<String, String> units = new LinkedHashMap<>();
    Set<RunInfo.Unlisted> unlisted = new LinkedHashSet<>();
    // unit → project key → files
    Map<String, Map<String, Set<String>>> files = new LinkedHashMap<>();
    for (FileResult r : results) {
      if (r.status() == Status.IGNORED) {
        continue;
      }
      String path = stem(r.file());
      if (r.tables().isEmpty()) {
        Optional<String> unit = names.match(path).or(() -> names.within(path));
        unit.ifPresent(u -> {
          submitted.add(u);
          units.put(r.file(), u);
        });
        if (unit.isEmpty()) {
          unlisted.add(new RunInfo.Unlisted("", r.file()));
        }
        continue;
      }
      Map<String, Set<String>> projects = new LinkedHashMap<>();
      for (TableResult t : r.tables()) {
        Optional<String> unit = names.match(t.table().unit()).or(() -> names.match(path));
        unit.ifPresent(u -> projects.computeIfAbsent(u, k -> new TreeSet<>()).add(Text.key(t.table().project())));
        if (unit.isEmpty()) {
          unlisted.add(new RunInfo.Unlisted(t.table().unit(), r.file()));
        }
      }
      projects.forEach((unit, keys) -> {
        submitted.add(unit);
        keys.remove("");
        files.computeIfAbsent(unit, k -> new LinkedHashMap<>())
            .computeIfAbsent(String.join("\u0000", keys), k -> new TreeSet<>())
            .add(r.file());
      });
    }
    List<String> missing = names.names().stream().filter(u -> !submitted.contains(u)).toList();
    Comparator<String> newestFirst = Comparator.comparing((String f) -> time(modified, f))
        .thenComparing(Comparator.naturalOrder())
        .reversed();
    List<RosterOutcome.Duplicate> duplicates = new ArrayList<>();
    for (String unit : names.names()) {
      for (Set<String> same : files.getOrDefault(unit, Map.of()).values()) {
        if (same.size() > 1) {
          List<String> order = same.stream().sorted(newestFirst).toList();
          duplicates.add(new RosterOutcome.Duplicate(unit, order.get(0), order.subList(1, order.size())));
        }
      }
    }
    return new RosterOutcome(true, names.names(), missing, duplicates, List.copyOf(unlisted), units);
  }

  /**
   * Names each table whose unit was only guessed from its title or file name by the roster name written there:
   * with a roster, {@code 教育局2023年度…自评表} belongs to the roster's 青岛市教育局. A unit read from a label cell
   * stays as the department wrote it.
   *
   * @param roster the unit names
   * @param results every file's result
   * @return the results in the same order, those tables renamed
   */
  public static List<FileResult> attribute(Roster roster, List<FileResult> results) {
    UnitNames names = new UnitNames(roster);
    List<FileResult> out = new ArrayList<>(results.size());
    for (FileResult r : results) {
      boolean changed = false;
      List<TableResult> tables = new ArrayList<>(r.tables().size());
      for (TableResult t : r.tables()) {
        IndicatorTable table = t.table();
        UnitSource source = table.unitSource();
        Optional<String> name = source == UnitSource.TITLE || source == UnitSource.FILE_NAME
            ? names.within(table.title()).or(() -> names.within(stem(r.file()))) : Optional.empty();
        if (name.isPresent() && !name.get().equals(table.unit())) {
          List<Finding> findings = new ArrayList<>(t.findings());
          findings.add(Finding.info(Code.UNIT_FROM_ROSTER, null, (source == UnitSource.TITLE ? "标题" : "文件名")
              + "中写有名单上的单位“" + name.get() + "”，按名单计为该单位"));
          tables.add(new TableResult(table.withUnit(name.get(), UnitSource.ROSTER), findings, t.evaluation()));
          changed = true;
        } else {
          tables.add(t);
        }
      }
      out.add(changed ? new FileResult(r.file(), r.status(), r.reason(), tables) : r);
    }
    return out;
  }

  /**
   * Adds a {@code DUPLICATE_SUBMISSION} warning to every table of every superseded file; other results are
   * returned as they are, in the same order.
   */
  public static List<FileResult> flagSuperseded(List<FileResult> results, RosterOutcome outcome) {
    Map<String, List<Finding>> extra = new LinkedHashMap<>();
    for (RosterOutcome.Duplicate d : outcome.duplicates()) {
      Finding f = Finding.warning(Code.DUPLICATE_SUBMISSION, null, "同一单位重复提交，以较新的文件 " + d.kept() + " 为准");
      for (String old : d.superseded()) {
        List<Finding> list = extra.computeIfAbsent(old, k -> new ArrayList<>());
        if (!list.contains(f)) {
          list.add(f);
        }
      }
    }
    if (extra.isEmpty()) {
      return List.copyOf(results);
    }
    List<FileResult> out = new ArrayList<>(results.size());
    for (FileResult r : results) {
      List<Finding> add = extra.get(r.file());
      if (add == null) {
        out.add(r);
        continue;
      }
      List<TableResult> tables = r.tables().stream()
          .map(t -> {
            List<Finding> findings = new ArrayList<>(t.findings());
            findings.addAll(add);
            return new TableResult(t.table(), findings, t.evaluation());
          })
          .toList();
      out.add(new FileResult(r.file(), r.status(), r.reason(), tables));
    }
    return List.copyOf(out);
  }

  private static FileTime time(Function<String, FileTime> modified, String file) {
    FileTime t = modified.apply(file);
    return t != null ? t : FileTime.fromMillis(0);
  }

  /** The relative path without its extension, so {@code 财政局/自评表.xlsx} can match 财政局. */
  private static String stem(String file) {
    int dot = file.lastIndexOf('.');
    return dot > file.lastIndexOf('/') ? file.substring(0, dot) : file;
  }
}
