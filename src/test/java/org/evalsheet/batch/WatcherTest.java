package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class WatcherTest {
  @TempDir Path tmp;

  private Path inbox() throws Exception {
    return Files.createDirectories(tmp.resolve("inbox"));
  }

  private WatchHarness harness() throws Exception {
    return new WatchHarness(inbox(), tmp.resolve("out"));
  }

  private static String sha(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(StateStore.digest().digest(bytes));
  }

  private static String reasonOf(List<FileResult> round, String name) {
    return round.stream().filter(r -> r.file().equals(name)).findFirst().orElseThrow().reason();
  }

  @Test
  void aWorkbookCopiedInSlowlyIsReadOnceAndComplete() throws Exception {
    byte[] xlsx = Files.readAllBytes(new SeedWorkbook().write(tmp.resolve("seed.xlsx")));
    try (WatchHarness h = harness().start(2)) {
      h.awaitOutputs(List::isEmpty);
      try (OutputStream out = Files.newOutputStream(h.inbox.resolve("自评表.xlsx"))) {
        int chunk = Math.max(256, xlsx.length / 20);
        for (int off = 0; off < xlsx.length; off += chunk) {
          out.write(xlsx, off, Math.min(chunk, xlsx.length - off));
          out.flush();
          // Halfway the copier stalls for longer than the settle time: only the missing zip trailer says "wait".
          Thread.sleep(off / chunk == 10 ? 3 * WatchHarness.SETTLE.toMillis() : 30);
        }
      }
      h.awaitOutputs(WatchHarness.names("自评表.xlsx"));
      h.assertNothingMoreProcessed();
      assertThat(h.seen.get("自评表.xlsx")).containsExactly(sha(xlsx));
    }
  }

  @Test
  void aZipThatNeverCompletesIsHandedToTheReaderOnceItHasLongStoppedChanging() throws Exception {
    byte[] xlsx = Files.readAllBytes(new SeedWorkbook().write(tmp.resolve("seed.xlsx")));
    byte[] half = Arrays.copyOf(xlsx, xlsx.length / 2);
    try (WatchHarness h = harness().start(1)) {
      h.awaitOutputs(List::isEmpty);
      Files.write(h.inbox.resolve("半截.xlsx"), half);
      Files.write(h.inbox.resolve("完整.xlsx"), xlsx);
      // A complete copy written alongside is read after one settle period and shown alone: the truncated one is
      // held back (were both read in one wave, 半截 would come first, by name, and this round would not exist).
      h.awaitOutputs(WatchHarness.names("完整.xlsx"));
      // Ten settle periods later the copy counts as abandoned, and the reader is the one to say it is truncated.
      h.awaitOutputs(WatchHarness.names("半截.xlsx", "完整.xlsx"));
      assertThat(h.seen.get("半截.xlsx")).containsExactly(sha(half));
    }
  }

  @Test
  void aLongWaveShowsProgressEveryRescanPeriod() throws Exception {
    WatchHarness h = harness();
    for (int i = 0; i < 12; i++) {
      Files.writeString(h.inbox.resolve("f" + i + ".xlsx"), "f" + i);
    }
    h.processMillis = 250;
    try (h) {
      h.start(1);
      h.awaitOutputs(r -> r.size() == 12);
      assertThat(h.rounds).anySatisfy(r -> assertThat(r.size()).isBetween(1, 11));
    }
  }

  @Test
  void filesPresentBeforeStartAreProcessed() throws Exception {
    WatchHarness h = harness();
    Files.writeString(h.inbox.resolve("a.xlsx"), "a");
    Files.createDirectories(h.inbox.resolve("财政局/二处"));
    Files.writeString(h.inbox.resolve("财政局/二处/b.xlsx"), "b");
    Files.writeString(h.inbox.resolve("财政局/c.xls"), "c");
    try (h) {
      h.start(2);
      List<FileResult> round = h.awaitOutputs(WatchHarness.names("a.xlsx", "财政局/c.xls", "财政局/二处/b.xlsx"));
      assertThat(round).allMatch(r -> r.status() == Status.OK);
      assertThat(h.seen).allSatisfy((name, hashes) -> assertThat(hashes).hasSize(1));
    }
  }

  @Test
  void aBurstOf600FilesIsProcessedOnceEach() throws Exception {
    try (WatchHarness h = harness().start(2)) {
      h.awaitOutputs(List::isEmpty);
      for (int i = 0; i < 600; i++) {
        Files.writeString(h.inbox.resolve(String.format("unit-%03d.xlsx", i)), "content " + i);
      }
      h.awaitOutputs(r -> r.size() == 600);
      assertThat(h.seen).hasSize(600).allSatisfy((name, hashes) -> assertThat(hashes).hasSize(1));
      List<String> names = h.last().stream().map(FileResult::file).toList();
      assertThat(names).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void theSameContentUnderTheSamePathIsProcessedOnceEvenAcrossRestarts() throws Exception {
    WatchHarness h = harness();
    Path a = h.inbox.resolve("a.xlsx");
    try (h) {
      h.start(1);
      Files.writeString(a, "same");
      h.awaitOutputs(WatchHarness.names("a.xlsx"));
      // Rewritten with the same bytes and a new time, as a second copy of the same file does.
      Files.writeString(a, "same");
      long touched = System.currentTimeMillis() + 5_000;
      Files.setLastModifiedTime(a, FileTime.fromMillis(touched));
      // The watcher's decision about the rewritten file: its state takes the new time, keeping the hash.
      h.awaitState("a.xlsx", e -> e.modified() == touched);
      assertThat(h.calls("a.xlsx")).isEqualTo(1);
    }
    try (WatchHarness again = new WatchHarness(h.inbox, h.out).start(1)) {
      List<FileResult> round = again.awaitOutputs(WatchHarness.names("a.xlsx"));
      assertThat(reasonOf(round, "a.xlsx")).isEqualTo(sha("same".getBytes(StandardCharsets.UTF_8)));
      again.assertNothingMoreProcessed();
      assertThat(again.seen).isEmpty();
    }
  }

  @Test
  void identicalContentUnderTwoNamesIsProcessedForEachName() throws Exception {
    // Two departments may send byte-identical files (the blank template); each path needs its own filled copy
    // and its own line in the report, and the batch stage flags duplicate submissions.
    try (WatchHarness h = harness().start(2)) {
      Files.writeString(h.inbox.resolve("一处.xlsx"), "template");
      Files.writeString(h.inbox.resolve("二处.xlsx"), "template");
      h.awaitOutputs(WatchHarness.names("一处.xlsx", "二处.xlsx"));
      assertThat(h.calls("一处.xlsx")).isEqualTo(1);
      assertThat(h.calls("二处.xlsx")).isEqualTo(1);
      assertThat(h.out.resolve("filled/一处.xlsx")).exists();
      assertThat(h.out.resolve("filled/二处.xlsx")).exists();
    }
  }

  @Test
  void aChangedFileReplacesItsResultAndADeletedOneDropsOut() throws Exception {
    try (WatchHarness h = harness().start(1)) {
      Path a = h.inbox.resolve("a.xlsx");
      Files.writeString(a, "version 1");
      Files.writeString(h.inbox.resolve("b.xlsx"), "b");
      h.awaitOutputs(r -> r.size() == 2 && reasonOf(r, "a.xlsx").equals(sha(bytes("version 1"))));
      Files.writeString(a, "version 2, longer");
      List<FileResult> round = h.awaitOutputs(r -> r.size() == 2 && reasonOf(r, "a.xlsx").equals(sha(bytes("version 2, longer"))));
      assertThat(round).extracting(FileResult::file).containsExactly("a.xlsx", "b.xlsx");
      assertThat(h.watcher().versions().get("a.xlsx")).extracting(StateVersion::sha256)
          .containsExactly(sha(bytes("version 1")), sha(bytes("version 2, longer")));
      assertThat(h.watcher().versions().get("a.xlsx")).allSatisfy(v -> {
        assertThat(v.firstSeen()).isNotBlank();
        assertThat(v.processed()).isNotBlank();
      });
      Files.delete(h.inbox.resolve("b.xlsx"));
      h.awaitOutputs(WatchHarness.names("a.xlsx"));
    }
  }

  @Test
  void aFileRenamedIntoTheInboxIsProcessedOnceUnderItsFinalName() throws Exception {
    Path staging = Files.createDirectories(tmp.resolve("staging"));
    try (WatchHarness h = harness().start(1)) {
      Path outside = Files.writeString(staging.resolve("x.xlsx"), "from outside");
      Files.move(outside, h.inbox.resolve("x.xlsx"), StandardCopyOption.ATOMIC_MOVE);
      Path part = h.inbox.resolve("y.xlsx.part");
      Files.writeString(part, "downloaded");
      // Renamed only once the watcher has seen the part file (and listed it as ignored), not after a guessed wait.
      h.awaitOutputs(WatchHarness.names("x.xlsx", "y.xlsx.part"));
      Files.move(part, h.inbox.resolve("y.xlsx"), StandardCopyOption.ATOMIC_MOVE);
      h.awaitOutputs(WatchHarness.names("x.xlsx", "y.xlsx"));
      h.assertNothingMoreProcessed();
      assertThat(h.seen.keySet()).containsExactlyInAnyOrder("x.xlsx", "y.xlsx");
      assertThat(h.calls("x.xlsx")).isEqualTo(1);
      assertThat(h.calls("y.xlsx")).isEqualTo(1);
    }
  }

  @Test
  void lockTempAndHiddenFilesAreNeverReadButListedAsIgnored() throws Exception {
    try (WatchHarness h = harness().start(2)) {
      for (String n : List.of("~$a.xlsx", ".hidden.xlsx", "b.tmp", "c.xlsx.part", "d.xlsx.crdownload", "e.xlsx")) {
        Files.writeString(h.inbox.resolve(n), n);
      }
      List<FileResult> round = h.awaitOutputs(r -> r.size() == 6 && r.stream().anyMatch(f -> f.file().equals("e.xlsx")));
      assertThat(h.seen.keySet()).containsExactly("e.xlsx");
      assertThat(round).filteredOn(r -> !r.file().equals("e.xlsx"))
          .allSatisfy(r -> assertThat(r.status()).isEqualTo(Status.IGNORED))
          .extracting(FileResult::reason).doesNotContainNull();
    }
  }

  @Test
  void aCrashBetweenOutputAndStateIsRedoneOnceOnRestart() throws Exception {
    WatchHarness h = harness();
    for (String n : List.of("a.xlsx", "b.xlsx", "c.xlsx")) {
      Files.writeString(h.inbox.resolve(n), "content of " + n);
    }
    AtomicBoolean crashed = new AtomicBoolean();
    try (h) {
      h.start(1, w -> w.beforeRecording(name -> {
        if (name.equals("b.xlsx") && crashed.compareAndSet(false, true)) {
          throw new IllegalStateException("simulated kill -9");
        }
      }));
      assertThat(h.awaitCrash()).hasMessage("simulated kill -9");
    }
    assertThat(h.calls("b.xlsx")).isEqualTo(1);
    assertThat(h.out.resolve("filled/b.xlsx")).exists();
    try (WatchHarness again = new WatchHarness(h.inbox, h.out).start(1)) {
      List<FileResult> round = again.awaitOutputs(WatchHarness.names("a.xlsx", "b.xlsx", "c.xlsx"));
      for (FileResult r : round) {
        assertThat(r.reason()).isEqualTo(sha(bytes("content of " + r.file())));
      }
      again.assertNothingMoreProcessed();
      // a was recorded before the crash; b's output existed but its state did not: redone exactly once.
      assertThat(h.calls("a.xlsx") + again.calls("a.xlsx")).isEqualTo(1);
      assertThat(again.calls("b.xlsx")).isEqualTo(1);
      assertThat(h.calls("c.xlsx") + again.calls("c.xlsx")).isBetween(1, 2);
    }
    try (Stream<Path> filled = Files.walk(h.out.resolve("filled"))) {
      assertThat(filled.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.xlsx", "b.xlsx", "c.xlsx");
    }
  }

  @Test
  void aSecondWatcherOnTheSameOutDirIsRefused() throws Exception {
    try (WatchHarness h = harness().start(1)) {
      WatchOptions opts = new WatchOptions(tmp.resolve("other-inbox"), h.out, null, null, 1);
      assertThatThrownBy(() -> new Watcher(opts, h::process, r -> {}))
          .isInstanceOf(LockHeldException.class)
          .hasMessage("另一个 evalsheet 正在使用输出目录 " + h.out.toAbsolutePath().normalize());
    }
    WatchOptions opts = new WatchOptions(tmp.resolve("other-inbox"), tmp.resolve("out"), null, null, 1);
    new Watcher(opts, (f, n) -> null, r -> {}).close();
  }

  @Test
  void anInboxDeletedAndRecreatedIsWatchedAgain() throws Exception {
    try (WatchHarness h = harness().start(1)) {
      Files.createDirectories(h.inbox.resolve("sub"));
      Files.writeString(h.inbox.resolve("sub/a.xlsx"), "a");
      h.awaitOutputs(WatchHarness.names("sub/a.xlsx"));
      Files.delete(h.inbox.resolve("sub/a.xlsx"));
      Files.delete(h.inbox.resolve("sub"));
      Files.delete(h.inbox);
      // Recreated only once the watcher has noticed the inbox is gone, so that the return is what is tested.
      h.awaitNotice(line -> line.contains("不存在或无法读取"));
      Files.createDirectories(h.inbox.resolve("new"));
      Files.writeString(h.inbox.resolve("new/b.xlsx"), "b");
      h.awaitOutputs(WatchHarness.names("new/b.xlsx"));
      // Once recreated, events flow again: a file added later arrives without waiting for a rescan.
      Files.writeString(h.inbox.resolve("c.xlsx"), "c");
      h.awaitOutputs(WatchHarness.names("c.xlsx", "new/b.xlsx"));
      assertThat(h.calls("new/b.xlsx")).isEqualTo(1);
    }
  }

  @Test
  void stopFinishesTheFileInHandAndLeavesTheRestForTheNextStart() throws Exception {
    WatchHarness h = harness();
    for (int i = 0; i < 6; i++) {
      Files.writeString(h.inbox.resolve("f" + i + ".xlsx"), "f" + i);
    }
    h.processMillis = 300;
    h.start(1);
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (h.seen.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    h.watcher().stop();
    int done = h.seen.size();
    assertThat(done).isBetween(1, 5);
    assertThat(h.last()).hasSize(done);
    h.close();
    try (WatchHarness again = new WatchHarness(h.inbox, h.out).start(2)) {
      again.awaitOutputs(r -> r.size() == 6);
      assertThat(again.seen).hasSize(6 - done);
    }
  }

  @Test
  void theInboxIsNeverModified() throws Exception {
    WatchHarness h = harness();
    Files.writeString(h.inbox.resolve("a.xlsx"), "a");
    Files.writeString(h.inbox.resolve("~$a.xlsx"), "lock");
    FileTime before = Files.getLastModifiedTime(h.inbox.resolve("a.xlsx"));
    try (h) {
      h.start(1);
      h.awaitOutputs(r -> r.size() == 2);
    }
    try (Stream<Path> files = Files.walk(h.inbox)) {
      assertThat(files.map(p -> h.inbox.relativize(p).toString())).containsExactlyInAnyOrder("", "a.xlsx", "~$a.xlsx");
    }
    assertThat(Files.getLastModifiedTime(h.inbox.resolve("a.xlsx"))).isEqualTo(before);
    assertThat(Arrays.equals(Files.readAllBytes(h.inbox.resolve("a.xlsx")), bytes("a"))).isTrue();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
