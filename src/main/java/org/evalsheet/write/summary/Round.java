package org.evalsheet.write.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.evalsheet.model.GradeScale;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.write.RunInfo;

/**
 * One round of submissions as the summary shows it (评审轮次): every file's result and what the run knows across
 * them (grade bands, roster, missing and superseded submissions, where the filled copies are).
 *
 * @param files every input file's result, in the order the summary lists them (by path)
 * @param run the run's facts, which the 说明 sheet states
 */
public record Round(List<FileResult> files, RunInfo run) {
  /** The label of a file a newer file of its unit replaced. */
  static final String SUPERSEDED = "已被替代";

  public Round {
    files = List.copyOf(files);
    Objects.requireNonNull(run, "run");
  }

  /**
   * A round without the run's facts beyond these: grade bands, the roster (null: none given), the missing units,
   * the superseded files (replaced by a newer file not named here) and where the filled copies are.
   */
  public Round(List<FileResult> files, GradeScale scale, List<String> roster, List<String> missingUnits,
      Set<String> superseded, Function<String, String> filledLink) {
    this(files, RunInfo.of(ProfileReader.DEFAULT, scale).withRoster(roster, missingUnits, List.of(), replaced(superseded),
        Map.of()).finished(null, filledLink));
  }

  private static Map<String, String> replaced(Set<String> superseded) {
    Map<String, String> m = new HashMap<>();
    if (superseded != null) {
      superseded.forEach(f -> m.put(f, ""));
    }
    return m;
  }

  /** The grade bands used, so that the summary counts every grade, zeros included. */
  public GradeScale scale() {
    return run.grades();
  }

  /** The units expected to submit, or null when no roster was given. */
  public List<String> roster() {
    return run.roster();
  }

  /** Roster units with no submission (empty without a roster). */
  public List<String> missingUnits() {
    return run.missingUnits();
  }

  /** The link from the summary to a file's filled copy, or null when it has none. */
  public Function<String, String> filledLink() {
    return run.filledCopy();
  }

  /** Whether a file counts in ranks and statistics (it was not replaced by a newer file of its unit). */
  public boolean current(String file) {
    return run.current(file);
  }

  /**
   * Whether a file's tables are graded, ranked and counted (通过): the file has no error and was not superseded.
   * A file that must go back (需退回) keeps its score for reference only.
   */
  public boolean passing(FileResult f) {
    return f.status() == Status.OK && current(f.file());
  }

  /** How many tables grades, ranks and statistics count: those of passing files that have a score. */
  public int passingTables() {
    return (int) files.stream().filter(this::passing).flatMap(f -> f.tables().stream())
        .filter(t -> SummaryRanks.score(t) != null).count();
  }

  /** How many scored tables are left out because their file must go back. */
  public int returnedTables() {
    return (int) files.stream().filter(f -> f.status() == Status.INVALID && current(f.file()))
        .flatMap(f -> f.tables().stream()).filter(t -> SummaryRanks.score(t) != null).count();
  }

  /** The status a row of the summary shows for a file: 已被替代 for a superseded file, else the file's own. */
  public String statusLabel(FileResult f) {
    return current(f.file()) ? f.status().label() : SUPERSEDED;
  }
}
