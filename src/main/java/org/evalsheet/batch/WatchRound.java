package org.evalsheet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.evalsheet.score.FileResult;

/**
 * The watcher's outputs (监视汇总): after each settled wave, the latest result of every file checked against the
 * roster like a batch, then summary.xlsx and report.json rewritten through {@link RoundFiles}.
 */
public final class WatchRound implements LatestOutputs {
  private final Path inbox;
  private final Roster roster;
  private final RoundOutputs files;
  private volatile RosterOutcome last = RosterOutcome.NONE;

  /**
   * @param inbox the inbox, to date duplicate submissions by their files' modification times
   * @param roster the units expected to submit, or null
   * @param files where the round goes (usually {@link RoundFiles})
   */
  public WatchRound(Path inbox, Roster roster, RoundOutputs files) {
    this.inbox = inbox;
    this.roster = roster;
    this.files = files;
  }

  @Override
  public void write(List<FileResult> latest) throws IOException {
    RosterOutcome outcome = RosterOutcome.NONE;
    List<FileResult> results = latest;
    if (roster != null) {
      List<FileResult> named = RosterCheck.attribute(roster, latest);
      outcome = RosterCheck.check(roster, named, this::modified);
      results = RosterCheck.flagSuperseded(named, outcome);
    }
    files.write(results, outcome);
    last = outcome;
  }

  @Override
  public String totals(List<FileResult> latest) {
    return WatchLog.totals(latest, last);
  }

  private FileTime modified(String name) {
    try {
      return Files.getLastModifiedTime(inbox.resolve(name));
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
