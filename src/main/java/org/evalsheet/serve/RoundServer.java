package org.evalsheet.serve;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.evalsheet.batch.LockHeldException;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.batch.RoundFiles;
import org.evalsheet.batch.TimeBoundProcessor;
import org.evalsheet.batch.WatchRound;
import org.evalsheet.batch.Watcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code evalsheet serve} running (网页服务): the watcher on the inbox (same lock, state and outputs as
 * {@code watch}), the self-check and the web server. {@link #stop()} refuses new self-checks, lets the requests in
 * flight be answered, finishes the file the watcher has in hand and writes its outputs and state, then deletes
 * every self-check upload and copy.
 */
public final class RoundServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RoundServer.class);
  /** How long a stop lets the web server finish answering once the self-checks are done. */
  private static final long GRACE_MILLIS = 3_000;

  private final ServeOptions opts;
  private final Watcher watcher;
  private final TimeBoundProcessor processor;
  private final SelfChecks checks;
  private final RoundView view;
  private final Javalin app;
  private final ScheduledExecutorService sweeper;
  private final Thread watching;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final CountDownLatch done = new CountDownLatch(1);

  private RoundServer(ServeOptions opts, Watcher watcher, TimeBoundProcessor processor, SelfChecks checks,
      RoundView view, Consumer<String> notices) {
    this.opts = opts;
    this.watcher = watcher;
    this.processor = processor;
    this.checks = checks;
    this.view = view;
    this.app = Routes.create(opts, view, checks, GRACE_MILLIS);
    this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "evalsheet-sweep");
      t.setDaemon(true);
      return t;
    });
    this.watching = new Thread(() -> {
      try {
        watcher.run();
      } catch (IOException e) {
        LOG.error("无法监视收件文件夹 {}", opts.inbox(), e);
        notices.accept("无法监视收件文件夹 " + opts.inbox() + "：" + e.getMessage());
      }
    }, "evalsheet-watch");
  }

  /**
   * Takes the output folder's lock, starts watching and listens.
   *
   * @param notices the watcher's lines for the clerk (one per processed file), also in the log
   * @throws LockHeldException when another evalsheet uses the output folder
   * @throws IOException when the folders cannot be used
   * @throws io.javalin.util.JavalinBindException when the port is taken
   */
  public static RoundServer start(ServeOptions opts, Consumer<String> notices) throws IOException, LockHeldException {
    return start(opts, notices, Clock.systemUTC());
  }

  static RoundServer start(ServeOptions opts, Consumer<String> notices, Clock clock)
      throws IOException, LockHeldException {
    Files.createDirectories(opts.outDir());
    Path serveDir = opts.outDir().resolve(".evalsheet").resolve("serve");
    RoundView view = new RoundView(opts.inbox(), opts.outDir(),
        new RoundFiles(opts.outDir(), null, opts.profile().grades()), PreviousStore.open(opts.outDir()));
    TimeBoundProcessor processor = new TimeBoundProcessor(
        new Pipeline(opts.limits(), opts.profile(), RoundFiles.filledDir(opts.outDir())), opts.limits().timeout());
    Watcher watcher = new Watcher(opts.watch(), processor, new WatchRound(opts.inbox(), opts.roster(), view), notices);
    SelfChecks checks;
    try {
      checks = new SelfChecks(serveDir.resolve("checks"), opts.profile(), opts.limits(), opts.threads(),
          opts.queue(), opts.keep(), clock);
    } catch (IOException | RuntimeException e) {
      watcher.close();
      throw e;
    }
    view.versions(watcher::versions);
    RoundServer server = new RoundServer(opts, watcher, processor, checks, view, notices);
    try {
      server.app.start();
    } catch (RuntimeException e) {
      checks.close();
      watcher.close();
      processor.close();
      throw e;
    }
    server.watching.start();
    long every = Math.max(1, Math.min(60, opts.keep().toSeconds() / 10));
    server.sweeper.scheduleWithFixedDelay(checks::sweep, every, every, TimeUnit.SECONDS);
    return server;
  }

  /** The port listened on (the one asked for, or the one found for port 0). */
  public int port() {
    return app.port();
  }

  /** The address to open, with the token when one is needed ({@code http://127.0.0.1:8650/}). */
  public String url() {
    String host = opts.bind().contains(":") ? "[" + opts.bind() + "]" : opts.bind();
    if (host.equals("0.0.0.0") || host.equals("[::]")) {
      host = "127.0.0.1";
    }
    return "http://" + host + ":" + port() + "/" + (opts.token() == null ? "" : "?token=" + opts.token());
  }

  /** The round as the board shows it now (for tests). */
  RoundView.Snapshot snapshot() {
    return view.snapshot();
  }

  /** The self-checks (for tests). */
  SelfChecks checks() {
    return checks;
  }

  /** Blocks until {@link #stop()} has finished. */
  public void await() throws InterruptedException {
    done.await();
  }

  /** Stops cleanly (see the class comment); safe to call more than once and from any thread. */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      try {
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    try {
      checks.stopAccepting();
      checks.awaitIdle(opts.limits().timeout().plusSeconds(5));
      app.stop();
      checks.close();
      sweeper.shutdownNow();
      watcher.close();
      try {
        watching.join(Duration.ofSeconds(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      processor.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      LOG.error("停止时出错", e);
    } finally {
      done.countDown();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
