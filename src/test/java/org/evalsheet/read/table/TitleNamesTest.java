package org.evalsheet.read.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units and projects named in titles and file names (标题中的单位和项目), as departments write them. */
class TitleNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
      青岛市教育局2023年度课后服务项目绩效自评表                    | 青岛市教育局           | 课后服务
      附件3-1 青岛市教育局2023年度课后服务补助项目绩效自评表       | 青岛市教育局           | 课后服务补助
      青岛市人民政府办公厅专项业务费项目支出指标体系                | 青岛市人民政府办公厅   | 专项业务费
      青岛市卫生健康委员会-2023年度基本公共卫生服务项目绩效自评表  | 青岛市卫生健康委员会   | 基本公共卫生服务
      青岛市科学技术局2023年科技创新券项目自评指标体系              | 青岛市科学技术局       | 科技创新券
      青岛市体育局-绩效自评表                                        | 青岛市体育局           | NONE
      民政局 养老服务补贴 自评表（终稿）                            | 民政局                 | 养老服务补贴
      项目支出绩效自评表（青岛市农业农村局 高标准农田建设）         | 青岛市农业农村局       | 高标准农田建设
      附件2 项目支出绩效自评表（青岛市农业农村局 高标准农田建设）   | 青岛市农业农村局       | 高标准农田建设
      青岛市人力资源和社会保障局就业补助资金绩效自评表 修改版       | 青岛市人力资源和社会保障局 | 就业补助资金
      青岛市交通运输局农村公路养护项目绩效自评表                    | 青岛市交通运输局       | 农村公路养护
      青岛市文化和旅游局公共文化服务体系建设项目自评表              | 青岛市文化和旅游局     | 公共文化服务体系建设
      青岛市住房和城乡建设局2023年度老旧小区改造项目绩效自评表      | 青岛市住房和城乡建设局 | 老旧小区改造
      2023年度青岛市水务管理局污水处理设施运维项目绩效自评表        | 青岛市水务管理局       | 污水处理设施运维
      青岛市外事办公室2023年度因公出国经费绩效评价表                | 青岛市外事办公室       | 因公出国经费
      青岛市公安局2024年度交通安全宣传经费支出绩效自评表            | 青岛市公安局           | 交通安全宣传经费
      市北区人民政府2023年度部门整体支出绩效自评表                  | 市北区人民政府         | NONE
      青岛市大数据发展管理局数据中心运维项目绩效自评表              | 青岛市大数据发展管理局 | 数据中心运维
      项目支出绩效自评表                                            | NONE                   | NONE
      Sheet1                                                        | NONE                   | NONE
      """)
  void titlesNameTheirUnitAndProject(String title, String unit, String project) {
    TitleNames.Names n = TitleNames.of(title);
    assertThat(n.unit()).as("unit").isEqualTo(unit == null ? "" : unit);
    assertThat(n.project()).as("project").isEqualTo(project == null ? "" : project);
  }
}
