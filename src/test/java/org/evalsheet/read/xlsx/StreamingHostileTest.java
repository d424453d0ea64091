package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.testing.HostileInputs;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken and dangerous inputs through {@code WorkbookReader.read(Path)}: the same reasons as before streaming. */
class StreamingHostileTest {

  @TempDir static Path corpusDir;
  static List<HostileInputs.Case> corpus;

  @TempDir Path dir;

  @BeforeAll
  static void buildCorpus() {
    corpus = HostileInputs.build(corpusDir);
  }

  static Stream<HostileInputs.Case> corpus() {
    return corpus.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void hostileInputIsRejectedByTheReaderWithItsReason(HostileInputs.Case c) {
    assertThat(LoaderEquivalence.readerOutcome(c.file(), ReadLimits.DEFAULT)).isEqualTo(c.reason());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml"})
  void streamingParserRefusesDoctypeOnItsOwn(String part) throws IOException {
    Map<String, byte[]> parts = HostileInputs.unzip(HostileInputs.realXlsx(dir));
    String xml = new String(parts.get(part), StandardCharsets.UTF_8);
    int root = xml.indexOf('<', xml.indexOf("?>") + 2);
    parts.put(part, (xml.substring(0, root) + "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>" + xml.substring(root))
        .getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("doctype.xlsx"), HostileInputs.zip(parts));

    // Bypasses the zip inspection, which would name the DOCTYPE first.
    Throwable thrown = catchThrowable(() -> {
      try (StreamingGridLoader loader = StreamingGridLoader.open(file, ReadLimits.DEFAULT.maxCellsPerSheet())) {
        loader.visibleGrids();
      }
    });
    assertThat(thrown).isNotNull();
    assertThat(InputReasons.forFailure(thrown)).isEqualTo(HostileInputs.DOCTYPE);
  }

  @Test
  void damagedWorkbooksReadAsTheyDidBeforeStreaming() {
    byte[] real = Mutants.bytes(new SeedWorkbook().write(dir.resolve("seed.xlsx")));
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      Random random = new Random(20240603L);
      int differing = 0;
      StringBuilder report = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        Path file = Files.write(dir.resolve("mutant-" + i + ".xlsx"), Mutants.mutate(real, random));
        Object before = LoaderEquivalence.usermodelOutcome(file, ReadLimits.DEFAULT);
        Object now = LoaderEquivalence.readerOutcome(file, ReadLimits.DEFAULT);
        if (!before.equals(now)) {
          differing++;
          report.append("\nmutant ").append(i).append(": before ").append(brief(before)).append(", now ")
              .append(brief(now));
        }
        Files.delete(file);
      }
      assertThat(differing).as(report.toString()).isZero();
    });
  }

  private static String brief(Object outcome) {
    return outcome instanceof List<?> l ? l.size() + " tables" : String.valueOf(outcome);
  }
}
