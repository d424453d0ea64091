package org.evalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a table ends, and what the rows around it name: unit, project, title. */
class TableBoundsReadTest {

  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);

  private static TestSheet table(String... cover) {
    TestSheet s = new TestSheet();
    for (String line : cover) {
      s.row(line);
    }
    return s.row("一级指标", "二级指标", "权重", "得分", "评分标准")
        .row("产出", "数量", 60, 55, "按完成率计分")
        .row(null, "质量", 40, 40, "合格得满分");
  }

  @Test
  void rowsAfterTheTotalAreNotIndicators() throws Exception {
    IndicatorTable t = reader.read(table()
        .row("总计", null, 100, 95, null)
        .row((Object) null)
        .row("填表人：张三", null, "联系电话：12345678")
        .row("其他", "说明", null, null, null)
        .write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.indicators()).hasSize(2);
    assertThat(t.total().row()).isEqualTo(3);
    assertThat(t.lastRow()).isEqualTo(3);
  }

  @Test
  void withoutTotalTheTableEndsAtItsLastIndicator() throws Exception {
    IndicatorTable t = reader.read(table()
        .row((Object) null)
        .row("注：本表由项目单位填报，分值合计为100分。")
        .row("单位负责人：李四")
        .merge("A5:E5")
        .write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.indicators()).hasSize(2);
    assertThat(t.total()).isNull();
    assertThat(t.lastRow()).isEqualTo(2);
  }

  @Test
  void wideNoteWithoutFooterWordEndsTheTable() throws Exception {
    IndicatorTable t = reader.read(table()
        .row("评价结论：项目整体实施效果较好")
        .merge("A4:E4")
        .write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.indicators()).hasSize(2);
  }

  @Test
  void leafMergedOverTwoRowsKeepsBothRulesAndOneIndicator() throws Exception {
    IndicatorTable t = reader.read(new TestSheet()
        .row("一级指标", "二级指标", "权重", "得分", "评分标准")
        .row("产出", "数量", 60, 55, "①按期完成")
        .row(null, null, null, null, "②按量完成")
        .row(null, "质量", 40, 40, "合格得满分")
        .merge("A2:A4").merge("B2:B3").merge("C2:C3").merge("D2:D3")
        .write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.indicators()).hasSize(2);
    Indicator first = t.indicators().get(0);
    assertThat(first.lastRow()).isEqualTo(2);
    assertThat(first.text(Column.RULE)).isEqualTo("①按期完成\n②按量完成");
    assertThat(t.notes()).isEmpty();
  }

  @Test
  void headerRepeatedOnTheNextPageIsSkipped() throws Exception {
    IndicatorTable t = reader.read(table()
        .row("一级指标", "二级指标", "权重", "得分", "评分标准")
        .row("效益", "满意度", 10, 9, "抽样调查")
        .write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.indicators()).extracting(Indicator::name).containsExactly("数量", "质量", "满意度");
  }

  @Test
  void anotherTablesHeaderEndsTheFirst() throws Exception {
    IndicatorTable t = reader.read(table()
        .row((Object) null)
        .row("一级指标", "二级指标", "三级指标", "分值", "得分")
        .row("产出", "数量", "完成率", 10, 9)
        .write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.indicators()).extracting(Indicator::name).containsExactly("数量", "质量");
  }

  @Test
  void scoreWithoutNameIsStillCountedAndNoted() throws Exception {
    IndicatorTable t = reader.read(table().row(null, null, 5, 5, null).write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.indicators()).hasSize(3);
    assertThat(t.indicators().get(2).path()).startsWith("产出");
    assertThat(t.notes()).extracting(Finding::code).containsExactly("NAME_MISSING");
  }

  @Test
  void unitFromBudgetDepartmentWithSeal() throws Exception {
    IndicatorTable t = reader.read(table("2023年度项目绩效自评表", "预算部门（盖章）：青岛市教育局       单位：万元")
        .write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.unit()).isEqualTo("青岛市教育局");
    assertThat(t.title()).isEqualTo("2023年度项目绩效自评表");
  }

  @Test
  void unitAndProjectFromLabelCellsToTheRight() throws Exception {
    IndicatorTable t = reader.read(new TestSheet()
        .row("附件3-1")
        .row("项目支出绩效评价指标体系")
        .row("项目名称", null, "智慧城市运营项目")
        .row("单位名称", "青岛市大数据发展管理局", "实施单位", "青岛市信息中心")
        .row("一级指标", "二级指标", "权重", "得分")
        .row("产出", "数量", 100, 90)
        .merge("A3:B3")
        .write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.unit()).isEqualTo("青岛市大数据发展管理局");
    assertThat(t.project()).isEqualTo("智慧城市运营项目");
    assertThat(t.title()).isEqualTo("项目支出绩效评价指标体系");
  }

  @Test
  void unitFromDepartmentUnitNameWithHalfWidthBrackets() throws Exception {
    IndicatorTable t = reader.read(table("部门(单位)名称:青岛市卫生健康委员会").write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.unit()).isEqualTo("青岛市卫生健康委员会");
    assertThat(t.title()).isEmpty();
  }

  @Test
  void unitFallsBackToTheFileName() throws Exception {
    IndicatorTable t = reader.read(table().write(dir.resolve("市民政局.xlsx"))).get(0);

    assertThat(t.unit()).isEqualTo("市民政局");
    assertThat(t.project()).isEmpty();
  }

  @Test
  void hiddenSheetsAreSkippedAndHiddenRowsNoted() throws Exception {
    try (Workbook wb = new XSSFWorkbook()) {
      table().name("旧版").fill(wb);
      table().name("正式").edit(s -> s.getRow(2).setZeroHeight(true)).fill(wb);
      wb.setSheetHidden(0, true);

      List<IndicatorTable> tables = reader.read(wb, "dir/某局.xls");

      assertThat(tables).extracting(IndicatorTable::sheet).containsExactly("正式");
      assertThat(tables.get(0).unit()).isEqualTo("某局");
      assertThat(tables.get(0).notes()).extracting(Finding::code).containsExactly("HIDDEN_ROW");
    }
  }
}
