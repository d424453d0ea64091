package org.evalsheet.write.summary;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.evalsheet.model.GradeScale;
import org.evalsheet.score.FileResult;

/**
 * One round of submissions as the summary shows it (评审轮次): every file's result, the grade scale, the roster
 * and what the batch concluded about missing and superseded submissions.
 *
 * @param files every input file's result, in the order the summary lists them (by path)
 * @param scale the grade bands used, so that the summary counts every grade, zeros included
 * @param roster the units expected to submit, or null when no roster was given
 * @param missingUnits roster units with no submission (empty without a roster)
 * @param superseded files whose unit submitted a newer file: listed, but not ranked or counted
 * @param filledLink maps a file to the relative link of its filled copy, or to null when it has none
 */
public record Round(
    List<FileResult> files,
    GradeScale scale,
    List<String> roster,
    List<String> missingUnits,
    Set<String> superseded,
    Function<String, String> filledLink) {

  public Round {
    files = List.copyOf(files);
    Objects.requireNonNull(scale, "scale");
    roster = roster == null ? null : List.copyOf(roster);
    missingUnits = missingUnits == null ? List.of() : List.copyOf(missingUnits);
    superseded = superseded == null ? Set.of() : Set.copyOf(superseded);
    filledLink = filledLink == null ? f -> null : filledLink;
  }

  /** Whether a file counts in ranks and statistics (it was not replaced by a newer file of its unit). */
  public boolean current(String file) {
    return !superseded.contains(file);
  }
}
