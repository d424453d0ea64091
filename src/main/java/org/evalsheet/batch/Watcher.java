package org.evalsheet.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.evalsheet.score.FileResult;
import org.evalsheet.write.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a drop folder (监视收件目录): processes what is there at start, then every new or changed file once it
 * has settled, remembers each version by content hash under the output folder so nothing is done twice across
 * restarts, and rewrites the round's outputs after each settled wave, then says the running totals. Never writes
 * into the inbox.
 *
 * <p>{@link #run()} blocks on the calling thread until {@link #stop()} is called from another one.
 */
public final class Watcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);

  /** A file stable this many settle periods is read even if it looks incomplete: the reader then says why. */
  private static final int GIVE_UP_SETTLES = 10;

  private final WatchOptions opts;
  private final FileProcessor processor;
  private final LatestOutputs outputs;
  private final OutDirLock lock;
  private final StateStore state;
  private final ExecutorService pool;
  private final WatchWaves waves;
  private final CountDownLatch finished = new CountDownLatch(1);
  /** Where the watcher's lines for the clerk go (the command line's console); each is in the log too. */
  private final Consumer<String> notices;
  private volatile Consumer<String> beforeRecording = file -> {};
  private volatile boolean stopping;
  private volatile Thread runner;
  /** The running totals said last: a rewrite that changes nothing the clerk counts is not said again. */
  private String lastTotals = "";

  /**
   * Takes the output folder's lock and loads its state; nothing is read from the inbox until {@link #run()}.
   *
   * @throws LockHeldException when another evalsheet uses the output folder (the command line exits with 2)
   * @throws IOException when the output folder or its state cannot be used
   */
  public Watcher(WatchOptions opts, FileProcessor processor, LatestOutputs outputs)
      throws IOException, LockHeldException {
    this(opts, processor, outputs, line -> { });
  }

  /**
   * As {@link #Watcher(WatchOptions, FileProcessor, LatestOutputs)}, telling the clerk what happens.
   *
   * @param notices receives one line per processed file and per event the clerk should know of (an inbox that
   *     vanished or came back, a summary that could not be written); the same lines go to the log
   */
  public Watcher(WatchOptions opts, FileProcessor processor, LatestOutputs outputs, Consumer<String> notices)
      throws IOException, LockHeldException {
    this.notices = notices;
    this.opts = opts;
    this.processor = processor;
    this.outputs = outputs;
    this.lock = OutDirLock.acquire(opts.outDir());
    try {
      int swept = AtomicFiles.sweepTemps(opts.outDir());
      if (swept > 0) {
        say("清理了上次中断留下的 " + swept + " 个临时文件");
      }
      this.state = StateStore.open(opts.outDir());
      if (state.stale() > 0) {
        say(state.stale() + " 个文件的处理记录来自其他版本的 evalsheet，将按当前版本重新处理");
      }
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(opts.threads(), r -> {
      Thread t = new Thread(r, "evalsheet-watch-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.waves = new WatchWaves(opts, state);
  }

  /** For tests: runs on the watching thread after a file's outputs exist and before its state is recorded. */
  void beforeRecording(Consumer<String> hook) {
    this.beforeRecording = hook;
  }

  /**
   * Watches until {@link #stop()}: at return the files in hand are finished, and outputs and state agree.
   *
   * @throws IOException when the inbox cannot be watched at all
   */
  public void run() throws IOException {
    runner = Thread.currentThread();
    try (WatchTree tree = new WatchTree(opts.inbox(), opts.outDir())) {
      loop(tree);
      if (waves.dirty()) {
        writeOutputs();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      finished.countDown();
    }
  }

  /** Asks {@link #run()} to finish the files in hand and return, and waits until it has (unless called by it). */
  public void stop() {
    stopping = true;
    Thread r = runner;
    if (r != null && r != Thread.currentThread()) {
      try {
        finished.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stops, then releases the output folder's lock. */
  @Override
  public void close() throws IOException {
    stop();
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lock.close();
  }

  private void loop(WatchTree tree) throws InterruptedException {
    long tick = Math.max(10, Math.min(250, opts.settle().toMillis() / 4));
    long rescanNanos = opts.rescan().toNanos();
    long nextRescan = System.nanoTime();
    boolean rootLost = false;
    boolean rescan = true;
    while (!stopping) {
      rescan |= tree.drain(tick, waves.sink());
      long now = System.nanoTime();
      if (rescan || now - nextRescan >= 0) {
        List<Path> all = tree.listAll();
        if (all == null) {
          if (!rootLost) {
            // A vanished inbox is more often an unplugged share than a wish to empty the report: keep the outputs.
            say("收件目录 " + opts.inbox() + " 不存在或无法读取，等待其恢复");
            rootLost = true;
          }
          waves.suspend();
          nextRescan = now + Math.min(rescanNanos, TimeUnit.SECONDS.toNanos(1));
          rescan = false;
          continue;
        }
        if (rootLost) {
          say("收件目录 " + opts.inbox() + " 已恢复，重新扫描");
          rootLost = false;
        }
        waves.replaceListing(all);
        nextRescan = now + rescanNanos;
        rescan = false;
      }
      List<WatchWaves.Pending> ready = waves.ready(GIVE_UP_SETTLES);
      if (!ready.isEmpty()) {
        process(ready);
      }
      if (!rootLost && waves.outputsDue()) {
        writeOutputs();
      }
    }
  }

  private void process(List<WatchWaves.Pending> ready) throws InterruptedException {
    CompletionService<WatchOutcome> done = new ExecutorCompletionService<>(pool);
    for (WatchWaves.Pending p : ready) {
      done.submit(() -> handle(p));
    }
    for (int i = 0; i < ready.size(); i++) {
      WatchOutcome outcome;
      try {
        outcome = done.take().get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("处理任务意外失败", e.getCause());
      }
      if (outcome.result() != null) {
        beforeRecording.accept(outcome.pending().name);
      }
      try {
        waves.record(outcome);
      } catch (IOException e) {
        say("无法记录 " + outcome.pending().name + " 的处理状态（重启后将重新处理）：" + e);
      }
      if (outcome.result() != null && !outcome.changedDuring()) {
        say(WatchLog.line(outcome.result(), java.time.LocalDateTime.now()));
      }
      if (waves.overdue()) {
        writeOutputs();
      }
    }
  }

  /** Runs on a worker: hashes the file and, unless this content is already done, processes it. */
  private WatchOutcome handle(WatchWaves.Pending p) {
    if (stopping) {
      return WatchOutcome.skipped(p);
    }
    String sha;
    try {
      sha = sha256(p.path);
    } catch (NoSuchFileException e) {
      return WatchOutcome.skipped(p);
    } catch (IOException e) {
      // The processor meets the same failure and turns it into a rejection with its reason.
      sha = "unreadable-" + p.size + "-" + p.modified;
    }
    StateEntry known = state.get(p.name);
    if (known != null && known.sha256().equals(sha)) {
      return WatchOutcome.unchanged(p, sha);
    }
    Instant started = Instant.now();
    FileResult result;
    try {
      result = processor.process(p.path, p.name);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      LOG.error("处理 {} 时发生内部错误", p.name, e);
      notices.accept("处理 " + p.name + " 时发生内部错误：" + e + "（详见运行日志）");
      result = FileResult.rejected(p.name, "处理时发生内部错误：" + e);
    }
    boolean changed;
    try {
      BasicFileAttributes a = Files.readAttributes(p.path, BasicFileAttributes.class);
      changed = a.size() != p.size || a.lastModifiedTime().toMillis() != p.modified;
    } catch (IOException e) {
      changed = true;
    }
    return WatchOutcome.processed(p, sha, result, started, Instant.now(), changed);
  }

  private void writeOutputs() {
    List<FileResult> latest = waves.latest();
    try {
      outputs.write(latest);
      waves.written();
      String totals = outputs.totals(latest);
      if (!totals.equals(lastTotals)) {
        say(totals);
        lastTotals = totals;
      }
    } catch (IOException | RuntimeException e) {
      LOG.error("写出汇总失败（稍后重试）：{}", e.toString(), e);
      notices.accept("写出汇总失败（稍后重试）：" + e);
      waves.outputsFailed();
    }
  }

  /** A line for the clerk, and the same line in the log. */
  private void say(String line) {
    LOG.info(line);
    notices.accept(line);
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md = StateStore.digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(OutputStreamSink.INSTANCE);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** Discards bytes: the digest stream does the work. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }

  /** For the lead's report: when each current version was first seen and processed, by path. */
  public Map<String, List<StateVersion>> versions() {
    Map<String, List<StateVersion>> out = new TreeMap<>();
    for (StateEntry e : state.entries()) {
      out.put(e.file(), e.versions());
    }
    return out;
  }
}
