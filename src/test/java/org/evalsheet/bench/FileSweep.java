package org.evalsheet.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs one job over every workbook (工作簿) under the inputs on a fixed pool and prints one line of per-file timings;
 * shared by the floor and the POI round trip so both are measured the same way. JDK only.
 */
final class FileSweep {

  /** What is done to one file: read {@code in}, write one copy to {@code out}. */
  interface Job {
    void run(Path in, Path out) throws Exception;
  }

  /** The parsed arguments: {@code [--threads N] --out DIR INPUT...}. */
  record Args(int threads, Path out, List<Path> inputs) {
    static Args parse(String[] args) {
      int threads = Runtime.getRuntime().availableProcessors();
      Path out = null;
      List<Path> inputs = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--threads" -> threads = Integer.parseInt(args[++i]);
          case "--out" -> out = Path.of(args[++i]);
          default -> inputs.add(Path.of(args[i]));
        }
      }
      if (out == null || inputs.isEmpty()) {
        throw new IllegalArgumentException("usage: [--threads N] --out DIR INPUT...");
      }
      return new Args(threads, out, inputs);
    }
  }

  /** The outcome of a sweep. */
  record Result(int files, int failed, long wallNanos, long[] perFileNanos) {
    String line(String name, int threads) {
      long[] sorted = perFileNanos.clone();
      Arrays.sort(sorted);
      double mean = sorted.length == 0 ? 0 : Arrays.stream(sorted).average().orElse(0) / 1e6;
      return String.format(Locale.ROOT,
          "%s: files=%d failed=%d threads=%d in-process-wall=%.3fs files/s=%.1f per-file-ms mean=%.2f median=%.2f p95=%.2f",
          name, files, failed, threads, wallNanos / 1e9, files / (wallNanos / 1e9), mean, pct(sorted, 50) / 1e6,
          pct(sorted, 95) / 1e6);
    }

    private static double pct(long[] sorted, int p) {
      return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)];
    }
  }

  private FileSweep() {}

  /** Every .xlsx/.xlsm under the input (or the input itself), sorted by path, paired with its output path. */
  static List<Path[]> files(Path input, Path out) throws IOException {
    if (Files.isRegularFile(input)) {
      return List.<Path[]>of(new Path[] {input, out.resolve(input.getFileName().toString())});
    }
    try (Stream<Path> s = Files.walk(input)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches("(?i)[^~.].*\\.xls[xm]"))
          .sorted()
          .map(p -> new Path[] {p, out.resolve(input.relativize(p).toString())})
          .toList();
    }
  }

  /** Runs the job over every file; failures are counted and printed, never thrown. */
  static Result run(Args args, Job job, PrintStream err) throws Exception {
    List<Path[]> all = new ArrayList<>();
    for (Path input : args.inputs()) {
      all.addAll(files(input, args.out()));
    }
    long[] nanos = new long[all.size()];
    int failed = 0;
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(args.threads());
    try {
      List<Future<Long>> futures = new ArrayList<>();
      for (Path[] pair : all) {
        futures.add(pool.submit(() -> {
          long t0 = System.nanoTime();
          Files.createDirectories(pair[1].getParent());
          job.run(pair[0], pair[1]);
          return System.nanoTime() - t0;
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          nanos[i] = futures.get(i).get();
        } catch (java.util.concurrent.ExecutionException e) {
          failed++;
          err.println("failed: " + all.get(i)[0] + ": " + e.getCause());
        }
      }
    } finally {
      pool.shutdown();
    }
    return new Result(all.size(), failed, System.nanoTime() - start, nanos);
  }
}
