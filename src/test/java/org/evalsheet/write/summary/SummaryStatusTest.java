package org.evalsheet.write.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalsheet.write.summary.SummaryWriterTest.open;
import static org.evalsheet.write.summary.SummaryWriterTest.rows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Status first in the summary: a file that must go back is not graded or ranked, statuses are coloured, the
 * statistics count passing tables only and say so, the files to send back and the roster check have sheets of their
 * own, the overview prints in pages of a few columns, and a 说明 sheet states how the workbook was made.
 */
class SummaryStatusTest {
  @TempDir static Path shared;
  private static Round round;
  private static XSSFWorkbook wb;

  @TempDir Path dir;

  @BeforeAll
  static void writeSample() throws IOException {
    round = SummaryWriterTest.sampleRound(List.of("办公厅", "财政局", "教育局", "卫健委", "交通局"));
    Path out = shared.resolve("summary.xlsx");
    SummaryWriter.write(round, out);
    wb = open(out);
  }

  @AfterAll
  static void close() throws IOException {
    wb.close();
  }

  @Test
  void theReturnsSheetListsFilesToSendBackWithTheirErrorCountAndFirstErrorThenTheRestWithTheirReason() {
    assertThat(rows(wb.getSheet("退回清单"))).containsExactly(
        List.of("序号", "单位", "状态", "文件", "错误数", "第一处错误或原因"),
        List.of("1", "财政局", "需退回", "b/财政局.xlsx", "1", "指标体系!J8：得分超过权重"),
        List.of("2", "", "无法处理", "broken.xlsx", "", "不是有效的 Excel 文件"),
        List.of("3", "", "已忽略", "~$办公厅.xlsx", "", "Excel 临时锁定文件"));
    assertThat(SummaryWriterTest.fill(wb.getSheet("退回清单").getRow(1).getCell(2))).isEqualTo("FFFFC7CE");
  }

  @Test
  void rosterSheetListsMissingUnitsSubmissionsNotOnItAndDuplicates() throws IOException {
    List<List<String>> rows = rows(wb.getSheet("名单核对"));
    assertThat(rows.get(0)).containsExactly("序号", "单位", "情况", "文件");
    assertThat(rows.get(1)).containsExactly("1", "交通局", "未提交");
    assertThat(rows.get(2).get(1)).isEqualTo("卫健委");
    assertThat(rows.get(2).get(2)).contains("重复提交");
    assertThat(rows.get(2).get(3)).isEqualTo("d/卫健委-旧.xlsx");
    assertThat(rows).hasSize(3);

    Round withStrangers = new Round(round.files(), round.run().withRoster(round.roster(), List.of(),
        List.of(new org.evalsheet.write.RunInfo.Unlisted("统计局", "f/统计局.xlsx")), java.util.Map.of(), java.util.Map.of()));
    Path out = dir.resolve("strangers.xlsx");
    SummaryWriter.write(withStrangers, out);
    try (XSSFWorkbook w = open(out)) {
      assertThat(rows(w.getSheet("名单核对")).get(1)).containsExactly("1", "统计局", "不在名单上", "f/统计局.xlsx");
    }
  }

  @Test
  void statisticsCountStatusesAndGradeAndScoreThePassingTablesOnlySayingSo() {
    List<List<String>> rows = rows(wb.getSheet("统计")).stream()
        .map(r -> r.subList(0, Math.min(3, r.size()))).toList();
    assertThat(rows.get(0)).containsExactly("类别", "项目", "数值");
    assertThat(rows).contains(
        List.of("文件", "文件总数", "8"), List.of("文件", "指标表数", "6"),
        List.of("状态", "通过", "5"), List.of("状态", "需退回", "1"), List.of("状态", "无法处理", "1"),
        List.of("状态", "已忽略", "1"), List.of("状态", "已被替代", "1"),
        List.of("口径", "按通过的表统计", "3"), List.of("口径", "需退回的表（不评等次、不排名）", "1"),
        List.of("等次", "优", "1"), List.of("等次", "良", "1"), List.of("等次", "中", "0"), List.of("等次", "差", "1"),
        List.of("得分", "参与排名的表数", "3"), List.of("得分", "平均分", "85.07"), List.of("得分", "最高分", "98.40"),
        List.of("得分", "最低分", "68.40"), List.of("名单", "未提交单位数", "1"), List.of("重复提交", "被替代的文件数", "1"));
  }

