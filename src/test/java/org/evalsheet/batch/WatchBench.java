package org.evalsheet.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;

/**
 * A manual measurement (性能测量), not a test: a burst of N files with a fake processor, then the arrival-to-result
 * latency of single files. Arguments: files (1000), settle ms (2000), bytes per file (20000).
 */
final class WatchBench {
  private WatchBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    long settle = args.length > 1 ? Long.parseLong(args[1]) : 2000;
    int size = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    Path tmp = Files.createTempDirectory("watch-bench");
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    Path out = tmp.resolve("out");
    List<List<FileResult>> rounds = new CopyOnWriteArrayList<>();
    AtomicInteger processed = new AtomicInteger();
    FileProcessor fake = (file, name) -> {
      try {
        String sha = Watcher.sha256(file);
        processed.incrementAndGet();
        return new FileResult(name, Status.OK, sha, List.of());
      } catch (java.io.IOException e) {
        return FileResult.rejected(name, e.toString());
      }
    };
    WatchOptions opts = new WatchOptions(inbox, out, Duration.ofMillis(settle), Duration.ofSeconds(30), 0);
    try (Watcher w = new Watcher(opts, fake, rounds::add)) {
      Thread t = new Thread(() -> {
        try {
          w.run();
        } catch (Exception e) {
          e.printStackTrace();
        }
      });
      t.start();
      await(rounds, 0);
      byte[] body = new byte[size];
      new java.util.Random(1).nextBytes(body);
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        body[0] = (byte) i;
        body[1] = (byte) (i >> 8);
        Files.write(inbox.resolve(String.format("dept-%04d.xlsx", i)), body);
      }
      long written = System.nanoTime();
      await(rounds, n);
      long done = System.nanoTime();
      System.out.printf("burst: %d files of %d bytes written in %d ms; all results out %d ms after the first "
          + "write (settle %d ms); processed %d; peak heap %d MB; outputs rounds %d%n", n, size,
          (written - t0) / 1_000_000, (done - t0) / 1_000_000, settle, processed.get(), peakHeapMb(),
          rounds.size());
      long total = 0;
      int singles = 5;
      for (int i = 0; i < singles; i++) {
        Thread.sleep(500);
        body[2] = (byte) (i + 1);
        long a = System.nanoTime();
        Files.write(inbox.resolve("late-" + i + ".xlsx"), body);
        await(rounds, n + i + 1);
        total += System.nanoTime() - a;
      }
      System.out.printf("latency arrival -> outputs for a single file: %d ms on average over %d (settle %d ms)%n",
          total / singles / 1_000_000, singles, settle);
      w.stop();
      t.join();
    }
  }

  private static void await(List<List<FileResult>> rounds, int size) throws InterruptedException {
    while (rounds.isEmpty() || rounds.get(rounds.size() - 1).size() != size) {
      Thread.sleep(5);
    }
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
