package org.evalsheet.read.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void declaredWeightsInHalfAndFullWidthBrackets() {
    assertThat(Labels.named("决策 (20分)")).isEqualTo(new Labels.Named("决策", new BigDecimal("20")));
    assertThat(Labels.named("绩效目标（6分）")).isEqualTo(new Labels.Named("绩效目标", new BigDecimal("6")));
    assertThat(Labels.named("决策(20)")).isEqualTo(new Labels.Named("决策", new BigDecimal("20")));
    assertThat(Labels.named("投 入(15分)")).isEqualTo(new Labels.Named("投入", new BigDecimal("15")));
    assertThat(Labels.named("产出（１２．５分）")).isEqualTo(new Labels.Named("产出", new BigDecimal("12.5")));
    assertThat(Labels.named("效益")).isEqualTo(new Labels.Named("效益", null));
  }

  @Test
  void dashesSlashesAndBlanksArePlaceholders() {
    assertThat(Labels.isPlaceholder("-")).isTrue();
    assertThat(Labels.isPlaceholder("—")).isTrue();
    assertThat(Labels.isPlaceholder(" ")).isTrue();
    assertThat(Labels.isPlaceholder("／")).isTrue();
    assertThat(Labels.isPlaceholder("社会效益")).isFalse();
  }

  @Test
  void headerNamesIgnoreSpacesAndUnits() {
    assertThat(HeaderNames.match("权 重")).isEqualTo(org.evalsheet.model.Column.WEIGHT);
    assertThat(HeaderNames.match("得\n分")).isEqualTo(org.evalsheet.model.Column.SCORE);
    assertThat(HeaderNames.match("得分率")).isEqualTo(org.evalsheet.model.Column.RATE);
    assertThat(HeaderNames.match("分值（分）")).isEqualTo(org.evalsheet.model.Column.WEIGHT);
    assertThat(HeaderNames.match("绩效指标")).isNull();
  }

}
