package org.evalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.testing.SeedModel;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedReadTest {

  @TempDir Path dir;

  private final WorkbookReader reader = new WorkbookReader(ReadLimits.DEFAULT);

  @Test
  void seedWorkbookReadsAsTheSeedModel() throws Exception {
    List<IndicatorTable> tables = reader.read(new SeedWorkbook().write(dir.resolve("seed.xlsx")));

    assertThat(tables).hasSize(1);
    IndicatorTable t = tables.get(0);
    assertThat(t.headerRow()).isEqualTo(2);
    assertThat(t.unit()).isEqualTo("青岛市人民政府办公厅");
    assertThat(t.title()).isEqualTo(SeedWorkbook.TITLE);
    assertThat(t).isEqualTo(SeedModel.table());
  }
}
