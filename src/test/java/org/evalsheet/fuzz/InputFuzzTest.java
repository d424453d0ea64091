package org.evalsheet.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.batch.RosterReader;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.read.xlsx.OptionalParts;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.junit.jupiter.api.Timeout;

/**
 * Untrusted bytes into the three doors evalsheet opens to them (不可信输入): the reader, the filled copy and the
 * roster. Every input ends as tables, or a rejection with a reason a clerk reads; no exception escapes; a copy is
 * only ever written when POI can reopen it; each input stays within the time the batch would give it.
 *
 * <p>That time is kept by a watchdog, not by timing the call inside the test, which a real hang never returns from
 * to be measured: {@code @Timeout} fails a regression input still running after the batch's 60 s per file
 * ({@code ReadLimits.DEFAULT}), abandoning its thread, and in fuzzing mode Jazzer hands the same limit to libFuzzer
 * as {@code -timeout}, which reports such an input as a finding ({@code bench/fuzz.sh} switches JUnit's own timeout
 * off there, since JUnit sees a whole fuzzing session as one invocation).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InputFuzzTest {
  private static final ReadLimits LIMITS = ReadLimits.DEFAULT;

  @FuzzTest(maxDuration = "10m")
  void readerEndsWithTablesOrAReason(FuzzedDataProvider data) throws Exception {
    Path dir = Files.createTempDirectory("fuzz-read");
    try {
      Path file = FuzzInputs.file(data, dir);
      try {
        new WorkbookReader(LIMITS).readAll(file);
      } catch (UnreadableFileException e) {
        assertThat(e.reason()).isNotBlank();
      }
    } finally {
      FuzzInputs.clean(dir);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void aFilledCopyIsOnlyWrittenWhenItReopens(FuzzedDataProvider data) throws Exception {
    Path dir = Files.createTempDirectory("fuzz-fill");
    try {
      Path file = FuzzInputs.file(data, dir);
      Path filled = dir.resolve("filled");
      FileResult r = new Pipeline(LIMITS, ProfileReader.defaults(), filled).process(file, file.getFileName().toString());
      Path copy = filled.resolve(file.getFileName().toString());
      if (r.status() == Status.REJECTED) {
        assertThat(r.reason()).isNotBlank();
        return;
      }
      assertThat(r.status()).isIn(Status.OK, Status.INVALID);
      assertThat(copy).exists();
      try (Workbook wb = WorkbookFactory.create(copy.toFile(), null, true)) {
        assertThat(wb.getSheet("评价结论")).isNotNull();
      }
      List<?> again = new WorkbookReader(LIMITS).read(copy);
      assertThat(again).hasSameSizeAs(r.tables());
      if (copy.toString().endsWith(".xlsx")) {
        assertThat(OptionalParts.find(copy)).isEmpty();
      }
    } finally {
      FuzzInputs.clean(dir);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void rosterEndsWithNamesOrAReason(FuzzedDataProvider data) throws Exception {
    Path dir = Files.createTempDirectory("fuzz-roster");
    try {
      boolean text = data.consumeBoolean();
      Path file = text ? Files.write(dir.resolve("roster.txt"), data.consumeRemainingAsBytes())
          : FuzzInputs.file(data, dir);
      try {
        List<String> names = RosterReader.read(file, ReadLimits.DEFAULT).names();
        assertThat(names).allSatisfy(n -> assertThat(n).isNotBlank());
      } catch (UnreadableFileException e) {
        assertThat(e.reason()).isNotBlank();
      }
    } finally {
      FuzzInputs.clean(dir);
    }
  }
}
