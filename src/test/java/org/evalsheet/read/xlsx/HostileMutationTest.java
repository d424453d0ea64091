package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random damage to real workbooks: the opener either opens them or rejects them, never anything else. */
class HostileMutationTest {

  @TempDir Path dir;

  @Test
  void mutatedXlsxOnlyEverOpensOrIsRejected() {
    byte[] real = Mutants.bytes(new SeedWorkbook().write(dir.resolve("seed.xlsx")));
    assertTimeoutPreemptively(Duration.ofSeconds(90), () -> mutateAndOpen(real, 200, 20240601L, ".xlsx"));
  }

  @Test
  void mutatedXlsOnlyEverOpensOrIsRejected() {
    byte[] real = Mutants.bytes(new SeedWorkbook().write(dir.resolve("seed.xls")));
    assertTimeoutPreemptively(Duration.ofSeconds(90), () -> mutateAndOpen(real, 100, 20240602L, ".xls"));
  }

  private void mutateAndOpen(byte[] real, int rounds, long seed, String ext) throws IOException {
    Random random = new Random(seed);
    int opened = 0;
    for (int i = 0; i < rounds; i++) {
      byte[] bytes = Mutants.mutate(real, random);
      Path file = Files.write(dir.resolve("mutant-" + i + ext), bytes);
      Workbook wb;
      try {
        wb = WorkbookOpener.open(file, ReadLimits.DEFAULT);
      } catch (UnreadableFileException e) {
        assertThat(e.reason()).isNotBlank();
        continue;
      } catch (Throwable t) {
        throw new AssertionError("mutant " + i + " (seed " + seed + ") escaped open()", t);
      }
      opened++;
      try (wb) {
        walk(wb, ext, "mutant " + i + " (seed " + seed + ")");
      }
      Files.delete(file);
    }
    // Flips inside unused bytes leave a readable file; the run must have exercised both outcomes.
    assertThat(opened).isBetween(1, rounds - 1);
  }

  /**
   * Reads every cell of an opened workbook. Sheets, rows and cells must all be reachable; a cell may fail only where
   * POI defers decoding to the read, that is an .xls formula (HSSF decodes its tokens when the cell is read), which
   * the table reader turns into that one cell's error (PoiGridLoader.safeValue), not the file's.
   */
  private static void walk(Workbook wb, String ext, String mutant) {
    for (Sheet sheet : wb) {
      for (Row row : sheet) {
        for (Cell cell : row) {
          try {
            cell.toString();
          } catch (RuntimeException e) {
            String where = mutant + " " + sheet.getSheetName() + "!" + cell.getAddress() + " failed with " + e;
            assertThat(ext).as(where).isEqualTo(".xls");
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.FORMULA);
          }
        }
      }
    }
  }
}
