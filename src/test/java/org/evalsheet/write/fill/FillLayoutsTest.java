package org.evalsheet.write.fill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evalsheet.write.fill.FillWorkbooks.cell;
import static org.evalsheet.write.fill.FillWorkbooks.describe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.Severity;
import org.evalsheet.model.TotalRow;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.score.Assessor;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.LeafScore;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedLayouts.Groups;
import org.evalsheet.testing.SeedLayouts.Weights;
import org.evalsheet.testing.SeedLayouts;
import org.evalsheet.write.fill.FilledCopyWriter.Route;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The filled copy of the outline and 小计 layouts (分组行与小计行的回填): every outline group row and 小计 row gets its
 * 得分率, the 合计 row is found whatever closes the table, a table of fractional weights gets its totals back as
 * fractions, every other cell stays as it was, and the copy reads back to the same numbers.
 */
class FillLayoutsTest {
  @TempDir Path dir;

  private static final WorkbookReader READER = new WorkbookReader(ReadLimits.DEFAULT);

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Groups g : List.of(Groups.OUTLINE_SCORED, Groups.OUTLINE, Groups.SUBTOTALS, Groups.SUBTOTALS_NESTED,
        Groups.MIXED)) {
      FillWorkbooks.routes().forEach(a -> out.add(Arguments.of(g, Weights.POINTS, a.get()[0], a.get()[1])));
    }
    FillWorkbooks.routes().forEach(a -> out.add(Arguments.of(Groups.OUTLINE_SCORED, Weights.FRACTIONS, a.get()[0],
        a.get()[1])));
    return out.stream();
  }

  private static TableResult assess(Path file) throws Exception {
    List<IndicatorTable> tables = READER.read(file);
    assertThat(tables).hasSize(1);
    return Assessor.assess(tables.get(0), ProfileReader.defaults());
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}")
  @MethodSource("cases")
  void groupAndSubtotalRowsGetTheirRatesAndNothingElseChanges(Groups groups, Weights weights, String ext, Route route)
      throws Exception {
    Path input = new SeedLayouts().groups(groups).weights(weights).write(dir.resolve("t." + ext));
    TableResult result = assess(input);
    IndicatorTable t = result.table();
    int rateCol = t.columns().get(Column.RATE);
    int scoreCol = t.columns().get(Column.SCORE);
    Path out = dir.resolve("out").resolve("t." + ext);
    FilledCopyWriter.write(input, out, List.of(result), route);

    Set<CellRef> written = new HashSet<>();
    try (Workbook wb = FillWorkbooks.open(out)) {
      for (LeafScore l : result.evaluation().leaves()) {
        written.add(new CellRef(t.sheet(), l.indicator().row(), rateCol));
        assertThat(cell(wb, t.sheet(), l.indicator().row(), rateCol).getNumericCellValue())
            .isCloseTo(l.rate().doubleValue(), within(1e-9));
      }
      int stated = 0;
      for (GroupScore g : result.evaluation().groups()) {
        for (TotalRow row : g.group().statedRows()) {
          stated++;
          written.add(new CellRef(t.sheet(), row.row(), rateCol));
          Cell rate = cell(wb, t.sheet(), row.row(), rateCol);
          assertThat(rate.getNumericCellValue()).as("%s row %d", g.name(), row.row() + 1)
              .isCloseTo(g.score().doubleValue() / g.weight().doubleValue(), within(1e-9));
          assertThat(rate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        }
      }
      assertThat(stated).isPositive();
      int total = t.total().row();
      written.add(new CellRef(t.sheet(), total, rateCol));
      written.add(new CellRef(t.sheet(), total, scoreCol));
      double expectedTotal = weights == Weights.FRACTIONS ? 0.984 : 98.4;
      assertThat(cell(wb, t.sheet(), total, scoreCol).getNumericCellValue()).isCloseTo(expectedTotal, within(1e-9));
      assertThat(cell(wb, t.sheet(), total, rateCol).getNumericCellValue()).isCloseTo(0.984, within(1e-9));
      for (Finding f : result.findings()) {
        if (f.severity() != Severity.INFO && f.cell() != null) {
          written.add(f.cell());
        }
      }
    }
    assertUnchangedOutside(input, out, written);

    TableResult again = assess(out);
    assertThat(again.evaluation().scoreTotal()).isEqualByComparingTo("98.4");
    assertThat(again.findings()).filteredOn(f -> f.severity() != Severity.INFO).map(Finding::message)
        .containsExactlyInAnyOrderElementsOf(result.findings().stream().filter(f -> f.severity() != Severity.INFO)
            .map(Finding::message).toList());
  }

  private static void assertUnchangedOutside(Path input, Path out, Set<CellRef> written) throws Exception {
    try (Workbook before = FillWorkbooks.open(input); Workbook after = FillWorkbooks.open(out)) {
      Sheet a = before.getSheetAt(0);
      Sheet b = after.getSheetAt(0);
      assertThat(b.getMergedRegions()).containsExactlyInAnyOrderElementsOf(a.getMergedRegions());
      for (int r = 0; r <= Math.max(a.getLastRowNum(), b.getLastRowNum()); r++) {
        Row ra = a.getRow(r);
        Row rb = b.getRow(r);
        int lastCol = Math.max(ra == null ? 0 : ra.getLastCellNum(), rb == null ? 0 : rb.getLastCellNum());
        for (int c = 0; c < lastCol; c++) {
          if (!written.contains(new CellRef(a.getSheetName(), r, c))) {
            Cell ca = ra == null ? null : ra.getCell(c);
            Cell cb = rb == null ? null : rb.getCell(c);
            assertThat(describe(cb)).as(new CellRef(a.getSheetName(), r, c).toString()).isEqualTo(describe(ca));
          }
        }
      }
    }
  }

  /** The group of a name, for readers of this test. */
  static Group group(IndicatorTable t, String name) {
    return t.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
  }
}