  @Test
  void statisticsCarryNativeChartsOfThePassingTablesPointingAtWorkbookCells() {
    List<XSSFChart> charts = wb.getSheet("统计").getDrawingPatriarch().getCharts();
    assertThat(charts).hasSize(2);
    assertThat(charts.get(0).getTitleText().getString()).isEqualTo("等次分布（按通过的 3 张表统计）");
    var grades = charts.get(0).getChartSeries().get(0).getSeries(0);
    assertThat(grades.getCategoryData().getDataRangeReference()).isEqualTo("统计!$B$11:$B$14");
    assertThat(grades.getValuesData().getDataRangeReference()).isEqualTo("统计!$C$11:$C$14");
    assertThat(grades.getValuesData().getPointCount()).isEqualTo(4);
    assertThat(grades.getShapeProperties().getFillProperties()).isInstanceOf(XDDFSolidFillProperties.class);
    var units = charts.get(1).getChartSeries().get(0).getSeries(0);
    assertThat(units.getCategoryData().getDataRangeReference()).isEqualTo("统计!$E$2:$E$4");
    assertThat(units.getValuesData().getDataRangeReference()).isEqualTo("统计!$F$2:$F$4");
    assertThat(wb.getSheet("统计").getRow(10).getCell(1).getStringCellValue()).isEqualTo("优");
    assertThat(rows(wb.getSheet("统计")).subList(1, 4)).extracting(r -> r.get(4) + "=" + r.get(5))
        .containsExactly("办公厅=98.40", "教育局=88.40", "卫健委=68.40");
  }

  @Test
  void theNotesSheetSaysHowTheWorkbookWasMadeAndHowToReadIt() throws IOException {
    Round r = new Round(round.files(), round.run().withFolders(Path.of("收件箱"), Path.of("结果"))
        .withRosterFile(Path.of("名单.txt")).finished(java.time.Duration.ofMillis(2345), round.filledLink()));
    Path out = dir.resolve("notes.xlsx");
    SummaryWriter.write(r, out);
    try (XSSFWorkbook w = open(out)) {
      java.util.Map<String, String> notes = new java.util.LinkedHashMap<>();
      rows(w.getSheet("说明")).forEach(row -> notes.put(row.get(0), row.size() > 1 ? row.get(1) : ""));
      assertThat(notes).containsEntry("用时", "2.3 秒")
          .containsEntry("evalsheet 版本", org.evalsheet.model.Version.get())
          .containsEntry("收件文件夹", Path.of("收件箱").toAbsolutePath().toString())
          .containsEntry("输出文件夹", Path.of("结果").toAbsolutePath().toString())
          .containsEntry("评分规则", "qingdao")
          .containsEntry("等次划分", "90 分及以上 优；80 至 90 分 良；70 至 80 分 中；70 分以下 差（按百分制得分）")
          .containsEntry("名单文件", Path.of("名单.txt").toAbsolutePath().toString())
          .containsEntry("未提交的单位", "1 个：交通局");
      assertThat(notes.get("统计口径")).startsWith("等次、排名、平均分和统计图表只计通过的 3 张表；需退回的 1 张表");
      assertThat(notes.get("生成时间")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    }
  }

  @Test
  void aFileWithErrorsKeepsItsScoreForReferenceButHasNoGradeAndNoRank() {
    List<List<String>> rows = rows(wb.getSheet("汇总"));
    assertThat(rows.get(2)).startsWith("2", "财政局", "需退回", "专项业务费", "88.40", "—", "", "88.40%", "1", "1");
  }

  @Test
  void statusIsColouredRedForFilesToSendBackGreenForPassingGreyForSuperseded() {
    XSSFSheet sheet = wb.getSheet("汇总");
    assertThat(SummaryWriterTest.fill(sheet.getRow(1).getCell(2))).isEqualTo("FFC6EFCE");
    assertThat(SummaryWriterTest.fill(sheet.getRow(2).getCell(2))).isEqualTo("FFFFC7CE");
    assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("已被替代");
    assertThat(SummaryWriterTest.fill(sheet.getRow(5).getCell(2))).isEqualTo("FFEDEDED");
    assertThat(sheet.getRow(2).getCell(2).getCellStyle().getFont()
        .getXSSFColor().getARGBHex()).isEqualTo("FF9C0006");
  }

  @Test
  void onlyPassingTablesAreRankedEqualScoresShareARank() {
    List<List<String>> rows = rows(wb.getSheet("汇总"));
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1) + ":" + r.get(2) + ":" + r.get(6))
        .containsExactly("办公厅:通过:1", "财政局:需退回:", "教育局:通过:2", "卫健委:通过:3", "卫健委:已被替代:",
            "模板单位:通过:");
    assertThat(rows.get(6).get(4)).isEmpty();
    assertThat(rows.get(6).get(5)).isEmpty();
  }

  @Test
  void unitAndStatusStayOnScreenAndArePrintedOnEveryPageOfAtMostTwelveColumns() {
    XSSFSheet sheet = wb.getSheet("汇总");
    assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 3);
    assertThat(sheet.getRepeatingColumns().formatAsString()).isEqualTo("A:C");
    assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
    assertThat(sheet.getFitToPage()).isFalse();
    assertThat(sheet.getPrintSetup().getScale()).isBetween((short) 70, (short) 100);
    int[] breaks = sheet.getColumnBreaks();
    assertThat(breaks).isNotEmpty();
    int last = 3;
    for (int b : List.of(java.util.stream.IntStream.of(breaks).boxed().toArray(Integer[]::new))) {
      assertThat(3 + b - last).as("columns on the page before column %d", b).isLessThanOrEqualTo(12);
      last = b;
    }
    assertThat(3 + sheet.getRow(0).getLastCellNum() - last).isLessThanOrEqualTo(12);
  }
}
