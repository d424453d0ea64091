package org.evalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.read.xlsx.WorkbookOpener;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading speed (读取速度), not a unit test: 1,000 seed-size submissions read three times on one thread by the
 * usermodel path and by {@code read(Path)}, printing ms per file. Run with
 * {@code mvn -o test -Dtest=ReadBenchmarkTest -Devalsheet.bench=true}; {@code -Devalsheet.bench.files=N} changes
 * the count.
 */
@EnabledIfSystemProperty(named = "evalsheet.bench", matches = "true")
class ReadBenchmarkTest {

  @TempDir Path dir;

  @Test
  void readSeedSizeSubmissions() throws Exception {
    int count = Integer.getInteger("evalsheet.bench.files", 1000);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      files.add(new SeedWorkbook().set(i % 20, 9, String.valueOf(i % 7 * 0.5))
          .write(dir.resolve(String.format(Locale.ROOT, "单位%04d.xlsx", i))));
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf(Locale.ROOT, "%d files, %.1f KB each%n", count, bytes / 1024.0 / count);
    WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);
    Read usermodel = f -> {
      try (Workbook wb = WorkbookOpener.open(f, ReadLimits.DEFAULT)) {
        return reader.read(wb, f.getFileName().toString());
      }
    };
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    for (int pass = 1; pass <= 3; pass++) {
      double[] u = time(files, usermodel);
      double[] s = time(files, reader::read);
      System.out.printf(Locale.ROOT, "pass %d: usermodel %.2f ms/file (cpu %.2f), streaming read(Path) %.2f ms/file"
          + " (cpu %.2f): %.1fx%n", pass, u[0], u[1], s[0], s[1], u[1] / s[1]);
      best = new double[] {Math.min(best[0], u[0]), Math.min(best[1], u[1]), Math.min(best[2], s[0]),
          Math.min(best[3], s[1])};
    }
    System.out.printf(Locale.ROOT, "best: usermodel %.2f ms/file (cpu %.2f), streaming %.2f ms/file (cpu %.2f);"
        + " ratio %.1fx wall, %.1fx cpu%n", best[0], best[1], best[2], best[3], best[0] / best[2], best[1] / best[3]);
    assertThat(best[3]).isPositive();
  }

  /** A read that may fail. */
  interface Read {
    List<IndicatorTable> apply(Path file) throws Exception;
  }

  /** Wall and thread-CPU milliseconds per file. */
  private static double[] time(List<Path> files, Read read) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    int tables = 0;
    for (Path f : files) {
      tables += read.apply(f).size();
    }
    long wall = System.nanoTime() - start;
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    assertThat(tables).isEqualTo(files.size());
    return new double[] {wall / 1e6 / files.size(), cpu / 1e6 / files.size()};
  }
}
