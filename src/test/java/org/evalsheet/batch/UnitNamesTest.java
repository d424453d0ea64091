package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit names as rosters and submissions write them: short forms, aliases, and names that must not be merged. */
class UnitNamesTest {

  @ParameterizedTest(name = "名单 {0} ← {1}")
  @CsvSource(delimiter = '|', textBlock = """
      青岛市人力资源和社会保障局      | 青岛市人社局
      青岛市人力资源和社会保障局      | 市人社局
      青岛市人社局                  | 青岛市人力资源和社会保障局
      青岛市人社局                  | 青岛市人力资源社会保障局
      市卫健委                      | 青岛市卫生健康委员会
      青岛市卫生健康委员会           | 市卫健委
      青岛市科技局                  | 青岛市科学技术局
      青岛市科学技术局              | 青岛市科技局
      青岛市发展和改革委员会         | 青岛市发改委
      青岛市发改委                   | 青岛市发展改革委员会
      青岛市住房和城乡建设局         | 市住建局
      青岛市工业和信息化局           | 青岛市工信局
      青岛市文化和旅游局             | 青岛市文旅局
      青岛市市场监督管理局           | 青岛市市场监管局
      青岛市医疗保障局              | 市医保局
      青岛市退役军人事务局           | 青岛市退役军人局
      青岛市水务管理局              | 青岛市水务局
      青岛市交通运输局              | 青岛市交通局
      青岛市人民政府办公厅           | 青岛市政府办公厅
      青岛市国有资产监督管理委员会    | 青岛市国资委
      青岛市残疾人联合会             | 青岛市残联
      """)
  void aShortFormMatchesItsFullFormBothWays(String rosterName, String submitted) {
    UnitNames names = new UnitNames(Roster.of(rosterName, "青岛市审计局", "青岛市教育局", "青岛市财政局"));
    assertThat(names.match(submitted)).as(submitted).contains(rosterName);
  }

  @ParameterizedTest(name = "名单 {0} ← {1}：不是同一单位")
  @CsvSource(delimiter = '|', textBlock = """
      青岛市科学技术局              | 青岛市科学技术协会
      青岛市科技局                  | 青岛市科协
      青岛市卫生健康委员会           | 青岛市卫生计生监督所
      青岛市人民政府办公厅           | 青岛市人民政府研究室
      青岛市交通运输局              | 青岛市交通运输执法支队局
      """)
  void namesThatOnlyLookAlikeDoNotMatch(String rosterName, String submitted) {
    UnitNames names = new UnitNames(Roster.of(rosterName, "青岛市审计局"));
    assertThat(names.match(submitted)).as(submitted).isEmpty();
  }

  @ParameterizedTest(name = "{1} ← {0}")
  @CsvSource(delimiter = '|', textBlock = """
      青岛市人社局     | 青岛市人力资源和社会保障局
      市人社局         | 青岛市人力资源和社会保障局
      就业中心         | 青岛市人力资源和社会保障局
      青岛市教育局     | 青岛市教育局
      """)
  void aliasesOnTheRosterLineMatchTheirUnit(String submitted, String unit) {
    Roster roster = Roster.of("青岛市人力资源和社会保障局,青岛市人社局,市人社局、就业中心", "青岛市教育局");
    assertThat(roster.names()).containsExactly("青岛市人力资源和社会保障局", "青岛市教育局");
    assertThat(new UnitNames(roster).match(submitted)).contains(unit);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      人社局
      人力资源和社会保障局
      """)
  void aShortNameTwoRosterUnitsShareMatchesNeither(String submitted) {
    UnitNames names = new UnitNames(Roster.of("青岛市人力资源和社会保障局", "即墨区人力资源和社会保障局"));
    assertThat(names.match(submitted)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      附件3-1 青岛市科技局2023年度科技创新券项目绩效自评表 | 青岛市科学技术局
      青岛市人社局就业补助资金绩效自评表              | 青岛市人力资源和社会保障局
      """)
  void aShortFormInATitleOrFileNameNamesItsUnit(String title, String unit) {
    UnitNames names = new UnitNames(Roster.of("青岛市科学技术局", "青岛市人力资源和社会保障局"));
    assertThat(names.within(title)).contains(unit);
  }
}
