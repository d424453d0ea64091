package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.testing.HostileInputs;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch through the real pipeline meeting every kind of bad input: each ends rejected with its reason. */
class BatchPipelineTest {

  @TempDir Path dir;

  private BatchResult run(Path inbox, ReadLimits limits) throws Exception {
    BatchOptions opts = BatchOptions.of(inbox, dir.resolve("out")).withLimits(limits).withThreads(2);
    return new Batch(new RoundFiles(opts.outDir(), null, GradeScale.DEFAULT))
        .run(opts, new Pipeline(limits, ProfileReader.defaults(), opts.filledDir()), BatchListener.NONE);
  }

  private static Map<String, FileResult> byName(BatchResult r) {
    return r.files().stream().collect(Collectors.toMap(FileResult::file, Function.identity()));
  }

  @Test
  void hostileAndBrokenInputsAreRejectedWithTheirReasonsAndTheBatchGoesOn() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    List<HostileInputs.Case> cases = HostileInputs.build(dir.resolve("corpus"));
    for (HostileInputs.Case c : cases) {
      Files.copy(c.file(), inbox.resolve(c.file().getFileName()));
    }
    new SeedWorkbook().write(inbox.resolve("good.xlsx"));
    try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(inbox.resolve("通知.xlsx"))) {
      wb.createSheet("说明").createRow(0).createCell(0).setCellValue("请于月底前报送");
      wb.write(out);
    }
    BatchResult r = run(inbox, ReadLimits.DEFAULT);
    Map<String, FileResult> files = byName(r);
    for (HostileInputs.Case c : cases) {
      FileResult f = files.get(c.file().getFileName().toString());
      assertThat(f.status()).as(c.name()).isEqualTo(Status.REJECTED);
      assertThat(f.reason()).as(c.name()).isEqualTo(c.reason());
    }
    assertThat(files.get("通知.xlsx").reason()).startsWith("未找到指标表");
    assertThat(files.get("good.xlsx").status()).isEqualTo(Status.OK);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(dir.resolve("out/summary.xlsx")).isRegularFile();
  }

  @Test
  void aFileTooLargeOrTooSlowIsRejectedWithAClearReason() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    new SeedWorkbook().write(inbox.resolve("a.xlsx"));
    ReadLimits small = new ReadLimits(1_000, ReadLimits.DEFAULT.maxCellsPerSheet(), Duration.ofSeconds(60));
    assertThat(byName(run(inbox, small)).get("a.xlsx").reason()).startsWith("文件过大");

    ReadLimits hasty = new ReadLimits(ReadLimits.DEFAULT.maxFileBytes(), ReadLimits.DEFAULT.maxCellsPerSheet(),
        Duration.ofNanos(1));
    assertThat(byName(run(inbox, hasty)).get("a.xlsx").reason()).startsWith("处理超时");
  }
}
