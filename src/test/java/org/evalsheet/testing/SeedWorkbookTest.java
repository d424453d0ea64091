package org.evalsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedWorkbookTest {

  @TempDir Path dir;

  @Test
  void seedLayoutHasMergedGroupsAndFormulaTotals() throws Exception {
    Path file = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet s = wb.getSheet(SeedWorkbook.SHEET);
      assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("一级指标");
      assertThat(s.getMergedRegions()).anyMatch(m -> m.formatAsString().equals("A4:A9"));
      assertThat(s.getMergedRegions()).anyMatch(m -> m.formatAsString().equals("C20:C22"));
      assertThat(s.getMergedRegions()).anyMatch(m -> m.formatAsString().equals("I20:I22"));
      assertThat(s.getRow(23).getCell(9).getCellFormula()).isEqualTo("SUM(J4:J23)");
      assertThat(s.getRow(23).getCell(9).getNumericCellValue()).isEqualTo(98.4, org.assertj.core.data.Offset.offset(1e-9));
    }
  }
}
