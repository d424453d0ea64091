package org.evalsheet.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.Severity;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader decides on real published tables, said as info findings (RealFormsTest holds their errors and
 * warnings): template rows left out, 其中 rows, a funds block weighted in its label, weights from group labels,
 * 分值 at every level, a score merged over two rows, a target split over three columns, an outline scoring table, an
 * actual that restates its target, and the 自评等级 written beside the 总分.
 */
class RealFormReadingTest {
  private static final Path XLSX = ProjectFiles.root().resolve("src/test/resources/realforms/xlsx");

  @TempDir Path dir;

  private static TableResult read(String id) {
    return read(XLSX.resolve(id + ".xlsx"));
  }

  private static TableResult read(Path file) {
    FileResult r = new Pipeline(ReadLimits.DEFAULT, ProfileReader.defaults(), null)
        .process(file, file.getFileName().toString());
    assertThat(r.tables()).as(r.reason()).hasSize(1);
    return r.tables().get(0);
  }

  private static Finding only(TableResult t, String code) {
    List<Finding> found = t.findings().stream().filter(f -> f.code().equals(code)).toList();
    assertThat(found).as(code).hasSize(1);
    return found.get(0);
  }

  private static List<String> leaves(TableResult t) {
    return t.table().indicators().stream().map(Indicator::name).toList();
  }

