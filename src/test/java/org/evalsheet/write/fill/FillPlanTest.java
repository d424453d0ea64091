package org.evalsheet.write.fill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.TotalRow;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedModel;
import org.evalsheet.testing.SeedResults;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.write.fill.FillPlan.Mark;
import org.evalsheet.write.fill.FillPlan.Style;
import org.junit.jupiter.api.Test;

/**
 * The plan of a filled copy as a value (副本内容计划), without any workbook: the cells a table's results write, the
 * marks and comment lines of its findings, the order tables are written in, and the 评价结论 sheet's rows.
 */
class FillPlanTest {
  private static final String SHEET = SeedWorkbook.SHEET;

  /** A layout that finds every table where it says it is, as the fast path does, and knows the given sheets. */
  private record Own(List<String> sheets) implements FillPlan.Layout<RuntimeException> {
    @Override
    public FillPlan.Place place(IndicatorTable t) {
      return FillPlan.Place.own(sheets.get(FillPlan.sheetIndex(sheets, t.sheet(), t.sheetIndex())), t,
          t.columns().get(Column.RATE));
    }

    @Override
    public String sheet(String name) {
      int i = FillPlan.sheetNamed(sheets, name);
      return i < 0 ? null : sheets.get(i);
    }
  }

  private static final Own SEED_SHEETS = new Own(List.of(SHEET, FillWorkbooks.NOTES));

  private static FillPlan.Cell cell(FillPlan plan, String sheet, int row, int col) {
    return plan.tables().stream().flatMap(t -> t.cells().stream())
        .filter(c -> c.sheet().equals(sheet) && c.row() == row && c.col() == col).findFirst().orElse(null);
  }

  @Test
  void everyLeafGetsItsRateAndTheTotalRowItsRateButNeverANumberTheDepartmentWrote() {
    FillPlan plan = FillPlan.of(List.of(SeedResults.seed()), SEED_SHEETS);
    FillPlan.Cell leaf = cell(plan, SHEET, 3, 10);
    assertThat(leaf.number()).isEqualByComparingTo("1");
    assertThat(leaf.percent()).isTrue();
    assertThat(leaf.mark()).isEqualTo(Mark.NONE);
    assertThat(leaf.comment()).isEmpty();
    assertThat(cell(plan, SHEET, 23, 10).number()).isEqualByComparingTo("0.984");
    // The 合计 row's weight and score are the department's own (100, 98.4): left as they are.
    assertThat(cell(plan, SHEET, 23, 4)).isNull();
    assertThat(cell(plan, SHEET, 23, 9)).isNull();
  }

  @Test
  void findingsMarkTheirCellsWithOneCommentLinePerFinding() {
    FillPlan plan = FillPlan.of(List.of(SeedResults.seed()), SEED_SHEETS);
    FillPlan.Cell error = cell(plan, SHEET, 11, 9);
    assertThat(error.mark()).isEqualTo(Mark.ERROR);
    assertThat(error.number()).as("a marked score keeps the department's number").isNull();
    assertThat(error.comment()).as("the comment names the finding's number on the 评价结论 sheet")
        .containsExactly("错误（评价结论第 1 条）：得分 5 超过权重 4");
    FillPlan.Cell warning = cell(plan, SHEET, 5, 9);
    assertThat(warning.mark()).isEqualTo(Mark.WARNING);
    assertThat(warning.comment()).containsExactly("警告（评价结论第 2 条）：得分 2.5 不是评分标准“4项各占1/4权重分”能给出的分数");
  }

  @Test
  void anErrorWinsOverAWarningOnTheSameCellAndInfoFindingsAreNotMarked() {
    CellRef j9 = new CellRef(SHEET, 8, 9);
    List<Finding> findings = List.of(
        Finding.warning(Code.SCORE_NOT_ALLOWED_BY_RULE, j9, "得分 3.5 不是可得的分值"),
        Finding.error(Code.SCORE_ABOVE_WEIGHT, j9, "得分 5 超过权重 4"),
        Finding.info(Code.REVIEW_BASIS, new CellRef(SHEET, 9, 9), "只是说明"));
    FillPlan plan = FillPlan.of(List.of(SeedResults.of(SeedModel.table(), findings)), SEED_SHEETS);
    assertThat(cell(plan, SHEET, 8, 9).mark()).isEqualTo(Mark.ERROR);
    assertThat(cell(plan, SHEET, 8, 9).comment()).hasSize(2);
    assertThat(cell(plan, SHEET, 9, 9)).isNull();
  }

