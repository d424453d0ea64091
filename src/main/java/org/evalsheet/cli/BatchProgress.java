package org.evalsheet.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.evalsheet.batch.BatchListener;
import org.evalsheet.batch.BatchResult;
import org.evalsheet.score.FileResult;

/**
 * Shows a batch run's progress on the error stream (处理进度): on a terminal, a bar that rewrites one line;
 * otherwise (a log file, a pipe) a plain line every few seconds.
 */
final class BatchProgress implements BatchListener {
  private static final int BAR = 24;
  private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();

  private final PrintWriter err;
  private final boolean terminal;
  private final long intervalNanos;
  private final LongSupplier clock;
  private long start;
  private long last;
  private int shownWidth;
  private boolean drawn;

  /**
   * @param err where progress goes
   * @param terminal whether {@code err} is a terminal that honours {@code \r}
   * @param interval time between lines when not a terminal
   * @param clock nanoseconds, {@link System#nanoTime} outside tests
   */
  public BatchProgress(PrintWriter err, boolean terminal, Duration interval, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.intervalNanos = interval.toNanos();
    this.clock = clock;
  }

  /** Progress on {@code err}: a bar when the JVM has a console, else a line every 5 seconds. */
  public static BatchProgress forStderr(PrintWriter err) {
    return new BatchProgress(err, System.console() != null, Duration.ofSeconds(5), System::nanoTime);
  }

  @Override
  public void started(int total) {
    start = clock.getAsLong();
    last = start;
    if (terminal) {
      if (total > 0) {
        draw(0, total);
      }
    } else {
      err.println("共找到 " + total + " 个文件，开始处理……");
      err.flush();
    }
  }

  @Override
  public void fileDone(FileResult result, int done, int total) {
    long now = clock.getAsLong();
    if (terminal) {
      if (done == total || now - last >= REDRAW_NANOS) {
        last = now;
        draw(done, total);
      }
    } else if (now - last >= intervalNanos) {
      last = now;
      err.println("已处理 " + done + "/" + total + " 个文件（" + percent(done, total) + "%），已用 "
          + duration(now - start) + eta(done, total, now));
      err.flush();
    }
  }

  @Override
  public void finished(BatchResult result) {
    if (terminal && drawn) {
      err.println();
      err.flush();
    }
  }

  private void draw(int done, int total) {
    int filled = total == 0 ? BAR : (int) ((long) done * BAR / total);
    String line = "处理进度 [" + "=".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total + " "
        + percent(done, total) + "%  已用 " + duration(clock.getAsLong() - start)
        + eta(done, total, clock.getAsLong());
    int width = width(line);
    // Spaces, not an escape sequence, erase the rest of a longer earlier line: old Windows consoles show escapes.
    err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - width)));
    err.flush();
    shownWidth = width;
    drawn = true;
  }

  private String eta(int done, int total, long now) {
    long spent = now - start;
    if (done == 0 || done >= total || spent < Duration.ofSeconds(3).toNanos()) {
      return "";
    }
    return "，预计还需 " + duration(spent / done * (total - done));
  }

  private static int percent(int done, int total) {
    return total == 0 ? 100 : (int) ((long) done * 100 / total);
  }

  /** {@code 8 秒}, {@code 2 分 05 秒}. */
  static String duration(long nanos) {
    long s = Math.max(0, Math.round(nanos / 1e9));
    return s < 60 ? s + " 秒" : s / 60 + " 分 " + String.format("%02d", s % 60) + " 秒";
  }

  /** Columns on a terminal: CJK and full-width characters take two. */
  static int width(String s) {
    return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
  }

  private static boolean wide(int cp) {
    return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD));
  }
}
