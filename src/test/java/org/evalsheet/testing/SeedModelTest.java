package org.evalsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.evalsheet.model.Group;
import org.evalsheet.model.IndicatorTable;
import org.junit.jupiter.api.Test;

class SeedModelTest {

  @Test
  void seedModelHasTwentyLeavesAndDeclaredGroups() {
    IndicatorTable t = SeedModel.table();
    assertThat(t.indicators()).hasSize(20);
    assertThat(t.groups(1)).extracting(Group::name).containsExactly("决策", "过程", "产出", "效益");
    assertThat(t.groups(1)).extracting(Group::declaredWeight)
        .containsExactly(new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("25"), new BigDecimal("35"));
    assertThat(t.groups(2)).extracting(Group::name).contains("绩效目标", "可持续影响");
    assertThat(t.groups(3)).extracting(Group::name).containsExactly("社会效益", "项目发展机制可持续性");
    assertThat(t.indicators().get(16).path()).containsExactly("效益", "项目效益", "社会效益", "办复政府人大、政协提案办复率");
    assertThat(t.indicators().get(19).path()).containsExactly("效益", "可持续影响", "项目发展机制可持续性", "长效机制健全性");
    assertThat(t.indicators().get(0).row()).isEqualTo(3);
    assertThat(t.cell(t.indicators().get(8), org.evalsheet.model.Column.SCORE)).hasToString("指标体系!J12");
    assertThat(t.groups(1).get(3).lastRow()).isEqualTo(22);
  }
}
