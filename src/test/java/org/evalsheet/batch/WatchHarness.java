package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.write.AtomicFiles;

/** A watcher on temp folders with a fake processor that remembers the bytes it saw, for the watch tests. */
final class WatchHarness implements AutoCloseable {
  static final Duration SETTLE = Duration.ofMillis(200);
  static final Duration RESCAN = Duration.ofSeconds(1);
  /**
   * How long a check that nothing more is processed waits: a rescan plus a few settle periods, by when a file the
   * watcher wrongly took for new or changed would have been processed.
   */
  static final Duration QUIET = RESCAN.plus(SETTLE.multipliedBy(3));

  final Path inbox;
  final Path out;
  /** Every processing, by name: the SHA-256 of the bytes the processor read. */
  final Map<String, List<String>> seen = new ConcurrentHashMap<>();
  /** Every list handed to the outputs, in order. */
  final List<List<FileResult>> rounds = new CopyOnWriteArrayList<>();
  /** Every line the watcher had for the clerk, in order. */
  final List<String> notices = new CopyOnWriteArrayList<>();
  volatile long processMillis;
  private Watcher watcher;
  private Thread thread;
  final AtomicReference<Throwable> failure = new AtomicReference<>();

  WatchHarness(Path inbox, Path out) {
    this.inbox = inbox;
    this.out = out;
  }

  /** The fake stage: reads the whole file, writes it to filled/ (an output) and returns its hash as the reason. */
  FileResult process(Path file, String name) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (processMillis > 0) {
        Thread.sleep(processMillis);
      }
      String sha = Watcher.sha256(file);
      AtomicFiles.write(out.resolve("filled").resolve(name), bytes);
      seen.computeIfAbsent(name, k -> new CopyOnWriteArrayList<>()).add(sha);
      return new FileResult(name, Status.OK, sha, List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  WatchHarness start(int threads) throws Exception {
    return start(threads, w -> {});
  }

  WatchHarness start(int threads, Consumer<Watcher> configure) throws Exception {
    watcher = new Watcher(new WatchOptions(inbox, out, SETTLE, RESCAN, threads), this::process, rounds::add,
        notices::add);
    configure.accept(watcher);
    Watcher w = watcher;
    thread = new Thread(() -> {
      try {
        w.run();
      } catch (Throwable t) {
        failure.set(t);
      }
    }, "watch-test");
    thread.start();
    return this;
  }

  Watcher watcher() {
    return watcher;
  }

  /** Waits for an outputs round that satisfies {@code p} and returns it. */
  List<FileResult> awaitOutputs(Predicate<List<FileResult>> p) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      for (int i = rounds.size() - 1; i >= 0; i--) {
        if (p.test(rounds.get(i))) {
          return rounds.get(i);
        }
      }
      if (failure.get() != null) {
        fail("watcher failed", failure.get());
      }
      Thread.sleep(20);
    }
    return fail("no outputs round matched; last: " + (rounds.isEmpty() ? "none" : rounds.get(rounds.size() - 1)));
  }

  /** Waits for a line for the clerk that satisfies {@code p}. */
  String awaitNotice(Predicate<String> p) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : notices) {
        if (p.test(line)) {
          return line;
        }
      }
      if (failure.get() != null) {
        fail("watcher failed", failure.get());
      }
      Thread.sleep(20);
    }
    return fail("no such notice; all: " + notices);
  }

  /**
   * Waits until the state the watcher keeps on disk for {@code name} satisfies {@code p}: how a decision that
   * processes nothing (the same bytes seen again) becomes visible.
   */
  StateEntry awaitState(String name, Predicate<StateEntry> p) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    StateEntry e = null;
    while (System.nanoTime() < deadline) {
      e = StateStore.open(out).get(name);
      if (e != null && p.test(e)) {
        return e;
      }
      if (failure.get() != null) {
        fail("watcher failed", failure.get());
      }
      Thread.sleep(20);
    }
    return fail("the state of " + name + " never matched; last: " + e);
  }

  /**
   * Checks for {@link #QUIET} that nothing more is processed, failing at the first processing beyond what was done
   * when called: the bounded wait that "processed once" needs once the first processing has been awaited.
   */
  void assertNothingMoreProcessed() throws InterruptedException {
    Map<String, Integer> before = counts();
    long deadline = System.nanoTime() + QUIET.toNanos();
    while (System.nanoTime() < deadline) {
      Map<String, Integer> now = counts();
      if (!now.equals(before)) {
        fail("processed again within " + QUIET.toMillis() + " ms: " + before + " became " + now);
      }
      Thread.sleep(20);
    }
  }

  private Map<String, Integer> counts() {
    Map<String, Integer> counts = new TreeMap<>();
    seen.forEach((name, hashes) -> counts.put(name, hashes.size()));
    return counts;
  }

  /** The last outputs round. */
  List<FileResult> last() {
    return rounds.isEmpty() ? List.of() : rounds.get(rounds.size() - 1);
  }

  int calls(String name) {
    return seen.getOrDefault(name, List.of()).size();
  }

  /** Waits for the watcher thread to end on its own (after a simulated crash). */
  Throwable awaitCrash() throws InterruptedException {
    thread.join(20_000);
    return failure.get();
  }

  static Predicate<List<FileResult>> names(String... names) {
    return r -> r.stream().map(FileResult::file).toList().equals(List.of(names));
  }

  @Override
  public void close() throws IOException {
    if (watcher != null) {
      watcher.close();
      try {
        thread.join(20_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
