package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.testing.MofWorkbook;
import org.evalsheet.testing.PastedSeedWorkbook;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming reader gives the grids and tables POI's usermodel gives, on every fixture the reader tests build
 * (every {@link TestSheet} workbook is checked as it is written) and on every bundled sample workbook.
 */
class StreamingEquivalenceTest {

  @TempDir Path dir;

  static Stream<Arguments> fixtures() {
    return Stream.of(
        fixture("seed", d -> new SeedWorkbook().write(d.resolve("seed.xlsx"))),
        fixture("seed, totals as numbers", d -> new SeedWorkbook().totalAsNumbers().write(d.resolve("seed.xlsx"))),
        fixture("seed, five rows lower", d -> new SeedWorkbook().blankRowsAboveTitle(5).write(d.resolve("s.xlsx"))),
        fixture("seed, renamed sheet", d -> new SeedWorkbook().sheetName("自评表").write(d.resolve("s.xlsx"))),
        fixture("seed, edited cells", d -> new SeedWorkbook().set(0, 9, "2.5").set(1, 4, "").set(2, 9, "两分")
            .set(3, 5, "a_x000D_b").write(d.resolve("edited.xlsx"))),
        fixture("seed as .xlsm", StreamingEquivalenceTest::xlsm),
        fixture("several sheets, some hidden", StreamingEquivalenceTest::severalSheets),
        fixture("pasted from PDF", d -> new PastedSeedWorkbook().write(d.resolve("pasted.xlsx"))),
        fixture("Ministry layout", d -> new MofWorkbook().write(d.resolve("mof.xlsx"))),
        fixture("Ministry layout, renamed", d -> new MofWorkbook().sheetName("自评表").project("另一个项目")
            .write(d.resolve("mof2.xlsx"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureReadsTheSameStreamed(String name, Function<Path, Path> write) {
    Path file = write.apply(dir);

    assertThat(LoaderEquivalence.check(file)).isEqualTo(LoaderEquivalence.Outcome.SAME);
    assertThat(LoaderEquivalence.readerOutcome(file, ReadLimits.DEFAULT))
        .isEqualTo(LoaderEquivalence.usermodelOutcome(file, ReadLimits.DEFAULT));
  }

  static Stream<Path> samples() throws IOException {
    Path root = ProjectFiles.samples();
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> found = files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.xls[xm]?$")).sorted().toList();
      assertThat(found).hasSizeGreaterThanOrEqualTo(15);
      return found.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sampleReadsTheSameStreamed(Path file) {
    Object before = LoaderEquivalence.usermodelOutcome(file, ReadLimits.DEFAULT);

    assertThat(LoaderEquivalence.readerOutcome(file, ReadLimits.DEFAULT)).isEqualTo(before);
    if (before instanceof List<?> && file.toString().endsWith(".xlsx")) {
      // openpyxl leaves every formula without a result (the 文化和旅游局 file): the streaming reader computes its
      // sums and rates exactly as POI's evaluator does, so it too reads the same streamed.
      assertThat(LoaderEquivalence.check(file)).isEqualTo(LoaderEquivalence.Outcome.SAME);
    }
  }

  @Test
  void sheetBeyondTheCellLimitIsTooLargeOnBothPaths() {
    Path file = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    ReadLimits small = new ReadLimits(50L << 20, 100, java.time.Duration.ofSeconds(60));

    assertThat(LoaderEquivalence.readerOutcome(file, small)).isEqualTo("工作表过大")
        .isEqualTo(LoaderEquivalence.usermodelOutcome(file, small));
    long cells = LoaderEquivalence.usermodelGrids(file, Long.MAX_VALUE).get(0).toString().lines().count() - 1;
    assertThat(LoaderEquivalence.check(file, cells)).isEqualTo(LoaderEquivalence.Outcome.SAME);
  }

  private static Arguments fixture(String name, Function<Path, Path> write) {
    return Arguments.of(name, write);
  }

  private static Path xlsm(Path dir) {
    Path file = dir.resolve("seed.xlsm");
    try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM); OutputStream out = Files.newOutputStream(file)) {
      new SeedWorkbook().fill(wb);
      wb.write(out);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A notes sheet, two tables, a hidden and a very hidden copy: indexes count the hidden sheets too. */
  private static Path severalSheets(Path dir) {
    Path file = dir.resolve("several.xlsx");
    try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("填表说明").createRow(1).createCell(1).setCellValue("请按表样填写");
      new SeedWorkbook().sheetName("隐藏").fill(wb);
      new SeedWorkbook().sheetName("法律援助").fill(wb);
      new MofWorkbook().sheetName("非常隐藏").fill(wb);
      new MofWorkbook().sheetName("人民调解").fill(wb);
      wb.setSheetHidden(1, true);
      wb.setSheetVisibility(3, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
      wb.write(out);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
