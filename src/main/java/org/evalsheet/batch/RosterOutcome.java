package org.evalsheet.batch;

import java.util.List;

/**
 * The roster check of one round (名单核对): who has not submitted and who submitted twice.
 *
 * @param given whether a roster was given at all
 * @param roster the units on the roster, in its order
 * @param missing roster units with no submitted file, in roster order
 * @param duplicates roster units with more than one file for the same projects, in roster order
 */
public record RosterOutcome(boolean given, List<String> roster, List<String> missing, List<Duplicate> duplicates) {

  /** No roster given: nothing missing, nothing duplicated. */
  public static final RosterOutcome NONE = new RosterOutcome(false, List.of(), List.of(), List.of());

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
  }

  /** Every superseded file (relative name), sorted; these do not rank. */
  public List<String> superseded() {
    return duplicates.stream().flatMap(d -> d.superseded().stream()).sorted().distinct().toList();
  }
}