  @Test
  void aFindingOnAnotherSheetIsMarkedThereAndOneOnNoSheetIsDropped() {
    List<Finding> findings = List.of(
        Finding.warning(Code.NAME_MISSING, new CellRef("填表说明", 5, 0), "说明页待补"),
        Finding.warning(Code.NAME_MISSING, new CellRef("不存在", 1, 1), "无处标注"));
    FillPlan plan = FillPlan.of(List.of(SeedResults.of(SeedModel.table(), findings)), SEED_SHEETS);
    FillPlan.Row listed = plan.conclusion().rows().stream()
        .filter(r -> r.cells().size() > 3 && "说明页待补".equals(r.cells().get(3).text())).findFirst().orElseThrow();
    assertThat(listed.cells().get(1).text()).isEqualTo("填表说明!A6");
    assertThat(cell(plan, FillWorkbooks.NOTES, 5, 0).comment()).as("the number the 评价结论 sheet lists it under")
        .containsExactly("警告（评价结论第 " + listed.cells().get(0).text() + " 条）：说明页待补");
    assertThat(plan.tables().get(0).cells()).noneMatch(c -> c.sheet().equals("不存在"));
  }

  @Test
  void tablesAreWrittenBySheetAndBottomUpWithinASheet() {
    IndicatorTable upper = SeedModel.table();
    IndicatorTable lower = at(upper, "下表", 0, 40);
    IndicatorTable second = at(upper, "第二页", 1, 2);
    List<TableResult> read = List.of(SeedResults.of(second, List.of()), SeedResults.of(upper, List.of()),
        SeedResults.of(lower, List.of()));
    FillPlan plan = FillPlan.of(read, new Own(List.of(SHEET, "第二页")));
    assertThat(plan.tables()).extracting(FillPlan.Table::sheet).containsExactly(SHEET, SHEET, "第二页");
    assertThat(plan.tables().get(0).cells().get(0).row()).isGreaterThan(40);
    // The 评价结论 sheet keeps the order the tables were read in.
    assertThat(headings(plan.conclusion())).containsExactly("工作表：第二页", "工作表：" + SHEET, "工作表：下表");
  }

  @Test
  void rowsMovedDownForAnAppendedTotalCarryTheCellsAlreadyPlannedBelow() {
    IndicatorTable upper = SeedResults.withoutTotal(SeedModel.table());
    IndicatorTable lower = at(SeedModel.table(), SHEET, 0, 40);
    List<TableResult> read = List.of(SeedResults.of(upper, SeedResults.findings()), SeedResults.of(lower, List.of()));
    FillPlan.Layout<RuntimeException> appending = new FillPlan.Layout<>() {
      @Override
      public FillPlan.Place place(IndicatorTable t) {
        return t.total() != null ? FillPlan.Place.own(SHEET, t, 10)
            : new FillPlan.Place(SHEET, t.lastRow() + 1, 10, t.lastRow() + 1);
      }

      @Override
      public String sheet(String name) {
        return name;
      }
    };
    FillPlan plan = FillPlan.of(read, appending);
    int lowerTotal = lower.total().row();
    assertThat(cell(plan, SHEET, lowerTotal + 1, 10).number()).isEqualByComparingTo("0.984");
    assertThat(cell(plan, SHEET, lowerTotal, 10).number()).as("the leaf above the total, moved down")
        .isEqualByComparingTo("1");
    assertThat(cell(plan, SHEET, upper.lastRow() + 1, 9).number()).isEqualByComparingTo("98.4");
    assertThat(cell(plan, SHEET, 11, 9).mark()).isEqualTo(Mark.ERROR);
  }

