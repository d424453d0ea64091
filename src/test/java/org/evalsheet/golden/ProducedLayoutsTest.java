package org.evalsheet.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalsheet.golden.SeedLayoutsTest.assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.Severity;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.score.Deduction;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.SeedLayouts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layout fixtures written by openpyxl and re-saved by LibreOffice ({@code src/test/resources/layouts/}, whose
 * README gives each file's expected outcome) read to the seed's own numbers with no error.
 */
class ProducedLayoutsTest {
  @TempDir Path dir;

  static Stream<Path> fixtures() throws IOException {
    Path root = ProjectFiles.root().resolve("src/test/resources/layouts");
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xls")).sorted()
          .toList();
      assertThat(all).hasSizeGreaterThanOrEqualTo(24);
      return all.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachProducersLayoutGivesTheSeedsNumbers(Path file) throws Exception {
    String name = file.getFileName().toString().replaceAll("\\.xlsx?$", "");
    if (name.equals("declaration")) {
      FileResult r = new Pipeline(ReadLimits.DEFAULT, ProfileReader.defaults(), null).process(file, name);
      assertThat(r.status()).isEqualTo(Status.REJECTED);
      assertThat(r.reason()).contains("绩效目标申报表");
      return;
    }
    TableResult baseline = assess(new SeedLayouts().write(dir.resolve("baseline.xlsx")));
    TableResult r = assess(file);
    boolean na = name.startsWith("not-applicable");

    assertThat(r.table().indicators()).extracting(i -> i.path())
        .containsExactlyElementsOf(baseline.table().indicators().stream().map(i -> i.path()).toList());
    assertThat(r.evaluation().scoreTotal()).isEqualByComparingTo(na ? "93.4" : "98.4");
    assertThat(r.evaluation().applicableWeight()).isEqualByComparingTo(na ? "95" : "100");
    assertThat(r.evaluation().onHundred()).isEqualByComparingTo(na ? "98.32" : "98.4");
    assertThat(r.evaluation().grade()).isEqualTo("优");
    assertThat(r.evaluation().deductions()).extracting(Deduction::name)
        .containsExactly("绩效目标合理性", "绩效指标明确性", "预算编制科学性", "预算执行率");
    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.INFO).extracting(f -> f.code() + f.message())
        .containsExactlyInAnyOrderElementsOf(baseline.findings().stream().filter(f -> f.severity() != Severity.INFO)
            .map(f -> f.code() + f.message()).toList());
    if (name.equals("reviewer")) {
      assertThat(r.evaluation().reviewerTotal()).isEqualByComparingTo("97.9");
    }
    if (name.equals("title-only")) {
      assertThat(r.table().unit()).isEqualTo("青岛市教育局");
    }
  }
}
