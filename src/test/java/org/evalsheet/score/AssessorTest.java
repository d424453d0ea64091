package org.evalsheet.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.testing.SeedModel;
import org.evalsheet.testing.TableBuilder;
import org.junit.jupiter.api.Test;

class AssessorTest {

  @Test
  void seedIsAssessedWithoutErrors() {
    TableResult r = Assessor.assess(SeedModel.table(), ProfileReader.defaults());
    assertThat(r.errors()).isZero();
    assertThat(r.warnings()).as("part deductions under 4项各占1/4 are infos by default").isZero();
    assertThat(r.evaluation().scoreTotal()).isEqualByComparingTo("98.4");
    assertThat(r.evaluation().grade()).isEqualTo("优");
    assertThat(FileResult.read("seed.xlsx", java.util.List.of(r)).status()).isEqualTo(Status.OK);
  }

  @Test
  void scoreAboveWeightMakesTheFileInvalid() {
    IndicatorTable t = TableBuilder.create().leaf("决策(100)/目标", "100", "101").total("100", "101").build();
    TableResult r = Assessor.assess(t, ProfileReader.defaults());
    assertThat(r.findings()).extracting(Finding::code).containsExactly("SCORE_ABOVE_WEIGHT");
    assertThat(r.findings().get(0)).hasToString("指标体系!J4: 错误: 指标“目标”的得分 101 超过权重 100");
    assertThat(FileResult.read("bad.xlsx", java.util.List.of(r)).status()).isEqualTo(Status.INVALID);
  }

  @Test
  void withoutTextsKeepsEverythingButTheLongTexts() {
    TableResult r = Assessor.assess(SeedModel.table(), ProfileReader.defaults());
    TableResult slim = r.withoutTexts();
    assertThat(slim.table().indicators()).allMatch(i -> i.texts().isEmpty());
    assertThat(slim.evaluation().deductions()).extracting(d -> d.indicator().name())
        .containsExactlyElementsOf(r.evaluation().deductions().stream().map(d -> d.indicator().name()).toList());
    assertThat(slim.evaluation().leaves().get(2).indicator()).isSameAs(slim.table().indicators().get(2));
    assertThat(slim.evaluation().scoreTotal()).isEqualByComparingTo(r.evaluation().scoreTotal());
    assertThat(slim.findings()).isEqualTo(r.findings());
  }
}
