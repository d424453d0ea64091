package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evalsheet.cli.Main;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.testing.HostileInputs;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watcher with the real pipeline and outputs: what a clerk's drop folder really meets. */
@Timeout(120)
class WatchPipelineTest {

  @TempDir Path dir;

  private final List<List<FileResult>> rounds = new CopyOnWriteArrayList<>();
  /** The lines the watcher says to the clerk. */
  private final List<String> said = new CopyOnWriteArrayList<>();

  private Watcher watcher(Path inbox, Path out, Roster roster) throws Exception {
    RoundFiles files = new RoundFiles(out, null, GradeScale.DEFAULT);
    TimeBoundProcessor processor = new TimeBoundProcessor(
        new Pipeline(ReadLimits.DEFAULT, ProfileReader.defaults(), out.resolve("filled")), Duration.ofSeconds(30));
    LatestOutputs outputs = new WatchRound(inbox, roster, (results, outcome) -> {
      files.write(results, outcome);
      rounds.add(results);
    });
    return new Watcher(new WatchOptions(inbox, out, Duration.ofMillis(200), Duration.ofSeconds(1), 2), processor,
        outputs, said::add);
  }

  /** Runs the watcher on a thread of its own; closing the watcher ends it. */
  private static void start(Watcher w) {
    new Thread(() -> {
      try {
        w.run();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).start();
  }

  private List<FileResult> await(int files) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!rounds.isEmpty() && rounds.get(rounds.size() - 1).size() == files) {
        return rounds.get(rounds.size() - 1);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no round of " + files + " files; last: " + (rounds.isEmpty() ? "none" : rounds.get(rounds.size() - 1)));
  }

  @Test
  void everyHostileInputDroppedIntoTheInboxIsRejectedWithItsReason() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path out = dir.resolve("out");
    try (Watcher w = watcher(inbox, out, null)) {
      start(w);
      List<HostileInputs.Case> cases = HostileInputs.build(dir.resolve("corpus"));
      for (HostileInputs.Case c : cases) {
        Files.copy(c.file(), inbox.resolve(c.file().getFileName()));
      }
      new SeedWorkbook().write(inbox.resolve("good.xlsx"));
      Map<String, FileResult> byName = await(cases.size() + 1).stream()
          .collect(Collectors.toMap(FileResult::file, Function.identity()));
      for (HostileInputs.Case c : cases) {
        FileResult r = byName.get(c.file().getFileName().toString());
        assertThat(r.status()).as(c.name()).isEqualTo(Status.REJECTED);
        assertThat(r.reason()).as(c.name()).isEqualTo(c.reason());
      }
      assertThat(byName.get("good.xlsx").status()).isEqualTo(Status.OK);
      JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
      assertThat(report.get("totals").get("rejected").asInt()).isEqualTo(cases.size());
      assertThat(out.resolve("summary.xlsx")).isRegularFile();
      assertThat(out.resolve("filled/good.xlsx")).isRegularFile();
    }
  }

  @Test
  void theBundledRoundDroppedInEndsAsTheBatchDoesWithTheRoster() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path out = dir.resolve("out");
    Roster roster = RosterReader.read(ProjectFiles.samples().resolve("roster.txt"), ReadLimits.DEFAULT);
    try (Watcher w = watcher(inbox, out, roster)) {
      start(w);
      ProjectFiles.copyTree(ProjectFiles.samples().resolve("submissions"), inbox);
      Map<String, Integer> expected = org.evalsheet.testing.samples.SampleExpectations.totals();
      List<FileResult> round = await(expected.get("files"));
      Map<Status, Long> counts = round.stream().collect(Collectors.groupingBy(FileResult::status, Collectors.counting()));
      assertThat(counts).containsEntry(Status.OK, (long) expected.get("ok")).containsEntry(Status.INVALID, 2L)
          .containsEntry(Status.REJECTED, 1L).containsEntry(Status.IGNORED, 1L);
    }
  }

  @Test
  void afterEachWaveTheRunningTotalsAreSaid() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path out = dir.resolve("out");
    Roster roster = RosterReader.read(ProjectFiles.samples().resolve("roster.txt"), ReadLimits.DEFAULT);
    Map<String, Integer> expected = org.evalsheet.testing.samples.SampleExpectations.totals();
    int files = expected.get("files") + 1;
    try (Watcher w = watcher(inbox, out, roster)) {
      start(w);
      new SeedWorkbook().write(inbox.resolve("办公厅.xlsx"));
      await(1);
      ProjectFiles.copyTree(ProjectFiles.samples().resolve("submissions"), inbox.resolve("第二批"));
      await(files);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (said.stream().noneMatch(l -> l.startsWith("目前共 " + files + " ")) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    }
    List<String> totals = said.stream().filter(l -> l.startsWith("目前共 ")).toList();
    assertThat(totals).as("one line per wave, none repeated").doesNotHaveDuplicates().hasSizeGreaterThan(1)
        .contains("目前共 " + files + " 个文件：通过 " + (expected.get("ok") + 1)
            + "，需退回 2，无法处理 1，已忽略 1；名单中未提交 1 个单位，不在名单上的提交 1 个");
  }

  @Test
  void aBatchIntoTheFolderARunningWatchHoldsExitsTwoAndLeavesItsOutputsAlone() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path out = dir.resolve("out");
    Path other = ProjectFiles.copyTree(ProjectFiles.samples().resolve("submissions"), dir.resolve("other"));
    try (Watcher w = watcher(inbox, out, null)) {
      start(w);
      new SeedWorkbook().write(inbox.resolve("a.xlsx"));
      await(1);
      byte[] summary = Files.readAllBytes(out.resolve("summary.xlsx"));
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"batch", other.toString(), "--out", out.toString()},
          new PrintWriter(new StringWriter()), new PrintWriter(err, true));
      assertThat(code).isEqualTo(2);
      assertThat(err.toString()).contains("另一个 evalsheet 正在使用输出目录 " + out);
      assertThat(Files.readAllBytes(out.resolve("summary.xlsx"))).isEqualTo(summary);
      assertThat(out.resolve("filled/a.xlsx")).isRegularFile();
      assertThat(out.resolve("filled/青岛市商务局外贸发展专项资金绩效自评表.xlsx")).doesNotExist();
    }
  }

  @Test
  @SuppressWarnings("try") // the first watcher is held open only to hold the lock
  void aSecondWatchOnTheSameOutputFolderExitsTwo() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path out = dir.resolve("out");
    try (Watcher w = watcher(inbox, out, null)) {
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"watch", inbox.toString(), "--out", out.toString()},
          new PrintWriter(new StringWriter()), new PrintWriter(err, true));
      assertThat(code).isEqualTo(2);
      assertThat(err.toString()).contains("另一个 evalsheet 正在使用输出目录");
    }
  }
}