  @Test
  void aLayoutThatCannotPlaceATableStopsThePlan() {
    FillPlan.Layout<IllegalStateException> refusing = new FillPlan.Layout<>() {
      @Override
      public FillPlan.Place place(IndicatorTable t) {
        throw new IllegalStateException("表格没有合计行，需追加");
      }

      @Override
      public String sheet(String name) {
        return name;
      }
    };
    assertThatThrownBy(() -> FillPlan.of(List.of(SeedResults.seed()), refusing)).hasMessageContaining("合计");
  }

  @Test
  void aSheetIsFoundByNameIgnoringCaseElseByItsPosition() {
    List<String> names = List.of("Sheet1", "指标体系");
    assertThat(FillPlan.sheetIndex(names, "sheet1", 1)).isZero();
    assertThat(FillPlan.sheetIndex(names, "改过名", 1)).isEqualTo(1);
    assertThat(FillPlan.sheetIndex(names, "改过名", 2)).isEqualTo(-1);
    assertThat(FillPlan.sheetNamed(names, "改过名")).isEqualTo(-1);
  }

  @Test
  void theConclusionSheetOpensWithItsTitleAndListsEveryFindingMergedAcrossItsNote() {
    FillPlan.Sheet sheet = FillPlan.of(List.of(SeedResults.seed()), SEED_SHEETS).conclusion();
    assertThat(sheet.name()).isEqualTo("评价结论");
    assertThat(sheet.widths()).containsExactly(28, 14, 14, 9, 10, 10, 9, 56);
    assertThat(sheet.page()).isEqualTo(new FillPlan.Page(true, true, 1, 0));
    FillPlan.Row title = sheet.rows().get(0);
    assertThat(title.index()).isZero();
    assertThat(title.cells()).containsExactly(new FillPlan.Text(0, "评价结论", null, Style.TITLE));
    FillPlan.Row error = rowStarting(sheet, "1");
    assertThat(error.cells()).extracting(FillPlan.Text::text)
        .startsWith("1", SHEET + "!J12", "错误", "得分 5 超过权重 4");
    assertThat(error.cells().subList(1, error.cells().size())).extracting(FillPlan.Text::style)
        .containsOnly(Style.BOXED_WRAP);
    assertThat(error.cells()).extracting(FillPlan.Text::text).as("codes stay in the JSON report")
        .doesNotContain("SCORE_ABOVE_WEIGHT");
    assertThat(sheet.merges()).contains(new FillPlan.Merge(error.index(), error.index(), 3, 7));
    FillPlan.Row total = rowStarting(sheet, "合计");
    assertThat(total.cells().get(2).number()).isEqualByComparingTo("98.4");
    assertThat(total.cells().get(3).number()).isEqualByComparingTo(new BigDecimal("0.984"));
    assertThat(total.cells().get(3).style()).isEqualTo(Style.BOXED_PERCENT);
    assertThat(sheet.height()).isEqualTo(sheet.rows().get(sheet.rows().size() - 1).index() + 1);
  }

  @Test
  void manyInfosOfOneKindTakeOneRowAfterTheErrorsAndWarningsWhoseNumbersTheCommentsKeep() {
    List<Finding> findings = new ArrayList<>();
    for (int r = 3; r < 8; r++) {
      findings.add(Finding.info(Code.FORMULA_EVALUATED, new CellRef(SHEET, r, 10), "公式没有保存计算结果，已按公式计算为 1"));
    }
    findings.add(Finding.info(Code.REVIEW_BASIS, new CellRef(SHEET, 9, 9), "只是说明"));
    findings.add(Finding.warning(Code.SCORE_NOT_ALLOWED_BY_RULE, new CellRef(SHEET, 5, 9), "得分 2.5 不是可得的分值"));
    FillPlan plan = FillPlan.of(List.of(SeedResults.of(SeedModel.table(), findings)), SEED_SHEETS);

    List<List<String>> listed = plan.conclusion().rows().stream()
        .filter(r -> r.cells().size() > 3 && r.cells().get(0).text() != null && r.cells().get(0).text().matches("\\d+"))
        .map(r -> List.of(r.cells().get(0).text(), r.cells().get(1).text(), r.cells().get(2).text(),
            r.cells().get(3).text()))
        .toList();
    assertThat(listed).containsExactly(
        List.of("1", SHEET + "!J6", "警告", "得分 2.5 不是可得的分值"),
        List.of("2", SHEET + "!K4 等 5 处", "提示", "公式没有保存计算结果，已按公式计算为 1（同类提示共 5 条，其余从略）"),
        List.of("3", SHEET + "!J10", "提示", "只是说明"));
    assertThat(cell(plan, SHEET, 5, 9).comment()).containsExactly("警告（评价结论第 1 条）：得分 2.5 不是可得的分值");
  }

