package org.evalsheet.write;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.evalsheet.model.GradeScale;

/**
 * What a run was asked to do and what it found across files (运行信息), so that report.json and summary.xlsx stand
 * alone: when and how long, which inbox and output folder, which rules and grade bands, which roster, which units
 * are missing or not on it, which files were superseded and where each filled copy is.
 *
 * @param started when the run began
 * @param elapsed how long reading and checking took, or null while unknown
 * @param inbox the inbox read (batch, watch), or null
 * @param out the output folder, or null
 * @param profile the profile's name ({@code qingdao}, {@code mof} or the bureau's own)
 * @param grades the grade bands in force
 * @param rosterFile the roster file, or null
 * @param roster the roster's units (official names) in its order, or null when no roster was given
 * @param missingUnits roster units with no submission, in roster order
 * @param notOnRoster submissions whose unit is not on the roster
 * @param supersededBy superseded file → the newer file of the same unit that replaces it
 * @param rosterUnits file → the roster unit it was matched to, for files that have no table to name it
 * @param filledCopy file → its filled copy relative to the output folder ({@code filled/a.xlsx}), or null
 */
public record RunInfo(
    Instant started,
    Duration elapsed,
    Path inbox,
    Path out,
    String profile,
    GradeScale grades,
    Path rosterFile,
    List<String> roster,
    List<String> missingUnits,
    List<Unlisted> notOnRoster,
    Map<String, String> supersededBy,
    Map<String, String> rosterUnits,
    Function<String, String> filledCopy) {

  /**
   * A submission whose unit the roster does not name (不在名单上).
   *
   * @param unit the unit as the file names it ("" when nothing names one)
   * @param file the file
   */
  public record Unlisted(String unit, String file) {
    public Unlisted {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(file, "file");
    }
  }

  public RunInfo {
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(grades, "grades");
    roster = roster == null ? null : List.copyOf(roster);
    missingUnits = missingUnits == null ? List.of() : List.copyOf(missingUnits);
    notOnRoster = notOnRoster == null ? List.of() : List.copyOf(notOnRoster);
    supersededBy = supersededBy == null ? Map.of() : Map.copyOf(supersededBy);
    rosterUnits = rosterUnits == null ? Map.of() : Map.copyOf(rosterUnits);
    filledCopy = filledCopy == null ? f -> null : filledCopy;
  }

  /** A run started now on these rules, with nothing else known yet. */
  public static RunInfo of(String profile, GradeScale grades) {
    return new RunInfo(Instant.now(), null, null, null, profile, grades, null, null, null, null, null, null, null);
  }

  /** The same run with its folders. */
  public RunInfo withFolders(Path newInbox, Path newOut) {
    return new RunInfo(started, elapsed, newInbox, newOut, profile, grades, rosterFile, roster, missingUnits,
        notOnRoster, supersededBy, rosterUnits, filledCopy);
  }

  /** The same run with its roster file. */
  public RunInfo withRosterFile(Path file) {
    return new RunInfo(started, elapsed, inbox, out, profile, grades, file, roster, missingUnits, notOnRoster,
        supersededBy, rosterUnits, filledCopy);
  }

  /** The same run with what the roster check found (roster null: none was given). */
  public RunInfo withRoster(List<String> units, List<String> missing, List<Unlisted> unlisted,
      Map<String, String> superseded, Map<String, String> matched) {
    return new RunInfo(started, elapsed, inbox, out, profile, grades, rosterFile, units, missing, unlisted,
        superseded, matched, filledCopy);
  }

  /** The same run, finished after {@code took}, its copies found by {@code copies}. */
  public RunInfo finished(Duration took, Function<String, String> copies) {
    return new RunInfo(started, took, inbox, out, profile, grades, rosterFile, roster, missingUnits, notOnRoster,
        supersededBy, rosterUnits, copies);
  }

  /** Whether a file counts in ranks and statistics: it was not replaced by a newer file of its unit. */
  public boolean current(String file) {
    return !supersededBy.containsKey(file);
  }
}
