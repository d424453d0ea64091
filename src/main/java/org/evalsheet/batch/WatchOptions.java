package org.evalsheet.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to watch a drop folder (监视选项).
 *
 * @param inbox the folder departments drop their files into; never written to
 * @param outDir where outputs and the watcher's state go
 * @param settle how long a file's size and modification time must stay unchanged before it is read (default 2 s)
 * @param rescan how often the whole inbox is listed again, for events the OS lost (default 30 s)
 * @param threads files processed at once; zero or less means the number of cores
 */
public record WatchOptions(Path inbox, Path outDir, Duration settle, Duration rescan, int threads) {
  public static final Duration DEFAULT_SETTLE = Duration.ofSeconds(2);
  public static final Duration DEFAULT_RESCAN = Duration.ofSeconds(30);

  public WatchOptions {
    inbox = Objects.requireNonNull(inbox, "inbox").toAbsolutePath().normalize();
    outDir = Objects.requireNonNull(outDir, "outDir").toAbsolutePath().normalize();
    settle = Objects.requireNonNullElse(settle, DEFAULT_SETTLE);
    rescan = Objects.requireNonNullElse(rescan, DEFAULT_RESCAN);
    if (outDir.equals(inbox)) {
      throw new IllegalArgumentException("输出目录不能与收件目录相同：" + outDir);
    }
    if (settle.isNegative()) {
      throw new IllegalArgumentException("--settle 不能为负数：" + settle.toSeconds());
    }
    if (rescan.isNegative() || rescan.isZero()) {
      throw new IllegalArgumentException("--rescan 必须大于 0：" + rescan.toSeconds());
    }
    if (threads <= 0) {
      threads = Runtime.getRuntime().availableProcessors();
    }
  }

  /** The defaults: settle 2 s, rescan 30 s, one thread per core. */
  public static WatchOptions of(Path inbox, Path outDir) {
    return new WatchOptions(inbox, outDir, DEFAULT_SETTLE, DEFAULT_RESCAN, 0);
  }
}