  @Test
  void aCleanTableOfAFileThatGoesBackIsNotGradedEitherAndSaysWhy() {
    IndicatorTable clean = at(SeedModel.table(), "第二页", 1, 2);
    FillPlan.Sheet sheet = FillPlan.of(List.of(SeedResults.seed(), SeedResults.of(clean, List.of())),
        new Own(List.of(SHEET, "第二页"))).conclusion();
    List<String> texts = sheet.rows().stream().flatMap(r -> r.cells().stream()).map(FillPlan.Text::text)
        .filter(t -> t != null).toList();
    assertThat(texts).contains("本表未发现错误；同一文件中的其他表有错误，文件需更正后重新报送，届时一并评定等次。",
        "按所填得分合计 98.4 分，仅供参考；更正后评定等次。").doesNotContain("优")
        .noneMatch(t -> t.startsWith("经评价"));
    assertThat(texts.stream().filter(t -> t.equals("更正后评定等次"))).as("both tables' 等次").hasSize(2);
  }

  @Test
  void aTableWithoutFindingsSaysSoAndADepartmentSheetNamedLikeOursIsNeverReplaced() {
    IndicatorTable named = at(SeedModel.table(), "评价结论", 0, 2);
    FillPlan.Sheet sheet = FillPlan.of(List.of(SeedResults.of(named, List.of())),
        new Own(List.of("评价结论"))).conclusion();
    assertThat(sheet.name()).isEqualTo("评价结论（evalsheet）");
    FillPlan.Row none = rowStarting(sheet, "未发现问题");
    assertThat(none.cells()).extracting(FillPlan.Text::style).containsOnly(Style.BOXED);
    assertThat(none.cells()).hasSize(8);
    assertThat(sheet.merges()).contains(new FillPlan.Merge(none.index(), none.index(), 0, 7));
  }

  private static FillPlan.Row rowStarting(FillPlan.Sheet sheet, String text) {
    return sheet.rows().stream().filter(r -> !r.cells().isEmpty() && text.equals(r.cells().get(0).text()))
        .findFirst().orElseThrow(() -> new AssertionError("no row starting " + text));
  }

  private static List<String> headings(FillPlan.Sheet sheet) {
    List<String> out = new ArrayList<>();
    for (FillPlan.Row r : sheet.rows()) {
      String t = r.cells().isEmpty() ? null : r.cells().get(0).text();
      if (t != null && t.startsWith("工作表：")) {
        out.add(t.substring(0, t.indexOf('　') < 0 ? t.length() : t.indexOf('　')));
      }
    }
    return out;
  }

  /** The same table on another sheet (or lower on its own), its header on {@code headerRow}. */
  private static IndicatorTable at(IndicatorTable t, String sheet, int index, int headerRow) {
    int down = headerRow - t.headerRow();
    List<Indicator> leaves = t.indicators().stream().map(i -> new Indicator(i.path(), i.row() + down,
        i.lastRow() + down, i.nameCol(), i.weight(), i.score(), i.rate(), i.texts())).toList();
    List<Group> groups = t.groups().stream().map(g -> new Group(g.level(), g.path(), g.declaredWeight(),
        g.row() + down, g.col(), g.lastRow() + down)).toList();
    TotalRow total = t.total() == null ? null : new TotalRow(t.total().row() + down, t.total().labelCol(),
        t.total().weight(), t.total().score(), t.total().rate());
    return new IndicatorTable(sheet, index, t.title(), t.unit(), t.project(), t.headerRow() + down,
        t.firstDataRow() + down, t.columns(), groups, leaves, total, t.lastRow() + down, t.notes());
  }
}
