package org.evalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers in every form, error values and formulas, as real files hold them. */
class CellValueReadTest {

  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);

  private static TestSheet header() {
    return new TestSheet().name("指标").row("一级指标", "二级指标", "权重", "得分", "得分率");
  }

  @Test
  void numbersAsTextWithUnitsPercentagesAndFullWidthDigits() throws Exception {
    IndicatorTable t = reader.read(header()
        .row("产出", "数量", "3", " 2.5 ", "83.33%")
        .row(null, "质量", "３分", "—", "-")
        .row(null, "时效", "/", "*", "无")
        .row(null, "成本", "满分", "", "１００％")
        .write(dir.resolve("t.xlsx"))).get(0);

    Indicator a = t.indicators().get(0);
    assertThat(a.weight()).isEqualTo(new Amount(Amount.Kind.NUMBER, new java.math.BigDecimal("3"), "3", false));
    assertThat(a.score().value()).isEqualByComparingTo("2.5");
    assertThat(a.score().text()).isEqualTo("2.5");
    assertThat(a.rate().value()).isEqualByComparingTo("0.8333");
    assertThat(a.rate().percent()).isTrue();
    Indicator b = t.indicators().get(1);
    assertThat(b.weight().value()).isEqualByComparingTo("3");
    assertThat(b.score().kind()).isEqualTo(Amount.Kind.NOT_APPLICABLE);
    assertThat(b.rate().kind()).isEqualTo(Amount.Kind.NOT_APPLICABLE);
    Indicator c = t.indicators().get(2);
    assertThat(c.weight().kind()).isEqualTo(Amount.Kind.NOT_APPLICABLE);
    assertThat(c.score().kind()).isEqualTo(Amount.Kind.NOT_APPLICABLE);
    assertThat(c.rate().kind()).isEqualTo(Amount.Kind.NOT_APPLICABLE);
    Indicator d = t.indicators().get(3);
    assertThat(d.weight()).isEqualTo(new Amount(Amount.Kind.TEXT, null, "满分", false));
    assertThat(d.score()).isEqualTo(Amount.BLANK);
    assertThat(d.rate().value()).isEqualByComparingTo("1");
  }

  @Test
  void numericCellWithPercentFormatIsPercent() throws Exception {
    IndicatorTable t = reader.read(header()
        .row("产出", "数量", 4, 3, 0.75)
        .edit(s -> {
          CellStyle pct = s.getWorkbook().createCellStyle();
          pct.setDataFormat(s.getWorkbook().createDataFormat().getFormat("0.00%"));
          TestSheet.cell(s, "E2").setCellStyle(pct);
        })
        .write(dir.resolve("t.xlsx"))).get(0);

    Amount rate = t.indicators().get(0).rate();
    assertThat(rate.value()).isEqualByComparingTo("0.75");
    assertThat(rate.percent()).isTrue();
    assertThat(rate.text()).isEqualTo("75.00%");
  }

  @Test
  void errorValuesAreKeptAsErrors() throws Exception {
    IndicatorTable t = reader.read(header()
        .row("产出", "数量", 4, null, null)
        .row(null, "质量", 6, 5, null)
        .row("合计", null, null, null, null)
        .edit(s -> {
          TestSheet.cell(s, "D2").setCellErrorValue(FormulaError.REF.getCode());
          TestSheet.cell(s, "D4").setCellFormula("SUM(#REF!)");
          s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(TestSheet.cell(s, "D4"));
        })
        .write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.indicators().get(0).score()).isEqualTo(new Amount(Amount.Kind.ERROR, null, "#REF!", false));
    assertThat(t.total().score()).isEqualTo(new Amount(Amount.Kind.ERROR, null, "#REF!", false));
    assertThat(t.notes()).isEmpty();
  }

  @Test
  void formulaWithoutCachedValueIsEvaluatedAndNoted() throws Exception {
    IndicatorTable t = reader.read(header()
        .row("产出", "数量", 4, 3, null)
        .row(null, "质量", 6, 5, null)
        .row("合计", null, null, null, null)
        .edit(s -> {
          TestSheet.cell(s, "C4").setCellFormula("SUM(C2:C3)");
          TestSheet.cell(s, "D4").setCellFormula("D2+D3");
          TestSheet.cell(s, "E2").setCellFormula("D2/C2");
        })
        .write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.total().weight()).isEqualTo(Amount.of("10"));
    assertThat(t.total().score()).isEqualTo(Amount.of("8"));
    assertThat(t.indicators().get(0).rate().value()).isEqualByComparingTo("0.75");
    assertThat(t.notes()).extracting(Finding::code).containsOnly("FORMULA_EVALUATED");
    assertThat(t.notes()).extracting(f -> f.cell().a1()).containsExactly("E2", "C4", "D4");
    assertThat(t.notes().get(1).message()).contains("10");
  }

  @Test
  void formulaPoiCannotEvaluateBecomesAnErrorNotACrash() throws Exception {
    IndicatorTable t = reader.read(header()
        .row("产出", "数量", 4, null, null)
        .edit(s -> TestSheet.cell(s, "D2").setCellFormula("INDIRECT(\"[外部.xlsx]Sheet1!A1\")"))
        .write(dir.resolve("t.xlsx"))).get(0);

    assertThat(t.indicators().get(0).score().kind()).isEqualTo(Amount.Kind.ERROR);
  }

  @Test
  void sheetBeyondTheCellLimitIsRejected() {
    Path file = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    WorkbookReader small = new WorkbookReader(new ReadLimits(50L << 20, 100, Duration.ofSeconds(60)));

    assertThatThrownBy(() -> small.read(file))
        .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason()).isEqualTo("工作表过大"))
        .hasMessageContaining("seed.xlsx");
  }
}
