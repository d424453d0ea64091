package org.evalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.evalsheet.model.Column;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers found anywhere near the top, by any of their names, on one row or two. */
class HeaderReadTest {

  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);

  private List<IndicatorTable> read(TestSheet sheet) throws Exception {
    return reader.read(sheet.write(dir.resolve("t.xlsx")));
  }

  @Test
  void columnsAreFoundBySynonymsWithSpacesAndLineFeeds() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("一 级 指 标", "二级指标", "三级指标", "权 重", "评分依据", "指标说明", "目标值", "实际完成情况", "得\n分",
            "扣分原因", "得分率")
        .row("决策（20分）", "项目立项", "立项依据充分性", 20, "符合得满分", "说明", "充分", "充分", 20, null, null))
        .get(0);

    assertThat(t.columns()).containsEntry(Column.LEVEL1, 0).containsEntry(Column.LEVEL2, 1)
        .containsEntry(Column.LEVEL3, 2).containsEntry(Column.WEIGHT, 3).containsEntry(Column.RULE, 4)
        .containsEntry(Column.EXPLANATION, 5).containsEntry(Column.BENCHMARK, 6).containsEntry(Column.ACTUAL, 7)
        .containsEntry(Column.SCORE, 8).containsEntry(Column.REMARK, 9).containsEntry(Column.RATE, 10);
    Indicator leaf = t.indicators().get(0);
    assertThat(leaf.text(Column.ACTUAL)).isEqualTo("充分");
    assertThat(leaf.text(Column.RULE)).isEqualTo("符合得满分");
  }

  @Test
  void otherWeightAndScoreNames() throws Exception {
    for (String[] names : new String[][] {{"分值", "自评得分"}, {"权数", "评价得分"}, {"标准分", "考评得分"},
        {"满分", "实际得分"}, {"最高分", "得分"}, {"分值（分）", "得分(分)"}}) {
      IndicatorTable t = read(new TestSheet()
          .row("一级指标", "二级指标", names[0], names[1])
          .row("产出", "数量", 5, 4)).get(0);
      assertThat(t.columns()).as(String.join("/", names))
          .containsEntry(Column.WEIGHT, 2).containsEntry(Column.SCORE, 3);
    }
  }

  @Test
  void departmentWideLayoutWithSpreadLabels() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("附件3-1")
        .row("2023年度部门整体支出绩效自评表")
        .row("一级", "二级", "三级", "评分标准", "分值", "自评得分", "扣分原因和其他说明")
        .row("投 入(15分)", "预算配置（5分）", "在职人员控制率", "≤100%得满分", 5, 5, null)
        .row(null, "预算执行(10)", "预算执行率", "每降1%扣0.1分", 10, 9.5, "年底集中支出")
        .row("产 出", "职责履行", "重点工作完成率", "全部完成得满分", 85, 80, null)
        .row("合 计", null, null, null, 100, 94.5, null)).get(0);

    assertThat(t.headerRow()).isEqualTo(2);
    assertThat(t.title()).isEqualTo("2023年度部门整体支出绩效自评表");
    assertThat(t.groups(1)).extracting(Group::name, Group::declaredWeight)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("投入", new BigDecimal("15")),
            org.assertj.core.groups.Tuple.tuple("产出", null));
    assertThat(t.groups(2)).extracting(Group::declaredWeight)
        .containsExactly(new BigDecimal("5"), new BigDecimal("10"), null);
    assertThat(t.indicators()).extracting(Indicator::path).containsExactly(
        List.of("投入", "预算配置", "在职人员控制率"), List.of("投入", "预算执行", "预算执行率"),
        List.of("产出", "职责履行", "重点工作完成率"));
    assertThat(t.indicators().get(1).text(Column.REMARK)).isEqualTo("年底集中支出");
    assertThat(t.total().score().value()).isEqualByComparingTo("94.5");
  }

  @Test
  void twoRowHeaderUnderMergedHeadings() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("指标体系")
        .row("评价指标", null, null, "权重(分)", "评分标准", "自评情况", null)
        .row("一级指标", "二级指标", "三级指标", null, null, "得分", "扣分原因")
        .row("决策", "项目立项", "立项依据充分性", 3, "符合得满分", 3, null)
        .row(null, null, "立项程序规范性", 3, "符合得满分", 2, "程序不全")
        .merge("A2:C2").merge("D2:D3").merge("E2:E3").merge("F2:G2").merge("A4:A5").merge("B4:B5")).get(0);

    assertThat(t.headerRow()).isEqualTo(1);
    assertThat(t.firstDataRow()).isEqualTo(3);
    assertThat(t.columns()).containsEntry(Column.LEVEL1, 0).containsEntry(Column.LEVEL3, 2)
        .containsEntry(Column.WEIGHT, 3).containsEntry(Column.RULE, 4).containsEntry(Column.SCORE, 5)
        .containsEntry(Column.REMARK, 6);
    assertThat(t.indicators()).extracting(Indicator::name).containsExactly("立项依据充分性", "立项程序规范性");
    assertThat(t.total()).isNull();
    assertThat(t.lastRow()).isEqualTo(4);
  }

  @Test
  void headerFoundUnderACoverBlockWithinThirtyRows() throws Exception {
    TestSheet sheet = new TestSheet().row("部门(单位)名称：青岛市财政局").row("预算编码", "001").row("评价机构", "某事务所");
    for (int i = 3; i < 29; i++) {
      sheet.row((Object) null);
    }
    sheet.row("一级指标", "二级指标", "权重", "得分").row("产出", "数量", 10, 10);

    IndicatorTable t = read(sheet).get(0);

    assertThat(t.headerRow()).isEqualTo(29);
    assertThat(t.unit()).isEqualTo("青岛市财政局");
  }

  @Test
  void headerBelowRowThirtyIsNotSearched() throws Exception {
    TestSheet sheet = new TestSheet().row("说明");
    for (int i = 1; i < 31; i++) {
      sheet.row("第" + i + "行");
    }
    sheet.row("一级指标", "二级指标", "权重", "得分").row("产出", "数量", 10, 10);

    assertThat(read(sheet)).isEmpty();
  }

  @Test
  void sheetsWithoutIndicatorHeaderAreSkipped() throws Exception {
    assertThat(read(new TestSheet().row("项目名称", "道路维护").row("年初预算数", "全年预算数", "分值", "得分")
        .row(100, 100, 10, 9))).isEmpty();
  }

  @Test
  void leafIsTheDeepestFilledLevel() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("一级指标", "二级指标", "三级指标", "四级指标", "权重", "得分")
        .row("效益", "项目效益", "社会效益", "办复率", 10, 10)
        .row(null, null, null, "保障率", 10, 9)
        .row(null, "可持续影响", "长效机制健全性", "—", 5, 5)
        .row("满意度", null, null, "/", 5, 4)
        .merge("C2:C3")).get(0);

    assertThat(t.indicators()).extracting(Indicator::path).containsExactly(
        List.of("效益", "项目效益", "社会效益", "办复率"), List.of("效益", "项目效益", "社会效益", "保障率"),
        List.of("效益", "可持续影响", "长效机制健全性"), List.of("满意度"));
    assertThat(t.indicators()).extracting(Indicator::nameCol).containsExactly(3, 3, 2, 0);
    assertThat(t.groups(3)).extracting(Group::name, Group::lastRow)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("社会效益", 2));
    assertThat(t.groups(1)).extracting(Group::lastRow).containsExactly(3);
  }

  @Test
  void repeatedGroupLabelsContinueTheGroup() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("一级指标", "二级指标", "三级指标", "分值", "得分")
        .row("产出指标", "数量指标", "完成量", 10, 10)
        .row("产出指标", "数量指标", "覆盖率", 10, 10)
        .row("产出指标", "质量指标", "合格率", 10, 10)).get(0);

    assertThat(t.groups(1)).hasSize(1);
    assertThat(t.groups(2)).extracting(Group::name).containsExactly("数量指标", "质量指标");
  }
}
