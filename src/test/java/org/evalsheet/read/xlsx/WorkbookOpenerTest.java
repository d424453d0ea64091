package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.testing.HostileInputs;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WorkbookOpenerTest {

  @TempDir static Path corpusDir;
  static List<HostileInputs.Case> corpus;

  @TempDir Path dir;

  @BeforeAll
  static void buildCorpus() {
    corpus = HostileInputs.build(corpusDir);
  }

  static Stream<HostileInputs.Case> corpus() {
    return corpus.stream();
  }

  /** The cases POI must refuse on its own, with the same reason, if the sniff were ever bypassed. */
  static Stream<HostileInputs.Case> poiGuarded() {
    Set<String> guarded = Set.of(HostileInputs.BOMB, HostileInputs.TOO_MANY_ENTRIES,
        HostileInputs.DUPLICATE_ENTRIES, HostileInputs.DOCTYPE, HostileInputs.PASSWORD, HostileInputs.STRICT,
        HostileInputs.EMPTY);
    return corpus.stream().filter(c -> guarded.contains(c.reason()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void hostileInputIsRejectedWithItsReason(HostileInputs.Case c) {
    assertThat(reasonFor(c.file(), ReadLimits.DEFAULT)).isEqualTo(c.reason());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("poiGuarded")
  void poiAloneRefusesTheSameInputsWithTheSameReason(HostileInputs.Case c) {
    Throwable thrown = catchThrowable(() -> WorkbookOpener.openWithPoi(c.file()).close());
    assertThat(thrown).isInstanceOf(UnreadableFileException.class);
    assertThat(((UnreadableFileException) thrown).reason()).isEqualTo(c.reason());
  }

  @Test
  void seedXlsxOpensReadOnly() throws Exception {
    Path file = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    byte[] before = Files.readAllBytes(file);
    try (Workbook wb = WorkbookOpener.open(file, ReadLimits.DEFAULT)) {
      assertThat(wb).isInstanceOf(XSSFWorkbook.class);
      assertThat(wb.getSheet(SeedWorkbook.SHEET).getRow(2).getCell(0).getStringCellValue()).isEqualTo("一级指标");
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void seedXlsOpens() throws Exception {
    Path file = new SeedWorkbook().write(dir.resolve("seed.xls"));
    try (Workbook wb = WorkbookOpener.open(file, ReadLimits.DEFAULT)) {
      assertThat(wb).isInstanceOf(HSSFWorkbook.class);
      assertThat(wb.getSheet(SeedWorkbook.SHEET).getRow(2).getCell(0).getStringCellValue()).isEqualTo("一级指标");
    }
  }

  @Test
  void macroEnabledWorkbookOpens() throws Exception {
    Path file = dir.resolve("seed.xlsm");
    try (XSSFWorkbook wb = new XSSFWorkbook(XSSFWorkbookType.XLSM); OutputStream out = Files.newOutputStream(file)) {
      new SeedWorkbook().fill(wb);
      wb.write(out);
    }
    try (Workbook wb = WorkbookOpener.open(file, ReadLimits.DEFAULT)) {
      assertThat(wb.getSheet(SeedWorkbook.SHEET)).isNotNull();
    }
  }

  @Test
  void xlsRenamedToXlsxOpensByItsContent() throws Exception {
    Path xls = new SeedWorkbook().write(dir.resolve("seed.xls"));
    Path renamed = Files.copy(xls, dir.resolve("seed-renamed.xlsx"));
    try (Workbook wb = WorkbookOpener.open(renamed, ReadLimits.DEFAULT)) {
      assertThat(wb).isInstanceOf(HSSFWorkbook.class);
    }
  }

  @Test
  void fileAboveTheSizeLimitIsRejectedBeforeOpening() {
    Path file = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    ReadLimits oneKb = new ReadLimits(1024, 2_000_000, Duration.ofSeconds(60));
    assertThat(reasonFor(file, oneKb)).isEqualTo("文件过大（超过 1 KB）");
    assertThat(InputReasons.tooLarge(ReadLimits.DEFAULT.maxFileBytes())).isEqualTo("文件过大（超过 50 MB）");
  }

  @Test
  void workbookInflatingAboveTheLimitIsRejected() {
    Path file = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    ReadLimits tight = new ReadLimits(50L << 20, 2_000_000, Duration.ofSeconds(60), 10 * 1024);
    assertThat(reasonFor(file, tight)).isEqualTo("文件解压后过大（超过 10 KB），已拒绝");
  }

  @Test
  void missingFileIsRejectedWithItsReason() {
    assertThat(reasonFor(dir.resolve("gone.xlsx"), ReadLimits.DEFAULT)).isEqualTo("文件不存在或已被移走");
  }

  @Test
  void interruptedReadIsRejectedAndKeepsTheInterrupt() {
    Path file = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    Thread.currentThread().interrupt();
    try {
      assertThat(reasonFor(file, ReadLimits.DEFAULT)).isEqualTo("读取被中止（超时或程序正在退出）");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void securityLimitsAreRestoredOnEveryOpen() throws Exception {
    ZipSecureFile.setMinInflateRatio(0);
    ZipSecureFile.setMaxFileCount(Long.MAX_VALUE);
    Path file = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    WorkbookOpener.open(file, ReadLimits.DEFAULT).close();
    assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
    assertThat(ZipSecureFile.getMaxFileCount()).isEqualTo(1000);
    assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(512L << 20);
    assertThat(ZipSecureFile.getMaxTextSize()).isEqualTo(10L << 20);
  }

  @Test
  void corpusReasonsMatchTheOpenersWording() {
    assertThat(List.of(HostileInputs.EMPTY, HostileInputs.CORRUPT, HostileInputs.WORD, HostileInputs.ODS,
        HostileInputs.HTML, HostileInputs.TEXT, HostileInputs.PASSWORD, HostileInputs.BOMB,
        HostileInputs.TOO_MANY_ENTRIES, HostileInputs.DUPLICATE_ENTRIES, HostileInputs.DOCTYPE, HostileInputs.XLSB,
        HostileInputs.PLAIN_ZIP, HostileInputs.STRICT, HostileInputs.XML_2003))
        .containsExactly(InputReasons.EMPTY, InputReasons.CORRUPT, InputReasons.WORD, InputReasons.ODS,
            InputReasons.HTML, InputReasons.TEXT, InputReasons.PASSWORD, InputReasons.BOMB,
            InputReasons.TOO_MANY_ENTRIES, InputReasons.DUPLICATE_ENTRIES, InputReasons.DOCTYPE, InputReasons.XLSB,
            InputReasons.PLAIN_ZIP, InputReasons.STRICT, InputReasons.XML_2003);
  }

  @Test
  void wordPackageSeenOnlyByPoiIsStillNamedWord() {
    Path docx = corpus.stream().filter(c -> c.name().equals("word-renamed.xlsx")).findFirst().orElseThrow().file();
    Throwable thrown = catchThrowable(() -> WorkbookOpener.openWithPoi(docx).close());
    assertThat(((UnreadableFileException) thrown).reason()).isEqualTo(HostileInputs.WORD);
  }

  @Test
  void openerNeverThrowsAnythingElse() {
    assertThatThrownBy(() -> WorkbookOpener.open(corpusDir, ReadLimits.DEFAULT))
        .isInstanceOf(UnreadableFileException.class);
  }

  static String reasonFor(Path file, ReadLimits limits) {
    Throwable thrown = catchThrowable(() -> WorkbookOpener.open(file, limits).close());
    assertThat(thrown).as("opening %s", file.getFileName()).isInstanceOf(UnreadableFileException.class);
    return ((UnreadableFileException) thrown).reason();
  }
}
