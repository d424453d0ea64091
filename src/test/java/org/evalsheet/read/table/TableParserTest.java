package org.evalsheet.read.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.read.grid.Grid;
import org.junit.jupiter.api.Test;

/** The parser works from a plain grid, whatever filled it: no workbook needed. */
class TableParserTest {

  private static Grid.Builder grid() {
    return new Grid.Builder("表1", 0, 1000);
  }

  private static void row(Grid.Builder g, int r, String... cells) {
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] != null) {
        g.put(r, c, Grid.Cell.text(cells[c]));
      }
    }
  }

  @Test
  void gridWithMergedGroupReadsWithoutPoi() {
    Grid.Builder g = grid();
    row(g, 0, "一级指标", "二级指标", "权重", "得分");
    row(g, 1, "产出（30分）", "数量", null, null);
    g.put(1, 2, Grid.Cell.number(20, "20", false)).put(1, 3, Grid.Cell.number(18, "18", false));
    row(g, 2, null, "质量", "10", "10");
    g.merge(1, 2, 0, 0);

    IndicatorTable t = TableParser.parse(g.build(), "文件名").orElseThrow();

    assertThat(t.indicators()).extracting(Indicator::name).containsExactly("数量", "质量");
    assertThat(t.groups(1).get(0).declaredWeight()).isEqualByComparingTo("30");
    assertThat(t.groups(1).get(0).lastRow()).isEqualTo(2);
    assertThat(t.unit()).isEqualTo("文件名");
  }

  @Test
  void gridWithoutHeaderGivesNoTable() {
    Grid.Builder g = grid();
    row(g, 0, "说明", "本表无指标");

    assertThat(TableParser.parse(g.build(), "x")).isEmpty();
  }

  @Test
  void emptyGridGivesNoTable() {
    assertThat(TableParser.parse(grid().build(), "x")).isEmpty();
  }
}
