package org.evalsheet.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Severity;
import org.evalsheet.testing.SeedModel;
import org.junit.jupiter.api.Test;

class SeedValidationTest {

  @Test
  void seedHasNoErrorsOrWarningsAndNotesOnlyWhereScoresDoNotFitTheirRules() {
    List<Finding> findings = Validator.validate(SeedModel.table());
    assertThat(findings).allMatch(f -> f.severity() == Severity.INFO);
    assertThat(findings).extracting(Finding::code).containsOnly("SCORE_NOT_ALLOWED_BY_RULE");
    assertThat(findings).extracting(f -> f.cell().toString())
        .containsExactly("指标体系!J6", "指标体系!J7", "指标体系!J8");
  }
}
