package org.evalsheet.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.evalsheet.batch.Inbox;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.batch.TimeBoundProcessor;
import org.evalsheet.model.Profile;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.score.FileResult;

/**
 * The departments' self-check (自查): each upload is checked at once by a bounded pool, apart from the round (its
 * result never enters the board, the summary or the report), and deleted right after; its result and filled copy
 * are kept under a random id for {@code keep} and then deleted. At most {@code workers + queue} checks are admitted
 * at a time; one more is refused before its upload is read.
 */
final class SelfChecks implements AutoCloseable {
  /** Results kept at most, whatever their age: a flood of uploads cannot fill the memory. */
  static final int MAX_KEPT = 2000;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One finished self-check: its id (in its links), the upload's name, its result and its filled copy. */
  record Check(String id, String name, FileResult result, Path filled, Instant created) {}

  /** The queue is full: the caller answers 503. */
  static final class Busy extends Exception {
    private static final long serialVersionUID = 1L;

    Busy() {
      super("自查排队已满", null, false, false);
    }
  }

  private final Path uploads;
  private final Path filled;
  private final Path parts;
  private final ReadLimits limits;
  private final Duration keep;
  private final Clock clock;
  private final Semaphore admitted;
  private final int places;
  private final ExecutorService workers;
  private final TimeBoundProcessor processor;
  private final Map<String, Check> kept = new LinkedHashMap<>();
  private volatile boolean stopping;

  /**
   * Starts with an empty folder: what a killed server left there is deleted now, so nothing outlives the hour.
   *
   * @param dir the self-checks' own folder (uploads, filled copies, multipart parts), emptied first
   */
  SelfChecks(Path dir, Profile profile, ReadLimits limits, int workers, int queue, Duration keep, Clock clock)
      throws IOException {
    Files.createDirectories(dir);
    Trees.deleteContents(dir);
    this.uploads = Files.createDirectories(dir.resolve("uploads"));
    this.filled = Files.createDirectories(dir.resolve("filled"));
    this.parts = Files.createDirectories(dir.resolve("parts"));
    this.limits = limits;
    this.keep = keep;
    this.clock = clock;
    this.places = workers + queue;
    this.admitted = new Semaphore(places);
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "evalsheet-check-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.processor = new TimeBoundProcessor(new Pipeline(limits, profile, filled), limits.timeout());
  }

  /** Where the server puts multipart parts while it receives them (deleted by the server after each request). */
  Path parts() {
    return parts;
  }

  /** Takes a place in the queue, or throws {@link Busy}; each {@link #admit()} is followed by one {@link #release()}. */
  void admit() throws Busy {
    if (stopping || !admitted.tryAcquire()) {
      throw new Busy();
    }
  }

  void release() {
    admitted.release();
  }

  /** From now on every {@link #admit()} is refused; checks already admitted go on. */
  void stopAccepting() {
    stopping = true;
  }

  /** Waits until every admitted check has been answered (or {@code max} has passed). */
  void awaitIdle(Duration max) throws InterruptedException {
    if (admitted.tryAcquire(places, max.toMillis(), TimeUnit.MILLISECONDS)) {
      admitted.release(places);
    }
  }

  /**
   * Checks one upload (after {@link #admit()}): stores it under a name of its own, runs it through the pipeline on a
   * worker within the time limit, deletes it and keeps the result.
   *
   * @param submitted the name the browser sent, used only for display (never as a path)
   * @param content the upload's bytes; more than the size limit is refused with {@link TooLarge}
   */
  Check check(String submitted, InputStream content) throws IOException, InterruptedException, TooLarge {
    String id = HexFormat.of().formatHex(bytes(16));
    String name = UploadNames.safe(submitted);
    Path upload = uploads.resolve(id + UploadNames.extension(name));
    try {
      copyBounded(content, upload);
      Future<FileResult> task = workers.submit(() -> run(upload, id, name));
      FileResult r = task.get();
      Path copy = filled.resolve(id).resolve(name);
      Check c = new Check(id, name, r, Files.isRegularFile(copy) ? copy : null, clock.instant());
      keep(c);
      return c;
    } catch (ExecutionException e) {
      throw new IOException("自查失败：" + e.getCause(), e.getCause());
    } finally {
      Files.deleteIfExists(upload);
    }
  }

  private FileResult run(Path upload, String id, String name) {
    Optional<FileResult> byName = Inbox.classify(Path.of(name));
    FileResult r = byName.orElseGet(() -> processor.process(upload, id + "/" + name));
    return new FileResult(name, r.status(), r.reason(), r.tables());
  }

  /** The upload is larger than the size limit (the server answers 413). */
  static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("文件过大", null, false, false);
    }
  }

  private void copyBounded(InputStream in, Path target) throws IOException, TooLarge {
    long max = limits.maxFileBytes();
    long total = 0;
    byte[] buf = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > max) {
          throw new TooLarge();
        }
        out.write(buf, 0, n);
      }
    }
  }

  /** A kept check by its id, unless it has expired. */
  synchronized Optional<Check> get(String id) {
    Check c = kept.get(id);
    if (c == null || expired(c, clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(c);
  }

  private synchronized void keep(Check c) {
    kept.put(c.id(), c);
    while (kept.size() > MAX_KEPT) {
      Iterator<Check> it = kept.values().iterator();
      Check oldest = it.next();
      it.remove();
      delete(oldest);
    }
  }

  /** Deletes every check older than {@code keep}; returns how many went. */
  synchronized int sweep() {
    Instant now = clock.instant();
    int n = 0;
    for (Iterator<Check> it = kept.values().iterator(); it.hasNext(); ) {
      Check c = it.next();
      if (expired(c, now)) {
        it.remove();
        delete(c);
        n++;
      }
    }
    return n;
  }

  /** Checks admitted and not yet answered. */
  int inFlight() {
    return places - admitted.availablePermits();
  }

  synchronized int size() {
    return kept.size();
  }

  private boolean expired(Check c, Instant now) {
    return !c.created().plus(keep).isAfter(now);
  }

  private void delete(Check c) {
    Trees.deleteQuietly(filled.resolve(c.id()));
  }

  /** Refuses new checks, lets those admitted finish (up to the time limit), then deletes every upload and copy. */
  @Override
  public void close() {
    stopping = true;
    workers.shutdown();
    try {
      workers.awaitTermination(limits.timeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.shutdownNow();
    processor.close();
    synchronized (this) {
      kept.values().forEach(this::delete);
      kept.clear();
    }
    Trees.deleteQuietly(uploads);
    Trees.deleteQuietly(filled);
  }

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
