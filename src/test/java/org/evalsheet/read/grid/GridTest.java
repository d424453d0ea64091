package org.evalsheet.read.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 单元格网格 answers the same look-ups whether it keeps its cells in flat arrays or only in maps. */
class GridTest {
  @Test
  void denseGridFindsCellsAndMergedRegions() {
    Grid g = new Grid.Builder("表", 0, 10_000).put(0, 0, Grid.Cell.text("一级指标")).put(2, 3, Grid.Cell.text("x"))
        .merge(0, 1, 0, 1).build();
    assertThat(g.cell(0, 0).text()).isEqualTo("一级指标");
    assertThat(g.cell(2, 3).text()).isEqualTo("x");
    assertThat(g.cell(1, 1)).isEqualTo(Grid.Cell.BLANK);
    assertThat(g.cell(-1, 0)).isEqualTo(Grid.Cell.BLANK);
    assertThat(g.cell(0, 70_000)).isEqualTo(Grid.Cell.BLANK);
    assertThat(g.region(1, 1)).isEqualTo(new Grid.Region(0, 1, 0, 1));
    assertThat(g.region(2, 3)).isNull();
    assertThat(g.covered(1, 0)).isTrue();
  }

  @Test
  void sparseGridFindsCellsFarApart() {
    Grid g = new Grid.Builder("表", 0, 10_000).put(0, 0, Grid.Cell.text("a")).put(60_000, 16_000, Grid.Cell.text("b"))
        .build();
    assertThat(g.cell(0, 0).text()).isEqualTo("a");
    assertThat(g.cell(60_000, 16_000).text()).isEqualTo("b");
    assertThat(g.cell(59_999, 16_000)).isEqualTo(Grid.Cell.BLANK);
  }
}
