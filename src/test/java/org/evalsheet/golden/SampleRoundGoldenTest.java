package org.evalsheet.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evalsheet.batch.Batch;
import org.evalsheet.batch.BatchListener;
import org.evalsheet.batch.BatchOptions;
import org.evalsheet.batch.BatchResult;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.batch.RoundOutputs;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.Severity;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.score.Deduction;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.samples.SampleExpectations.Expected;
import org.evalsheet.testing.samples.SampleExpectations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled round (sample-workbooks/) run through the real pipeline: every file's status, reason, tables,
 * totals, grades, level-1 scores and error cells as sample-workbooks/README.md states them.
 */
class SampleRoundGoldenTest {

  @TempDir static Path dir;
  static Map<String, FileResult> byFile;
  static BatchResult result;

  @BeforeAll
  static void runTheRound() throws Exception {
    Path inbox = ProjectFiles.copyTree(ProjectFiles.samples().resolve("submissions"), dir.resolve("inbox"));
    BatchOptions opts = BatchOptions.of(inbox, dir.resolve("out"))
        .withRoster(ProjectFiles.samples().resolve("roster.txt"));
    result = new Batch(RoundOutputs.NONE)
        .run(opts, new Pipeline(ReadLimits.DEFAULT, ProfileReader.defaults(), opts.filledDir()), BatchListener.NONE);
    byFile = new java.util.TreeMap<>();
    result.files().forEach(f -> byFile.put(f.file(), f));
  }

  static Stream<String> files() {
    return SampleExpectations.byFile().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void eachSubmissionEndsAsExpected(String file) {
    List<Expected> expected = SampleExpectations.byFile().get(file);
    FileResult actual = byFile.get(file);
    assertThat(actual).as("result for %s", file).isNotNull();
    assertThat(actual.status().key()).isEqualTo(expected.get(0).status());
    if (expected.get(0).sheet() == null) {
      if (actual.status().key().equals("rejected")) {
        assertThat(actual.reason()).contains(expected.get(0).reason());
      }
      assertThat(actual.tables()).isEmpty();
      return;
    }
    assertThat(actual.tables()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertTable(actual.tables().get(i), expected.get(i));
    }
  }

  @Test
  void roundTotalsAndRosterMatch() {
    Map<String, Integer> totals = SampleExpectations.totals();
    assertThat(result.files()).hasSize(totals.get("files"));
    for (String status : List.of("ok", "invalid", "rejected", "ignored")) {
      assertThat(result.files().stream().filter(f -> f.status().key().equals(status)).count())
          .as(status).isEqualTo((long) totals.get(status));
    }
    assertThat(result.roster().missing()).containsExactlyElementsOf(SampleExpectations.NOT_SUBMITTED);
    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void seedGivesTheReportsNumbersDeductionsAndConclusion() throws Exception {
    Expected seed = SampleExpectations.SEED;
    FileResult r = new Pipeline(ReadLimits.DEFAULT, ProfileReader.defaults(), null)
        .process(ProjectFiles.samples().resolve(seed.file()), seed.file());
    assertThat(r.status().key()).isEqualTo("ok");
    TableResult t = r.tables().get(0);
    assertTable(t, seed);
    List<String> deductions = new ArrayList<>();
    for (Deduction d : t.evaluation().deductions()) {
      deductions.add(d.name() + "=" + Decimals.format(d.points()));
    }
    assertThat(deductions).containsExactlyElementsOf(SampleExpectations.SEED_DEDUCTIONS);
    assertThat(t.evaluation().conclusion()).isEqualTo("""
        经评价，项目综合得分 98.4 分，等次：优。
        各一级指标得分：决策 18.5 分；过程 19.9 分；产出 25 分；效益 35 分。
        扣分情况：绩效目标合理性扣 0.5 分；绩效指标明确性扣 0.5 分；预算编制科学性扣 0.5 分；预算执行率扣 0.1 分。""");
  }

  private static void assertTable(TableResult t, Expected e) {
    String where = e.file() + " / " + e.sheet();
    assertThat(t.table().sheet()).as(where).isEqualTo(e.sheet());
    assertThat(t.table().headerRow() + 1).as(where + " header row").isEqualTo(e.headerRow());
    assertThat(t.table().unit()).as(where + " unit").isEqualTo(e.unit());
    assertThat(t.table().project()).as(where + " project").isEqualTo(e.project());
    assertThat(Decimals.format(t.evaluation().scoreTotal())).as(where + " total").isEqualTo(e.total());
    assertThat(t.evaluation().grade()).as(where + " grade").isEqualTo(e.grade());
    List<String> groups = new ArrayList<>();
    for (GroupScore g : t.evaluation().level1()) {
      groups.add(g.name() + "=" + Decimals.format(g.score()));
    }
    assertThat(groups).as(where + " level-1 scores").containsExactlyElementsOf(e.groups());
    List<String> errors = new ArrayList<>();
    for (Finding f : t.findings()) {
      if (f.severity() == Severity.ERROR) {
        errors.add(f.code() + "@" + f.cell());
      }
    }
    assertThat(errors).as(where + " errors").containsExactlyElementsOf(e.errors());
  }
}
