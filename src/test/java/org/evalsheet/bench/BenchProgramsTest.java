package org.evalsheet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks that the benchmark's programs produce what bench/run.sh relies on; times nothing. */
class BenchProgramsTest {

  @TempDir Path dir;

  @Test
  void inputsAreTheSameWhateverTheThreadCount() throws Exception {
    Inputs.generate(new Inputs.Plan(dir.resolve("a"), 4, 40, 5, 2, 7L, 1));
    Inputs.generate(new Inputs.Plan(dir.resolve("b"), 4, 40, 5, 2, 7L, 3));
    Map<String, List<String>> a = contents(dir.resolve("a"));
    assertThat(a).hasSize(4 + 3 + 1 + 1 + 1);
    assertThat(contents(dir.resolve("b"))).isEqualTo(a);
    assertThat(Files.readString(dir.resolve("a/inputs.properties"))).contains("tables=5", "tableFiles=3");
  }

  @Test
  void submissionsVaryScoresButKeepTheSeedLayout() throws Exception {
    Inputs.generate(new Inputs.Plan(dir, 8, 20, 0, 10, 7L, 2));
    List<String> totals = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir.resolve("submissions"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
          Sheet s = wb.getSheet(SeedWorkbook.SHEET);
          assertThat(s.getRow(2).getCell(9).getStringCellValue()).isEqualTo("得分");
          assertThat(s.getRow(1).getCell(0).getStringCellValue()).startsWith("预算部门：");
          assertThat(s.getRow(23).getCell(9).getCellFormula()).isEqualTo("SUM(J4:J23)");
          totals.add(String.valueOf(s.getRow(23).getCell(9).getNumericCellValue()));
        }
      }
    }
    assertThat(totals).hasSize(8);
    assertThat(totals.stream().distinct().count()).isGreaterThan(1);
  }

  @Test
  void tablesForTheSummaryAreSeveralSheetsPerFile() throws Exception {
    Inputs.generate(new Inputs.Plan(dir, 0, 20, 7, 3, 7L, 2));
    try (Workbook wb = WorkbookFactory.create(Inputs.tablesPath(dir, 2).toFile(), null, true)) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(1);
    }
    try (Workbook wb = WorkbookFactory.create(Inputs.tablesPath(dir, 0).toFile(), null, true)) {
      assertThat(wb.getSheetName(2)).isEqualTo("项目3");
    }
  }

  @Test
  void bigTableMergesGroupsOverTheirLeavesAndCachesTotals() throws Exception {
    Path file = BigTable.write(dir.resolve("big.xlsx"), 40, 1L);
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      Sheet s = wb.getSheet("指标体系");
      assertThat(s.getLastRowNum()).isEqualTo(3 + 40);
      assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("决策 (25分)");
      assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("项目立项（5分）");
      assertThat(s.getMergedRegions()).anyMatch(m -> m.formatAsString().equals("A4:A13"));
      assertThat(s.getMergedRegions()).anyMatch(m -> m.formatAsString().equals("B4:B5"));
      Cell weights = s.getRow(43).getCell(4);
      assertThat(weights.getCellFormula()).isEqualTo("SUM(E4:E43)");
      assertThat(weights.getNumericCellValue()).isEqualTo(100.0);
    }
  }

  @Test
  void floorCopiesEveryEntryUnchanged() throws Exception {
    Path in = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    Path out = dir.resolve("copy.xlsx");
    Floor.copy(in, out);
    assertThat(entries(out)).isEqualTo(entries(in));
  }

  @Test
  void sweepRunsEveryWorkbookAndSkipsLockFiles() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("in/sub"));
    new SeedWorkbook().write(inbox.resolve("a.xlsx"));
    new SeedWorkbook().write(inbox.resolve("b.xlsx"));
    Files.write(inbox.resolve("~$a.xlsx"), new byte[] {1});
    FileSweep.Args args = FileSweep.Args.parse(new String[] {"--threads", "2", "--out", dir.resolve("out").toString(),
      dir.resolve("in").toString()});
    FileSweep.Result r = FileSweep.run(args, PoiRoundTrip::roundTrip, System.err);
    assertThat(r.files()).isEqualTo(2);
    assertThat(r.failed()).isZero();
    try (Workbook wb = WorkbookFactory.create(dir.resolve("out/sub/b.xlsx").toFile(), null, true)) {
      assertThat(wb.getSheet(SeedWorkbook.SHEET)).isNotNull();
    }
    assertThat(r.line("x", 2)).startsWith("x: files=2 failed=0 threads=2");
  }

  @Test
  void summaryRowsCountsTheRowsOfEverySheet() throws Exception {
    Path file = dir.resolve("summary.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(file)) {
      Sheet summary = wb.createSheet("汇总");
      for (int r = 0; r < 3; r++) {
        summary.createRow(r);
      }
      Sheet other = wb.createSheet("问题清单");
      for (int r = 0; r < 5; r++) {
        other.createRow(r * 2);
      }
      wb.write(os);
    }
    assertThat(SummaryRows.count(file)).containsExactly(Map.entry("汇总", 3), Map.entry("问题清单", 5));
  }

  private static Map<String, List<String>> contents(Path root) throws Exception {
    Map<String, List<String>> out = new LinkedHashMap<>();
    DataFormatter fmt = new DataFormatter();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        List<String> cells = new ArrayList<>();
        if (f.toString().endsWith(".xlsx")) {
          try (Workbook wb = WorkbookFactory.create(f.toFile(), null, true)) {
            for (Sheet s : wb) {
              cells.add(s.getSheetName() + " " + s.getMergedRegions());
              for (Row row : s) {
                for (Cell c : row) {
                  cells.add(c.getAddress() + "=" + fmt.formatCellValue(c));
                }
              }
            }
          }
        }
        out.put(root.relativize(f).toString(), cells);
      }
    }
    return out;
  }

  private static Map<String, String> entries(Path zip) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : z.stream().toList()) {
        try (InputStream in = z.getInputStream(e)) {
          out.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
