package org.evalsheet.batch;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evalsheet.write.RunInfo;

/**
 * The roster check of one round (名单核对): who has not submitted, who is not on the roster and who submitted twice.
 *
 * @param given whether a roster was given at all
 * @param roster the units on the roster (official names), in its order
 * @param missing roster units with no submitted file, in roster order
 * @param duplicates roster units with more than one file for the same projects, in roster order
 * @param notOnRoster submissions (tables, or files without one) that no roster unit's name or alias matches
 * @param units file → roster unit, for files without a table (damaged, or not a workbook) matched by their name
 */
public record RosterOutcome(boolean given, List<String> roster, List<String> missing, List<Duplicate> duplicates,
    List<RunInfo.Unlisted> notOnRoster, Map<String, String> units) {

  /** No roster given: nothing missing, nothing duplicated. */
  public static final RosterOutcome NONE = new RosterOutcome(false, List.of(), List.of(), List.of());

  /** An outcome where every submission is on the roster. */
  public RosterOutcome(boolean given, List<String> roster, List<String> missing, List<Duplicate> duplicates) {
    this(given, roster, missing, duplicates, List.of(), Map.of());
  }

  /**
   * A unit that submitted more than once (重复提交).
   *
   * @param unit the roster name
   * @param kept the newer file, which ranks
   * @param superseded the older files, newest first
   */
  public record Duplicate(String unit, String kept, List<String> superseded) {
    public Duplicate {
      superseded = List.copyOf(superseded);
    }
  }

  public RosterOutcome {
    roster = List.copyOf(roster);
    missing = List.copyOf(missing);
    duplicates = List.copyOf(duplicates);
    notOnRoster = List.copyOf(notOnRoster);
    units = Map.copyOf(units);
  }

  /** Superseded file → the newer file of its unit that replaces it. */
  public Map<String, String> supersededBy() {
    Map<String, String> m = new TreeMap<>();
    for (Duplicate d : duplicates) {
      d.superseded().forEach(f -> m.put(f, d.kept()));
    }
    return m;
  }

  /** Every superseded file (relative name), sorted; these do not rank. */
  public List<String> superseded() {
    return duplicates.stream().flatMap(d -> d.superseded().stream()).sorted().distinct().toList();
  }
}
