package org.evalsheet.read.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverBlockTest {

  @Test
  void projectComesFromTheTitleWhenNoLabelNamesIt() {
    assertThat(CoverBlock.projectFromTitle("青岛市人民政府办公厅专项业务费项目支出指标体系", "青岛市人民政府办公厅"))
        .isEqualTo("专项业务费");
    assertThat(CoverBlock.projectFromTitle("青岛市教育局2023年度课后服务补助项目绩效自评表", "青岛市教育局"))
        .isEqualTo("课后服务补助");
  }

  @Test
  void aTitleThatOnlyNamesTheFormGivesNoProject() {
    assertThat(CoverBlock.projectFromTitle("2023年度项目支出绩效自评表", "青岛市教育局")).isEmpty();
    assertThat(CoverBlock.projectFromTitle("", "青岛市教育局")).isEmpty();
  }
}
