package org.evalsheet.batch;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.evalsheet.score.FileResult;

/**
 * A processor with a wall-clock budget per file (单个文件时限): the work runs on a worker thread of its own; when
 * the budget runs out the worker is interrupted and abandoned and the file is rejected with the reason, so one
 * pathological file never holds up a batch or a watcher. Any failure of the work becomes a rejected result too.
 */
public final class TimeBoundProcessor implements FileProcessor, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TimeBoundProcessor.class);
  private final FileProcessor inner;
  private final Duration timeout;
  private final ExecutorService workers = Executors.newCachedThreadPool(daemon("evalsheet-file"));

  /**
   * @param inner the real work
   * @param timeout the budget per file; null, zero or negative for none
   */
  public TimeBoundProcessor(FileProcessor inner, Duration timeout) {
    this.inner = inner;
    this.timeout = timeout;
  }

  /**
   * Runs the work within the budget. When the calling thread is interrupted (the run is being stopped) the work
   * is interrupted too, the interrupt flag stays set and the file is reported as stopped.
   */
  @Override
  public FileResult process(Path file, String name) {
    Future<FileResult> task = workers.submit(() -> inner.process(file, name));
    try {
      FileResult r = bounded() ? task.get(timeout.toNanos(), TimeUnit.NANOSECONDS) : task.get();
      return r != null ? r : FileResult.rejected(name, "处理时发生内部错误：没有得到结果");
    } catch (TimeoutException e) {
      task.cancel(true);
      String reason = "处理超时（超过 " + seconds(timeout) + " 秒）";
      LOG.warn("{}：无法处理，{}", name, reason);
      return FileResult.rejected(name, reason);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof VirtualMachineError vm) {
        throw vm;
      }
      LOG.error("{}：处理时发生内部错误", name, cause);
      return FileResult.rejected(name, "处理时发生内部错误：" + describe(cause));
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      return FileResult.rejected(name, "处理被中止");
    }
  }

  /** Interrupts every file still in hand. */
  @Override
  public void close() {
    workers.shutdownNow();
  }

  private boolean bounded() {
    return timeout != null && !timeout.isZero() && !timeout.isNegative();
  }

  static String seconds(Duration d) {
    return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
  }

  private static String describe(Throwable t) {
    String msg = t.getMessage();
    return t.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : "：" + msg.strip());
  }

  static ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
