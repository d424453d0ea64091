package org.evalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.evalsheet.model.Column;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.testing.PastedSeedWorkbook;
import org.evalsheet.testing.SeedModel;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden tests: the seed table in every layout gives the seed model. */
class SeedReadTest {

  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);

  private IndicatorTable only(Path file) throws Exception {
    List<IndicatorTable> tables = reader.read(file);
    assertThat(tables).hasSize(1);
    return tables.get(0);
  }

  @Test
  void seedWorkbookReadsAsTheSeedModel() throws Exception {
    IndicatorTable t = only(new SeedWorkbook().write(dir.resolve("seed.xlsx")));

    assertThat(t.headerRow()).isEqualTo(2);
    assertThat(t.unit()).isEqualTo("青岛市人民政府办公厅");
    assertThat(t.title()).isEqualTo(SeedWorkbook.TITLE);
    assertThat(t.total().row()).isEqualTo(23);
    assertThat(t.notes()).isEmpty();
    assertThat(t).isEqualTo(SeedModel.table());
  }

  @Test
  void seedAsXlsReadsTheSame() throws Exception {
    IndicatorTable t = only(new SeedWorkbook().write(dir.resolve("seed.xls")));

    assertThat(t).isEqualTo(SeedModel.table());
  }

  @Test
  void seedWithTotalsAsNumbersReadsTheSame() throws Exception {
    IndicatorTable t = only(new SeedWorkbook().totalAsNumbers().write(dir.resolve("seed.xlsx")));

    assertThat(t).isEqualTo(SeedModel.table());
  }

  @Test
  void headerLowerDownGivesTheSameTable() throws Exception {
    IndicatorTable t = only(new SeedWorkbook().blankRowsAboveTitle(5).write(dir.resolve("seed.xlsx")));

    assertThat(t.headerRow()).isEqualTo(7);
    assertThat(t.firstDataRow()).isEqualTo(8);
    assertThat(TableShape.of(t)).isEqualTo(TableShape.of(SeedModel.table()));
    assertThat(t.indicators().get(0).row()).isEqualTo(8);
  }

  @Test
  void tablePastedFromPdfGivesTheSameLeavesWeightsAndScores() throws Exception {
    IndicatorTable t = only(new PastedSeedWorkbook().write(dir.resolve("pasted.xlsx")));

    assertThat(TableShape.of(t)).isEqualTo(TableShape.of(SeedModel.table()));
    assertThat(t.indicators()).hasSize(20);
    assertThat(t.total().row()).isEqualTo(24);
  }

  @Test
  void continuationRowJoinsPreviousRule() throws Exception {
    PastedSeedWorkbook pasted = new PastedSeedWorkbook();
    IndicatorTable t = only(pasted.write(dir.resolve("pasted.xlsx")));

    Indicator first = t.indicators().get(0);
    String rule = SeedModel.table().indicators().get(0).text(Column.RULE);
    int cut = rule.indexOf(PastedSeedWorkbook.RULE_CUT);
    assertThat(first.text(Column.RULE)).isEqualTo(rule.substring(0, cut) + "\n" + rule.substring(cut));
    assertThat(first.row()).isEqualTo(3);
    assertThat(first.lastRow()).isEqualTo(pasted.continuationRow() - 1);
    assertThat(t.indicators().get(1).row()).isEqualTo(5);
    assertThat(t.groups(2).get(0).lastRow()).isEqualTo(5);
    assertThat(t.notes()).extracting(f -> f.code()).containsExactly("CONTINUATION_JOINED");
  }

  @Test
  void pastedNumbersAreReadFromText() throws Exception {
    IndicatorTable t = only(new PastedSeedWorkbook().write(dir.resolve("pasted.xlsx")));

    Indicator third = t.indicators().get(2);
    assertThat(third.score().text()).isEqualTo("2.5");
    assertThat(third.score().value()).isEqualByComparingTo("2.5");
    assertThat(t.indicators().get(1).path()).containsExactly("决策", "项目立项", "立项程序规范性");
    assertThat(t.indicators().get(3).name()).isEqualTo("绩效指标明确性");
  }
}
