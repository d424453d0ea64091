package org.evalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group rows and 小计 rows decided from the table itself (分组行与小计行). */
class GroupRowsReadTest {
  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);

  private IndicatorTable read(TestSheet sheet) throws Exception {
    List<IndicatorTable> tables = reader.read(sheet.write(dir.resolve("t.xlsx")));
    assertThat(tables).hasSize(1);
    return tables.get(0);
  }

  private static List<String> codes(IndicatorTable t) {
    return t.notes().stream().map(Finding::code).toList();
  }

  @Test
  void aPlain合计PerSectionIsASubtotalAndThe总计ClosesTheTable() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("一级指标", "二级指标", "三级指标", "分值", "得分")
        .row("决策", "项目立项", "立项依据", 10, 9)
        .row(null, null, "立项程序", 10, 10)
        .row("合计", null, null, 20, 19)
        .row("产出", "产出数量", "完成率", 80, 75)
        .row("合计", null, null, 80, 75)
        .row("总计", null, null, 100, 94));

    assertThat(t.indicators()).extracting(Indicator::name).containsExactly("立项依据", "立项程序", "完成率");
    assertThat(t.total().row()).isEqualTo(6);
    assertThat(t.total().score().value()).isEqualByComparingTo("94");
    assertThat(t.groups(1)).extracting(Group::name, g -> g.subtotal().row()).containsExactly(tuple("决策", 3),
        tuple("产出", 5));
  }

  @Test
  void aGroupNamedBeforeIts合计IsTheOneItCloses() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("一级指标", "二级指标", "三级指标", "分值", "得分")
        .row("决策", "项目立项", "立项依据", 10, 9)
        .row(null, "绩效目标", "目标明确", 10, 10)
        .row("决策合计", null, null, 20, 19)
        .row("产出", "产出数量", "完成率", 80, 75)
        .row("合计", null, null, 100, 94));

    assertThat(t.groups(1).get(0).subtotal().row()).isEqualTo(3);
    assertThat(t.groups(2)).allMatch(g -> g.subtotal() == null);
    assertThat(t.total().row()).isEqualTo(5);
  }

  @Test
  void notApplicableIn备注BesideAnEmptyScoreLeavesTheLeafOut() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("一级指标", "二级指标", "三级指标", "分值", "得分", "备注")
        .row("产出", "数量", "完成率", 50, 45, null)
        .row(null, null, "变动率", 50, null, "不适用（本年度无此项工作）")
        .row("合计", null, null, 100, 45, null));

    assertThat(t.indicators()).extracting(Indicator::notApplicable).containsExactly(false, true);
    assertThat(t.notes()).extracting(Finding::message)
        .contains("指标“变动率”备注为“不适用（本年度无此项工作）”，按不适用指标处理，不计入得分");
  }

  @Test
  void aBlank备注Or无DoesNotMakeALeafNotApplicable() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("一级指标", "二级指标", "三级指标", "分值", "得分", "备注")
        .row("产出", "数量", "完成率", 50, 45, "无")
        .row(null, null, "变动率", 50, null, null));

    assertThat(t.indicators()).extracting(Indicator::notApplicable).containsExactly(false, false);
  }

  @Test
  void textUnderAGroupRowContinuesTheGroupNotALeaf() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("一级指标", "二级指标", "三级指标", "分值", "指标解释", "得分")
        .row("决策", null, null, 20, "考察项目决策情况，", null)
        .row(null, null, null, null, "包括立项和目标。", null)
        .row(null, "项目立项", null, 20, null, null)
        .row(null, null, "立项依据", 20, null, 18)
        .row("合计", null, null, 20, null, 18));

    assertThat(t.indicators()).extracting(Indicator::path).containsExactly(List.of("决策", "项目立项", "立项依据"));
    assertThat(t.groups()).extracting(Group::name, g -> g.ownRow().row()).containsExactly(tuple("决策", 1),
        tuple("项目立项", 3));
    assertThat(codes(t)).contains("GROUP_ROWS", "CONTINUATION_JOINED");
  }

  @Test
  void leavesAtDifferentDepthsBesideOutlineGroups() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("一级指标", "二级指标", "三级指标", "分值", "得分")
        .row("预算执行率", null, null, 10, 9)
        .row("产出指标", null, null, 90, 85)
        .row(null, "数量指标", null, 50, 45)
        .row(null, null, "完成数", 50, 45)
        .row(null, "质量指标", "合格率", 40, 40)
        .row("总分", null, null, 100, 94));

    assertThat(t.indicators()).extracting(Indicator::path).containsExactly(List.of("预算执行率"),
        List.of("产出指标", "数量指标", "完成数"), List.of("产出指标", "质量指标", "合格率"));
    assertThat(t.groups()).extracting(Group::name, g -> g.ownRow() != null)
        .containsExactly(tuple("产出指标", true), tuple("数量指标", true), tuple("质量指标", false));
  }

  @Test
  void aLabelInTheDeepestLevelColumnIsAlwaysALeaf() throws Exception {
    IndicatorTable t = read(new TestSheet()
        .row("一级指标", "二级指标", "分值", "得分")
        .row("决策", "立项依据", 10, 10)
        .row(null, "立项程序", 10, 8));

    assertThat(t.indicators()).hasSize(2);
    assertThat(codes(t)).doesNotContain("GROUP_ROWS");
  }
}
