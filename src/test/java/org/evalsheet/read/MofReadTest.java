package org.evalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Column;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.testing.MofWorkbook;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ministry of Finance 项目支出绩效自评表 and workbooks holding several projects. */
class MofReadTest {

  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);

  @Test
  void ministrySelfEvaluationTableIsRead() throws Exception {
    List<IndicatorTable> tables = reader.read(new MofWorkbook().write(dir.resolve("mof.xlsx")));

    assertThat(tables).hasSize(1);
    IndicatorTable t = tables.get(0);
    assertThat(t.headerRow()).isEqualTo(MofWorkbook.HEADER_ROW);
    assertThat(t.title()).isEqualTo(MofWorkbook.TITLE);
    assertThat(t.unit()).isEqualTo(MofWorkbook.DEPARTMENT);
    assertThat(t.project()).isEqualTo("城市道路维护项目");
    assertThat(t.columns()).containsEntry(Column.LEVEL1, 1).containsEntry(Column.LEVEL3, 3)
        .containsEntry(Column.BENCHMARK, 4).containsEntry(Column.ACTUAL, 5).containsEntry(Column.WEIGHT, 6)
        .containsEntry(Column.SCORE, 7).containsEntry(Column.REMARK, 8).doesNotContainKey(Column.RATE);
    assertThat(t.indicators()).extracting(Indicator::name).containsExactly("预算执行率", "道路维护面积", "维护质量合格率",
        "按期完成率", "单位维护成本", "道路通行状况改善", "长效管护机制", "市民满意度");
    assertThat(t.indicators().stream().map(i -> i.weight().value()).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100");
    assertThat(t.indicators().stream().map(i -> i.score().value()).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("96.6");
    assertThat(t.groups(1)).extracting(Group::name).containsExactly("产出指标", "效益指标", "满意度指标");
    assertThat(t.groups(1).get(0).lastRow()).isEqualTo(MofWorkbook.HEADER_ROW + 4);
    assertThat(t.total().weight()).isEqualTo(Amount.of("100"));
    assertThat(t.total().score()).isEqualTo(Amount.of("96.6"));
    assertThat(t.total().labelCol()).isZero();
    assertThat(t.lastRow()).isEqualTo(t.total().row());
    assertThat(t.indicators().get(3).text(Column.REMARK)).isEqualTo("雨季影响工期");
  }

  @Test
  void fundsBlockIsTheBudgetExecutionLeafInItsOwnCells() throws Exception {
    IndicatorTable t = reader.read(new MofWorkbook().write(dir.resolve("mof.xlsx"))).get(0);

    Indicator funds = t.indicators().get(0);
    assertThat(funds.path()).containsExactly("预算执行率");
    assertThat(funds.weight()).isEqualTo(Amount.of("10"));
    assertThat(funds.score()).isEqualTo(Amount.of("9.6"));
    assertThat(funds.text(Column.ACTUAL)).isEqualTo("96.00%");
    assertThat(t.cell(funds, Column.WEIGHT)).hasToString("项目支出绩效自评表!F5");
    assertThat(t.cell(funds, Column.SCORE)).hasToString("项目支出绩效自评表!H5");
    assertThat(t.nameCell(funds)).hasToString("项目支出绩效自评表!B5");
    assertThat(t.cell(t.indicators().get(1), Column.WEIGHT)).hasToString("项目支出绩效自评表!G12");
  }

  @Test
  void twoProjectSheetsGiveTwoTables() throws Exception {
    Path file = dir.resolve("两个项目.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      new MofWorkbook().sheetName("道路维护").project("城市道路维护项目").fill(wb);
      wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本工作簿含两个项目的自评表。");
      new MofWorkbook().sheetName("桥梁检测").project("桥梁安全检测项目").fill(wb);
      wb.write(out);
    }

    List<IndicatorTable> tables = reader.read(file);

    assertThat(tables).extracting(IndicatorTable::sheet).containsExactly("道路维护", "桥梁检测");
    assertThat(tables).extracting(IndicatorTable::sheetIndex).containsExactly(0, 2);
    assertThat(tables).extracting(IndicatorTable::project).containsExactly("城市道路维护项目", "桥梁安全检测项目");
    assertThat(tables).allSatisfy(t -> assertThat(t.indicators()).hasSize(8));
  }

  @Test
  void seedAndMinistrySheetsInOneWorkbook() throws Exception {
    Path file = dir.resolve("mixed.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      new SeedWorkbook().fill(wb);
      new MofWorkbook().fill(wb);
      wb.write(out);
    }

    List<IndicatorTable> tables = reader.read(file);

    assertThat(tables).extracting(t -> t.indicators().size()).containsExactly(20, 8);
  }
}
