package org.evalsheet.write.fill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.score.Assessor;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.write.fill.FilledCopyWriter.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Milliseconds per filled copy on one thread, fast path against usermodel (填写速度), over 1,000 seed-size files.
 * A measurement, not a test: run with {@code mvn -o test -Dtest=FillSpeedBench -Dfill.bench=1000}.
 */
@EnabledIfSystemProperty(named = "fill.bench", matches = "\\d+")
class FillSpeedBench {
  @TempDir Path dir;

  @Test
  void millisecondsPerFile() throws Exception {
    int n = Integer.parseInt(System.getProperty("fill.bench"));
    Path in = Files.createDirectories(dir.resolve("in"));
    Path seed = new SeedWorkbook().write(in.resolve("seed-0.xlsx"));
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      inputs.add(i == 0 ? seed : Files.copy(seed, in.resolve("seed-" + i + ".xlsx")));
    }
    WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);
    List<List<TableResult>> results = new ArrayList<>();
    for (Path p : inputs) {
      List<TableResult> r = new ArrayList<>();
      for (IndicatorTable t : reader.read(p)) {
        r.add(Assessor.assess(t, ProfileReader.defaults()));
      }
      results.add(r);
    }
    for (int round = 0; round < 2; round++) {
      for (Route route : List.of(Route.USERMODEL, Route.FAST)) {
        Path out = Files.createDirectories(dir.resolve(route + "-" + round));
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
          FilledCopyWriter.write(inputs.get(i), out.resolve(inputs.get(i).getFileName()), results.get(i), route);
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        System.out.printf("round %d %-9s %.2f ms/file (%d files, %d bytes each out)%n", round, route, ms, n,
            Files.size(out.resolve("seed-0.xlsx")));
      }
    }
    String keep = System.getProperty("fill.keep");
    if (keep != null) {
      Files.createDirectories(Path.of(keep));
      Files.copy(dir.resolve("FAST-1/seed-0.xlsx"), Path.of(keep, "fast.xlsx"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.copy(dir.resolve("USERMODEL-1/seed-0.xlsx"), Path.of(keep, "usermodel.xlsx"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Files.copy(seed, Path.of(keep, "input.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
