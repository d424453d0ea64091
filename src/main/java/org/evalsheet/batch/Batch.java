package org.evalsheet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.evalsheet.model.EvalsheetException;
import org.evalsheet.score.FileResult;
import org.evalsheet.write.AtomicFiles;

/**
 * One round over the inbox (批量处理): the output folder locked as a watcher locks it and an earlier run's copies set
 * aside, every file classified, the workbooks processed in parallel with a wall-clock bound each, the results put in
 * path order, checked against the roster and handed to the outputs. One file's failure never stops the round.
 */
public final class Batch {
  private final RoundOutputs outputs;

  /** A run that hands its results to {@code outputs} (the summary workbook and the report). */
  public Batch(RoundOutputs outputs) {
    this.outputs = outputs;
  }

  /**
   * Runs the round.
   *
   * @param opts folders, roster, threads and limits
   * @param processor turns one workbook into its result; called from several threads at once
   * @param listener hears progress, one call at a time
   * @return every file's result in path order, the roster check and the exit code
   * @throws IllegalArgumentException with a Chinese message when an output would land inside the inbox (usage)
   * @throws InboxUnreadableException when the inbox cannot be listed (exit code 3)
   * @throws org.evalsheet.model.UnreadableFileException when the roster cannot be read
   * @throws LockHeldException when another evalsheet (a watcher) uses the output folder (exit code 2)
   * @throws IOException when the output folder or the round's outputs cannot be written
   * @throws InterruptedException when the calling thread is interrupted; workers are then interrupted too
   */
  public BatchResult run(BatchOptions opts, FileProcessor processor, BatchListener listener)
      throws EvalsheetException, IOException, InterruptedException {
    long start = System.nanoTime();
    checkOutputs(opts);
    // The inbox and the roster are read before anything is created: a mistyped name leaves no folder behind.
    Inbox inbox = Inbox.scan(opts.inbox());
    Roster roster = opts.roster() == null ? null : RosterReader.read(opts.roster(), opts.limits());
    try (OutDirLock lock = OutDirLock.acquire(opts.outDir())) {
      AtomicFiles.sweepTemps(lock.outDir());
      int previous = PreviousCopies.setAside(lock.outDir());
      return round(opts, inbox, roster, processor, listener, start, previous);
    }
  }

  private BatchResult round(BatchOptions opts, Inbox inbox, Roster roster, FileProcessor processor,
      BatchListener listener, long start, int previous) throws IOException, InterruptedException {

    List<FileResult> results = new ArrayList<>(inbox.unreadable());
    List<InboxFile> work = new ArrayList<>();
    for (InboxFile f : inbox.files()) {
      Optional<FileResult> verdict = Inbox.classify(relative(inbox, f));
      if (verdict.isPresent()) {
        results.add(verdict.get());
      } else {
        work.add(f);
      }
    }
    Progress progress = new Progress(listener, inbox.files().size() + inbox.unreadable().size());
    progress.started();
    results.forEach(progress::done);
    results.addAll(process(work, processor, opts.limits().timeout(), opts.threads(), progress));
    results.sort(Comparator.comparing(FileResult::file));

    RosterOutcome outcome = RosterOutcome.NONE;
    if (roster != null) {
      Map<String, FileTime> modified = new HashMap<>();
      inbox.files().forEach(f -> modified.put(f.name(), f.modified()));
      results = RosterCheck.attribute(roster, results);
      outcome = RosterCheck.check(roster, results, modified::get);
      results = RosterCheck.flagSuperseded(results, outcome);
    }
    outputs.write(results, outcome);
    BatchResult result =
        new BatchResult(results, outcome, Duration.ofNanos(System.nanoTime() - start), previous);
    progress.finished(result);
    return result;
  }

  /**
   * Refuses an output folder (or report file) that is the inbox or inside it, and an inbox inside the folder the
   * filled copies go to, so that no output ever lands among the submissions.
   *
   * @throws IllegalArgumentException with a Chinese message for the clerk
   */
  public static void checkOutputs(BatchOptions opts) {
    Path inbox = real(opts.inbox());
    Path out = real(opts.outDir());
    if (out.startsWith(inbox)) {
      throw new IllegalArgumentException(out.equals(inbox)
          ? "输出文件夹不能与收件文件夹相同：" + opts.outDir() + "。请另选一个文件夹存放结果。"
          : "输出文件夹不能放在收件文件夹里面：" + opts.outDir() + " 位于 " + opts.inbox() + " 之中。请另选一个文件夹存放结果。");
    }
    if (opts.json() != null && real(opts.json()).startsWith(inbox)) {
      throw new IllegalArgumentException("报告文件不能写在收件文件夹里面：" + opts.json() + "。请另选一个位置。");
    }
    if (inbox.startsWith(real(opts.filledDir()))) {
      throw new IllegalArgumentException("收件文件夹不能放在输出文件夹的 filled 子文件夹里面：" + opts.inbox() + "。请另选一个输出文件夹。");
    }
  }

  /** The path with symbolic links resolved as far as it exists, so two spellings of one folder compare equal. */
  static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
    } catch (IOException e) {
      return abs;
    }
  }

  private static Path relative(Inbox inbox, InboxFile f) {
    return inbox.root().relativize(f.path());
  }

  private static List<FileResult> process(
      List<InboxFile> work, FileProcessor processor, Duration timeout, int threads, Progress progress)
      throws InterruptedException {
    if (work.isEmpty()) {
      return List.of();
    }
    // Each file runs on a worker of its own while a supervisor from the fixed pool waits for it with the timeout,
    // so a worker that never returns is interrupted and abandoned without taking a slot from the others.
    ExecutorService supervisors =
        Executors.newFixedThreadPool(Math.min(threads, work.size()), TimeBoundProcessor.daemon("evalsheet-batch"));
    try (TimeBoundProcessor bounded = new TimeBoundProcessor(processor, timeout)) {
      List<Future<FileResult>> futures = new ArrayList<>(work.size());
      for (InboxFile f : work) {
        futures.add(supervisors.submit(() -> {
          FileResult r = bounded.process(f.path(), f.name());
          if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
          }
          progress.done(r);
          return r;
        }));
      }
      List<FileResult> out = new ArrayList<>(work.size());
      for (Future<FileResult> future : futures) {
        out.add(get(future));
      }
      return out;
    } finally {
      supervisors.shutdownNow();
    }
  }

  private static FileResult get(Future<FileResult> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof InterruptedException ie) {
        throw ie;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Serialises listener calls and counts finished files. */
  private static final class Progress {
    private final BatchListener listener;
    private final int total;
    private int done;

    Progress(BatchListener listener, int total) {
      this.listener = listener == null ? BatchListener.NONE : listener;
      this.total = total;
    }

    synchronized void started() {
      listener.started(total);
    }

    synchronized void done(FileResult r) {
      done++;
      listener.fileDone(r, done, total);
    }

    synchronized void finished(BatchResult r) {
      listener.finished(r);
    }
  }
}
