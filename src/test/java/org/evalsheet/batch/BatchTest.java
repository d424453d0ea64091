package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {

  @TempDir Path dir;

  private Path inbox() throws Exception {
    return Files.createDirectories(dir.resolve("收件"));
  }

  private BatchOptions opts(Path inbox, int threads) {
    return BatchOptions.of(inbox, dir.resolve("输出")).withThreads(threads);
  }

  /** Every workbook becomes ok with its name as unit. */
  private static final FileProcessor OK = (file, name) -> BatchFixtures.ok(name, name, "95");

  private static BatchResult run(BatchOptions opts, FileProcessor p) throws Exception {
    return new Batch(RoundOutputs.NONE).run(opts, p, BatchListener.NONE);
  }

  @Test
  @Timeout(60)
  void resultsComeInPathOrderWithOneOrFourThreads() throws Exception {
    Path in = inbox();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String rel = (i % 3 == 0 ? "科室" + (i % 4) + "/" : "") + "单位" + i + ".xlsx";
      BatchFixtures.write(in, rel, "x" + i);
      names.add(rel);
    }
    BatchFixtures.write(in, "~$单位1.xlsx", "");
    BatchFixtures.write(in, "说明.pdf", "");
    Random random = new Random(42);
    List<Integer> sleeps = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 200; i++) {
      sleeps.add(random.nextInt(15));
    }
    AtomicInteger next = new AtomicInteger();
    FileProcessor slow = (file, name) -> {
      sleep(sleeps.get(next.getAndIncrement() % sleeps.size()));
      return name.contains("7") ? BatchFixtures.invalid(name, name, "60") : BatchFixtures.ok(name, name, "95");
    };

    BatchResult one = run(opts(in, 1), slow);
    BatchResult four = run(opts(in, 4), slow);

    List<String> expected = new ArrayList<>(names);
    expected.add("~$单位1.xlsx");
    expected.add("说明.pdf");
    Collections.sort(expected);
    assertThat(one.files()).extracting(FileResult::file).containsExactlyElementsOf(expected);
    assertThat(four.files()).isEqualTo(one.files());
    assertThat(four.count(Status.IGNORED)).as("the lock file").isEqualTo(1);
    assertThat(four.count(Status.REJECTED)).as("the PDF sent instead of a workbook").isEqualTo(1);
    assertThat(four.exitCode()).isEqualTo(1);
  }

  @Test
  @Timeout(60)
  void filesRunInParallelUpToTheThreadCount() throws Exception {
    Path in = inbox();
    for (int i = 0; i < 12; i++) {
      BatchFixtures.write(in, "f" + i + ".xlsx", "");
    }
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger started = new AtomicInteger();
    // The first three files wait for one another, so three at once is certain rather than left to how the machine
    // schedules a fixed sleep; then they stay 0.5 s more, in which a fourth thread, if there were one, would start.
    CountDownLatch three = new CountDownLatch(3);
    CountDownLatch fourth = new CountDownLatch(1);
    FileProcessor p = (file, name) -> {
      int now = running.incrementAndGet();
      most.accumulateAndGet(now, Math::max);
      if (now > 3) {
        fourth.countDown();
      }
      if (started.incrementAndGet() <= 3) {
        three.countDown();
        try {
          three.await(20, TimeUnit.SECONDS);
          fourth.await(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      running.decrementAndGet();
      return OK.process(file, name);
    };

    run(opts(in, 3), p);

    assertThat(most.get()).isEqualTo(3);
  }

  @Test
  void processorThatThrowsRejectsThatFileAndTheBatchGoesOn() throws Exception {
    Path in = inbox();
    BatchFixtures.write(in, "a.xlsx", "");
    BatchFixtures.write(in, "b.xlsx", "");
    BatchFixtures.write(in, "c.xlsx", "");
    BatchFixtures.write(in, "d.xlsx", "");
    FileProcessor p = (file, name) -> {
      switch (name) {
        case "b.xlsx":
          throw new IllegalStateException("行号越界");
        case "c.xlsx":
          throw new AssertionError();
        case "d.xlsx":
          return null;
        default:
          return OK.process(file, name);
      }
    };

    BatchResult r = run(opts(in, 2), p);

    assertThat(r.files()).extracting(FileResult::status)
        .containsExactly(Status.OK, Status.REJECTED, Status.REJECTED, Status.REJECTED);
    assertThat(r.files().get(1).reason()).isEqualTo("处理时发生内部错误：IllegalStateException：行号越界");
    assertThat(r.files().get(2).reason()).isEqualTo("处理时发生内部错误：AssertionError");
    assertThat(r.files().get(3).reason()).startsWith("处理时发生内部错误：");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void virtualMachineErrorsStopTheBatch() throws Exception {
    Path in = inbox();
    BatchFixtures.write(in, "a.xlsx", "");
    FileProcessor p = (file, name) -> {
      throw new OutOfMemoryError("测试");
    };

    assertThatThrownBy(() -> run(opts(in, 1), p)).isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  @Timeout(30) // a guard against a hang, not a measurement
  void hangingProcessorTimesOutAndTheBatchFinishes() throws Exception {
    Path in = inbox();
    for (String n : List.of("a.xlsx", "hang1.xlsx", "hang2.xlsx", "z.xlsx")) {
      BatchFixtures.write(in, n, "");
    }
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean hang1Returned = new AtomicBoolean();
    AtomicReference<Thread> hang2Worker = new AtomicReference<>();
    AtomicBoolean hang2Returned = new AtomicBoolean();
    AtomicBoolean hang2InterruptedBeforeZ = new AtomicBoolean();
    FileProcessor p = (file, name) -> {
      if (name.startsWith("hang1")) {
        awaitIgnoringInterrupts(release); // deaf to interrupts: must be abandoned
        hang1Returned.set(true);
      }
      if (name.startsWith("hang2")) {
        hang2Worker.set(Thread.currentThread());
        while (!Thread.currentThread().isInterrupted()) { // blocks until interrupted, leaving the flag set
          LockSupport.park();
        }
        hang2Returned.set(true);
      }
      if (name.startsWith("z")) {
        // One thread: z starts only once hang2 was given up. Its worker's flag is read first, since the pool clears
        // it only after hang2 has returned.
        boolean flagged = hang2Worker.get().isInterrupted();
        hang2InterruptedBeforeZ.set(flagged || hang2Returned.get());
      }
      return OK.process(file, name);
    };
    BatchOptions o = opts(in, 1).withLimits(new ReadLimits(1 << 20, 1000, Duration.ofMillis(300)));
    try {
      BatchResult r = run(o, p);

      // The run ended while hang1 still blocks: the batch abandoned it rather than wait for it.
      assertThat(hang1Returned).isFalse();
      assertThat(r.files()).extracting(FileResult::status)
          .containsExactly(Status.OK, Status.REJECTED, Status.REJECTED, Status.OK);
      assertThat(r.files().get(1).reason()).isEqualTo("处理超时（超过 0.3 秒）");
      assertThat(r.files().get(2).reason()).isEqualTo("处理超时（超过 0.3 秒）");
      // Interrupted when its time ran out, not only when the batch closed its workers at the end.
      assertThat(hang2InterruptedBeforeZ).as("hang2 interrupted before z was processed").isTrue();
    } finally {
      release.countDown();
    }
  }

  @Test
  void wholeSecondTimeoutsReadAsSeconds() {
    assertThat(TimeBoundProcessor.seconds(Duration.ofSeconds(60))).isEqualTo("60");
  }

  @Test
  void outputFolderInsideOrEqualToInboxIsRefused() throws Exception {
    Path in = inbox();
    BatchFixtures.write(in, "a.xlsx", "");
    Batch batch = new Batch(RoundOutputs.NONE);

    assertThatThrownBy(() -> batch.run(BatchOptions.of(in, in.resolve("结果")), OK, BatchListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("输出文件夹不能放在收件文件夹里面");
    assertThatThrownBy(() -> batch.run(BatchOptions.of(in, in.resolve("x/../.")), OK, BatchListener.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("输出文件夹不能与收件文件夹相同");
    BatchOptions json = new BatchOptions(in, dir.resolve("out"), null, null, 1, in.resolve("r.json"), null);
    assertThatThrownBy(() -> batch.run(json, OK, BatchListener.NONE))
        .hasMessageContaining("报告文件不能写在收件文件夹里面");
    assertThatCode(() -> batch.run(BatchOptions.of(in, in.getParent()).withThreads(1), OK, BatchListener.NONE))
        .doesNotThrowAnyException();
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> Batch.checkOutputs(BatchOptions.of(out.resolve("filled/收件"), out)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("filled");
    assertThat(Files.exists(in.resolve("结果"))).isFalse();
  }

  @Test
  void outputFolderReachedThroughSymlinkIntoInboxIsRefused() throws Exception {
    Path in = inbox();
    Path link = dir.resolve("link");
    try {
      Files.createSymbolicLink(link, in);
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no symbolic links on this file system");
    }
    assertThatThrownBy(() -> Batch.checkOutputs(BatchOptions.of(in, link.resolve("out"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inboxMissingIsUnreadable() {
    assertThatThrownBy(() -> run(opts(dir.resolve("无"), 1), OK)).isInstanceOf(InboxUnreadableException.class);
  }

  @Test
  void inboxIsByteForByteUnchangedAfterARun() throws Exception {
    Path in = inbox();
    BatchFixtures.write(in, "a.xlsx", "甲");
    BatchFixtures.write(in, "子/b.xls", "乙");
    BatchFixtures.write(in, "~$a.xlsx", "");
    BatchFixtures.write(in, "c.csv", "1,2");
    Files.setLastModifiedTime(in.resolve("a.xlsx"), FileTime.fromMillis(1_600_000_000_000L));
    String before = BatchFixtures.hashTree(in);
    BatchOptions o = opts(in, 2);
    FileProcessor copying = (file, name) -> {
      try {
        Path target = o.filledDir().resolve(name);
        Files.createDirectories(target.getParent());
        Files.write(target, Files.readAllBytes(file));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return OK.process(file, name);
    };
    RoundOutputs outputs = (results, roster) -> Files.writeString(o.summaryFile(), "汇总");

    BatchResult r = new Batch(outputs).run(o, copying, BatchListener.NONE);

    assertThat(BatchFixtures.hashTree(in)).isEqualTo(before);
    assertThat(r.totals()).containsEntry(Status.OK, 2L).containsEntry(Status.REJECTED, 1L)
        .containsEntry(Status.IGNORED, 1L).containsEntry(Status.INVALID, 0L);
    assertThat(o.filledDir().resolve("子/b.xls")).hasContent("乙");
  }

  @Test
  void outputsGetOrderedResultsOnceAndListenerSeesEveryFile() throws Exception {
    Path in = inbox();
    for (String n : List.of("c.xlsx", "a.xlsx", "b.pdf", "d.ods")) {
      BatchFixtures.write(in, n, "");
    }
    List<List<String>> seen = new ArrayList<>();
    RoundOutputs outputs = (results, roster) -> {
      seen.add(results.stream().map(FileResult::file).toList());
      assertThat(roster).isSameAs(RosterOutcome.NONE);
    };
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    BatchListener listener = new BatchListener() {
      @Override
      public void started(int total) {
        events.add("started " + total);
      }

      @Override
      public void fileDone(FileResult result, int done, int total) {
        events.add(done + "/" + total);
      }

      @Override
      public void finished(BatchResult result) {
        events.add("finished " + result.files().size());
      }
    };

    new Batch(outputs).run(opts(in, 2), OK, listener);

    assertThat(seen).containsExactly(List.of("a.xlsx", "b.pdf", "c.xlsx", "d.ods"));
    assertThat(events).containsExactly("started 4", "1/4", "2/4", "3/4", "4/4", "finished 4");
  }

  @Test
  void exitCodeIsZeroOnlyWhenNoFileIsInvalidOrRejected() {
    Duration t = Duration.ZERO;
    FileResult ok = BatchFixtures.ok("a.xlsx", "甲", "95");
    FileResult ignored = FileResult.ignored("~$a.xlsx", "锁定文件");
    assertThat(new BatchResult(List.of(ok, ignored), null, t).exitCode()).isZero();
    assertThat(new BatchResult(List.of(), null, t).exitCode()).isZero();
    assertThat(new BatchResult(List.of(ok, BatchFixtures.invalid("b.xlsx", "乙", "50")), null, t).exitCode()).isOne();
    assertThat(new BatchResult(List.of(ok, FileResult.rejected("c.xlsx", "损坏")), null, t).exitCode()).isOne();
  }

  @Test
  void rosterFindsMissingUnitsAndFlagsTheOlderOfTwoSubmissions() throws Exception {
    Path in = inbox();
    BatchFixtures.write(in, "财政局-初稿.xlsx", "");
    BatchFixtures.write(in, "财政局-修改稿.xlsx", "");
    BatchFixtures.write(in, "教育局.xlsx", "");
    Files.setLastModifiedTime(in.resolve("财政局-初稿.xlsx"), FileTime.fromMillis(1_700_000_000_000L));
    Files.setLastModifiedTime(in.resolve("财政局-修改稿.xlsx"), FileTime.fromMillis(1_600_000_000_000L));
    Path roster = Files.writeString(dir.resolve("名单.txt"), "财政局\n教育局\n卫健委\n");
    FileProcessor p = (file, name) -> BatchFixtures.ok(name, name.substring(0, 3), "90");
    List<RosterOutcome> seen = new ArrayList<>();

    BatchResult r = new Batch((results, o) -> seen.add(o))
        .run(opts(in, 2).withRoster(roster), p, BatchListener.NONE);

    assertThat(r.roster().missing()).containsExactly("卫健委");
    assertThat(r.roster().superseded()).containsExactly("财政局-修改稿.xlsx"); // older by modification time
    assertThat(seen).containsExactly(r.roster());
    FileResult older = r.files().stream().filter(f -> f.file().equals("财政局-修改稿.xlsx")).findFirst().orElseThrow();
    assertThat(older.tables().get(0).findings())
        .anyMatch(f -> f.code().equals("DUPLICATE_SUBMISSION") && f.message().contains("财政局-初稿.xlsx"));
    assertThat(older.status()).isEqualTo(Status.OK);
  }

  /** Waits for {@code latch} as code that swallows interrupts does. */
  private static void awaitIgnoringInterrupts(CountDownLatch latch) {
    boolean done = false;
    while (!done) {
      try {
        done = latch.await(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        // swallowed on purpose: this is the processor that cannot be stopped
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