  @Test
  void templateRowsAreLeftOutAndCountedOnce() {
    TableResult t = read("a04-langfang-foodschool-2019");
    Finding f = only(t, "TEMPLATE_ROWS_SKIPPED");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).contains("共 17 行");
    assertThat(leaves(t)).noneMatch(n -> n.equals("指标2") || n.equals("……")).contains("指标2工程验收合格率").hasSize(10);
    assertThat(t.evaluation().scoreTotal()).isEqualByComparingTo("98");
  }

  @Test
  void qiZhongRowsBreakTheIndicatorAboveDownAndAreNotLeaves() {
    TableResult t = read("b07-xiaoxian-hexi-planting-2023");
    assertThat(only(t, "DETAIL_ROWS").message()).contains("13、14、15、16、18、20、21");
    assertThat(leaves(t)).noneMatch(n -> n.startsWith("其中")).contains("★补助各类瓜果蔬菜种植面积");
  }

  @Test
  void aFundsBlockWeightedInItsLabelAndGroupsWeightedInTheirsMakeTheHundred() {
    TableResult t = read("a02-baoshan-veterans-2022");
    assertThat(only(t, "FUNDS_SCORED").message()).contains("20 分");
    assertThat(only(t, "WEIGHTS_FROM_GROUP_LABELS").message()).contains("年度绩效目标 80 分", "产出指标 60 分");
    assertThat(t.evaluation().weightTotal()).isEqualByComparingTo("100");
    assertThat(t.evaluation().scoreTotal()).isEqualByComparingTo("100");
    assertThat(t.table().declared().grade().grade()).isEqualTo("优");
    assertThat(t.table().totalScoreCell()).hasToString("项目支出绩效自评表!D19");
    assertThat(t.findings()).noneMatch(f -> f.severity() != Severity.INFO);
  }

  @Test
  void aWeightAfterEveryLevelBelongsToThatLevel() {
    TableResult t = read("c04-hainan-commerce-service-trade-undated");
    assertThat(only(t, "LEVEL_WEIGHTS").severity()).isEqualTo(Severity.INFO);
    assertThat(t.table().groups()).filteredOn(g -> g.name().equals("决策过程")).singleElement()
        .satisfies(g -> assertThat(g.declaredWeight()).isEqualByComparingTo("8"));
    assertThat(t.table().columns().get(Column.WEIGHT)).isEqualTo(5);
  }

  @Test
  void rowsUnderOneMergedScoreAreOneItem() {
    TableResult t = read("d06-huangshi-library-sharing-2022");
    assertThat(t.findings()).filteredOn(f -> f.code().equals("SHARED_SCORE")).hasSize(3);
    assertThat(leaves(t)).doesNotContain("WIFI布点全覆盖").contains("一个存储备份器");
  }

  @Test
  void aTargetSplitIntoThreeColumnsIsReadAsOne() throws Exception {
    TableResult t = read("a01-yongde-nutrition-2022");
    only(t, "TARGET_COLUMNS_JOINED");
    IndicatorTable table = new WorkbookReader(ReadLimits.DEFAULT).read(XLSX.resolve("a01-yongde-nutrition-2022.xlsx")).get(0);
    assertThat(table.indicators()).filteredOn(i -> i.name().equals("学生受资助人数")).singleElement()
        .satisfies(i -> assertThat(i.text(Column.BENCHMARK)).isEqualTo("≧735人次"));
    assertThat(t.findings()).noneMatch(f -> f.code().equals("TARGET_NOT_MEASURABLE"));
  }

  @Test
  void anOutlineScoringTableReadsItsPartsAndItems() {
    TableResult t = read("c01-jiading-theatre-agency-score-2018");
    assertThat(t.table().groups()).extracting(g -> g.name())
        .containsExactly("一、评价前期工作组情况", "二、评价过程中工作组情况", "三、评价后期工作组情况");
    assertThat(t.table().columns()).containsEntry(Column.WEIGHT, 1).containsEntry(Column.SCORE, 3);
    assertThat(t.evaluation().scoreTotal()).isEqualByComparingTo("94");
    assertThat(t.findings()).noneMatch(f -> f.severity() != Severity.INFO);
  }

  @Test
  void anActualThatRestatesItsTargetCannotBeVerifiedAndIsNotScored() {
    TableResult t = read("a08-zhongjiang-water-gauge-2022");
    assertThat(t.findings()).filteredOn(f -> f.code().equals("NOT_VERIFIABLE")).isNotEmpty()
        .allMatch(f -> f.severity() == Severity.INFO && f.message().contains("只是重复了年度指标值"));
    assertThat(t.findings()).noneMatch(f -> f.code().equals("SCORE_ABOVE_RULE") || f.code().equals("SCORE_BELOW_RULE"));
  }

  @Test
  void anExecutionRateWrittenAtItsOwnPrecisionIsRight() {
    assertThat(read("b02-jishan-medical-insurance-2020").findings())
        .noneMatch(f -> f.code().equals("EXECUTION_RATE_MISMATCH"));
    Finding slip = only(read("b01-putuo-sports-venue-2022"), "EXECUTION_RATE_MISMATCH");
    assertThat(slip.severity()).isEqualTo(Severity.INFO);
    assertThat(slip.message()).contains("86.18%", "最后一位");
  }

  @Test
  void aSelfAssessedGradeThatTheTotalDoesNotEarnIsAWarning() throws Exception {
    Path file = dir.resolve("良.xlsx");
    try (InputStream in = Files.newInputStream(XLSX.resolve("a01-yongde-nutrition-2022.xlsx"));
        Workbook wb = new XSSFWorkbook(in)) {
      // A new cell: POI keeps openpyxl's inline string beside a value set on the old one, and readers take the former.
      var row = Sheets.row(wb.getSheetAt(0), 23);
      row.removeCell(row.getCell(9));
      row.createCell(9).setCellValue("良");
      try (OutputStream os = Files.newOutputStream(file)) {
        wb.write(os);
      }
    }
    Finding f = only(read(file), "GRADE_MISMATCH");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.cell()).hasToString("项目支出绩效自评表!J24");
    assertThat(f.message()).isEqualTo("自评等级填写“良”，但各项得分合计 96 分（满分 100）按等次划分应为“优”，请核实");
    assertThat(read("a01-yongde-nutrition-2022").findings()).noneMatch(g -> g.code().equals("GRADE_MISMATCH"));
  }

  @Test
  void shortHeadersSelfAndReviewKeepTheReviewersScoreApart() throws Exception {
    Path file = Sheets.write(dir.resolve("自评复核.xlsx"), wb -> {
      var s = wb.createSheet("指标");
      Object[][] rows = {
          {"一级指标", "二级指标", "分值", "自评", "复核"},
          {"产出", "数量", 60, 60, 55},
          {"效益", "社会效益", 40, 38, 38},
          {"合计", null, 100, 98, 93}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Number n) {
            Sheets.number(s, r, c, n.doubleValue());
          } else if (rows[r][c] != null) {
            Sheets.text(s, r, c, rows[r][c].toString());
          }
        }
      }
    });
    TableResult t = read(file);
    assertThat(t.table().columns()).containsEntry(Column.SCORE, 3).containsEntry(Column.REVIEW_SCORE, 4);
    assertThat(t.evaluation().scoreTotal()).isEqualByComparingTo("98");
    assertThat(t.evaluation().reviewerTotal()).isEqualByComparingTo("93");
  }
}
