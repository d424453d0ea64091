package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.evalsheet.model.Version;
import org.evalsheet.testing.HostileInputs;
import org.evalsheet.testing.MofWorkbook;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process: exit codes and the text a clerk sees. */
class MainTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path seed(String name) {
    return new SeedWorkbook().write(dir.resolve(name));
  }

  @Test
  void validateOfTheSeedCountsItsInfosAndPrintsTheSummaryAndExitsZero() {
    Path file = seed("seed.xlsx");
    Run r = run("validate", file.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).doesNotContain("指标体系!J6")
        .contains(file + ": 另有 3 条提示，加 --verbose 查看")
        .contains(file + ":指标体系: 青岛市人民政府办公厅：得分 98.4 / 权重 100，得分率 98.40%，等次 优；错误 0，警告 0");
    assertThat(r.err()).isEmpty();
    Run verbose = run("validate", file.toString(), "--verbose");
    assertThat(verbose.out()).contains(file + ":指标体系!J6: 提示: 指标“绩效目标合理性”的得分 2.5 不是评分标准")
        .doesNotContain("另有");
  }

  @Test
  void validatePrintsErrorsBeforeWarningsAndGradesNoTableThatMustGoBack() {
    // A repeated indicator name (a warning) at C5, above the error at J12.
    Path file = new SeedWorkbook().set(1, 2, "立项依据充分性").set(8, 9, "5").write(dir.resolve("bad.xlsx"));
    Run r = run("validate", file.toString());
    List<String> lines = r.out().lines().toList();
    assertThat(r.out()).contains(file + ":指标体系!C5: 警告: ");
    int error = lines.indexOf(lines.stream().filter(l -> l.contains(": 错误: ")).findFirst().orElseThrow());
    assertThat(lines.subList(0, error)).noneMatch(l -> l.contains(": 警告: "));
    assertThat(r.out()).contains("等次 —（需退回，更正后评定）；错误 ");
  }

  @Test
  void validateWithAnErrorPrintsTheCellAndExitsOne() {
    Path file = new SeedWorkbook().set(8, 9, "5").write(dir.resolve("bad.xlsx"));
    Run r = run("validate", file.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains(file + ":指标体系!J12: 错误: 指标“资金使用合规性”的得分 5 超过权重 4");
  }

  @Test
  void ministryGradesOptionChangesTheGrade() {
    Path file = new SeedWorkbook().set(0, 9, "0").set(1, 9, "0").set(6, 9, "0").set(9, 9, "0").set(10, 9, "0")
        .set(11, 9, "0").totalAsNumbers().write(dir.resolve("low.xlsx"));
    // 98.4 − 3 − 3 − 2 − 6 − 6 − 5 = 73.4: 中 on both scales; 65 needs one more cut.
    Path lower = new SeedWorkbook().set(0, 9, "0").set(1, 9, "0").set(6, 9, "0").set(9, 9, "0").set(10, 9, "0")
        .set(11, 9, "0").set(12, 9, "0").set(13, 9, "1.6").write(dir.resolve("lower.xlsx"));
    // Its 合计 row still says 98.4: an error, so the file goes back ungraded whatever the bands.
    assertThat(run("validate", file.toString()).out()).contains("得分 73.4 /").contains("等次 —（需退回，更正后评定）");
    Run defaultScale = run("validate", lower.toString());
    Run ministry = run("validate", lower.toString(), "--grades", "90=优,80=良,60=中,0=差");
    assertThat(defaultScale.out()).contains("得分 65 /").contains("等次 差");
    assertThat(ministry.out()).contains("得分 65 /").contains("等次 中");
  }

  @Test
  void unreadableInputsAreRejectedWithTheirReasonAndExitThreeWithoutAStackTrace() {
    List<HostileInputs.Case> cases = HostileInputs.build(dir.resolve("hostile"));
    String[] args = Stream.concat(Stream.of("validate"), cases.stream().map(c -> c.file().toString()))
        .toArray(String[]::new);
    Run r = run(args);
    assertThat(r.code()).isEqualTo(3);
    for (HostileInputs.Case c : cases) {
      assertThat(r.out()).contains(c.file() + ": 无法处理: " + c.reason());
    }
    assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aWorkbookWithoutAnIndicatorTableIsRejected() throws Exception {
    Path empty = dir.resolve("empty.xlsx");
    try (Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("通知");
      try (var out = Files.newOutputStream(empty)) {
        wb.write(out);
      }
    }
    Run r = run("validate", empty.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains("无法处理: 未找到指标表");
  }

  @Test
  void jsonToStandardOutputIsTheReportAndTheLinesMoveToStandardError() throws Exception {
    Path file = seed("seed.xlsx");
    Run r = run("validate", file.toString(), "--json", "-");
    assertThat(r.code()).isEqualTo(0);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("tool").asText()).isEqualTo("evalsheet");
    JsonNode table = json.get("files").get(0).get("tables").get(0);
    assertThat(table.get("scoreTotal").decimalValue()).isEqualByComparingTo("98.4");
    assertThat(table.get("grade").asText()).isEqualTo("优");
    assertThat(table.get("headerRow").asInt()).isEqualTo(3);
    assertThat(r.err()).contains("等次 优");
  }

  @Test
  void fillWritesACopyUnderTheSameNameAndLeavesTheInputAlone() throws Exception {
    Path file = seed("指标体系.xlsx");
    String before = sha(file);
    Path out = dir.resolve("out");
    Run r = run("fill", file.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(sha(file)).isEqualTo(before);
    try (Workbook wb = WorkbookFactory.create(out.resolve("指标体系.xlsx").toFile(), null, true)) {
      assertThat(wb.getSheet("指标体系").getRow(3).getCell(10).getNumericCellValue()).isEqualTo(1.0);
      assertThat(wb.getSheet("评价结论")).isNotNull();
    }
  }

  @Test
  void aLargerSizeLimitHoldsForTheCopyAsForTheCheck() throws Exception {
    Path big = dir.resolve("附图较多的自评表.xlsx");
    try (Workbook wb = WorkbookFactory.create(Files.newInputStream(seed("seed.xlsx")))) {
      byte[] picture = new byte[52 << 20];
      new java.util.Random(7).nextBytes(picture);
      wb.addPicture(picture, Workbook.PICTURE_TYPE_PNG);
      try (var os = Files.newOutputStream(big)) {
        wb.write(os);
      }
    }
    assertThat(Files.size(big)).isGreaterThan(52L << 20);
    assertThat(run("validate", big.toString()).code()).as("over the default 50 MB").isEqualTo(3);
    assertThat(run("validate", big.toString(), "--max-size", "100").code()).isEqualTo(0);
    Path out = dir.resolve("out");
    Run fill = run("fill", big.toString(), "--max-size", "100", "--out", out.toString());
    assertThat(fill.code()).as(fill.out() + fill.err()).isEqualTo(0);
    try (Workbook wb = WorkbookFactory.create(out.resolve(big.getFileName()).toFile(), null, true)) {
      assertThat(wb.getSheet("评价结论")).isNotNull();
    }
  }

  @Test
  void anInternalFailureExitsFourAndSaysSoInOneLine() {
    StringWriter err = new StringWriter();
    int code = Main.guarded(() -> {
      throw new IllegalStateException("坏了");
    }, new PrintWriter(err, true), false);
    assertThat(code).isEqualTo(Main.INTERNAL).isEqualTo(4);
    assertThat(err.toString()).startsWith("内部错误：java.lang.IllegalStateException: 坏了")
        .contains("加 --verbose").doesNotContain("\tat ");
    StringWriter usage = new StringWriter();
    assertThat(Main.guarded(() -> {
      throw new UsageException("输出目录不能是收件文件夹");
    }, new PrintWriter(usage, true), false)).isEqualTo(Main.USAGE);
  }

  @Test
  void fillRefusesToWriteIntoTheInputsFolder() {
    Path file = seed("seed.xlsx");
    Run r = run("fill", file.toString(), "--out", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("输出目录不能是原文件所在的目录");
  }

  @Test
  void fillKeepsXlsAsXlsAndReadsTheMinistryForm() throws Exception {
    Path xls = new SeedWorkbook().write(dir.resolve("seed.xls"));
    Path mof = new MofWorkbook().write(dir.resolve("mof.xlsx"));
    Path out = dir.resolve("out");
    Run r = run("fill", xls.toString(), mof.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(0);
    assertThat(Files.exists(out.resolve("seed.xls"))).isTrue();
    assertThat(Files.exists(out.resolve("mof.xlsx"))).isTrue();
  }

  @Test
  void usageErrorsExitTwoWithOneClearLine() {
    assertThat(run().code()).isEqualTo(2);
    Run unknown = run("check", "x.xlsx");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("未知命令");
    Run noOut = run("fill", "x.xlsx");
    assertThat(noOut.code()).isEqualTo(2);
    assertThat(noOut.err()).contains("缺少 --out");
    Run badGrades = run("validate", "x.xlsx", "--grades", "优");
    assertThat(badGrades.code()).isEqualTo(2);
    assertThat(badGrades.err()).contains("等次格式");
    Run badOption = run("validate", "--frobnicate", "x.xlsx");
    assertThat(badOption.code()).isEqualTo(2);
    assertThat(badOption.err()).doesNotContain("\tat ");
  }

  @Test
  void helpAndVersionWork() {
    Run help = run("--help");
    assertThat(help.code()).isEqualTo(0);
    assertThat(help.out()).contains("validate", "fill", "batch", "watch", "退出码", "小计行", "不适用", "复核得分单独列出",
        "不改动单位填写的任何数字", "本表有 N 处错误，需更正后重新报送");
    Run batchHelp = run("batch", "--help");
    assertThat(batchHelp.code()).isEqualTo(0);
    assertThat(batchHelp.out()).contains("--roster", "--threads", "--out");
    Run version = run("--version");
    assertThat(version.out().strip()).isEqualTo("evalsheet " + Version.get());
  }

  @Test
  void batchOnTheBundledRoundWritesEverythingAndLeavesTheInboxUnchanged() throws Exception {
    Path inbox = ProjectFiles.copyTree(ProjectFiles.samples().resolve("submissions"), dir.resolve("inbox"));
    String before = treeHash(inbox);
    Path out = dir.resolve("out");
    Run r = run("batch", inbox.toString(), "--out", out.toString(), "--roster",
        ProjectFiles.samples().resolve("roster.txt").toString(), "--threads", "2");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("通过      15", "需退回    2", "无法处理  1", "已忽略    1", "青岛市审计局");
    assertThat(out.resolve("summary.xlsx")).isRegularFile();
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.get("totals").get("files").asInt()).isEqualTo(19);
    assertThat(out.resolve("filled/司法局报送/青岛市司法局2023年度项目绩效自评表（2个项目）.xlsx")).isRegularFile();
    assertThat(treeHash(inbox)).isEqualTo(before);
    try (Workbook summary = WorkbookFactory.create(out.resolve("summary.xlsx").toFile(), null, true)) {
      assertThat(summary.getSheet("汇总").getLastRowNum()).as("16 passing tables, 2 to correct").isEqualTo(18);
      assertThat(summary.getSheet("退回清单").getLastRowNum()).as("2 to correct, 1 damaged, 1 lock file").isEqualTo(4);
      assertThat(summary.getSheet("名单核对").getRow(1).getCell(1).getStringCellValue()).isEqualTo("青岛市审计局");
    }
  }

  @Test
  void batchOfAMistypedInboxExitsThreeAndCreatesNothing() {
    Path out = dir.resolve("out");
    Run r = run("batch", dir.resolve("收件相").toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.err()).contains("找不到收件文件夹 " + dir.resolve("收件相")).contains("文件夹不存在")
        .doesNotContain("无法读取收件文件夹：无法读取收件文件夹");
    assertThat(out).doesNotExist();
  }

  @Test
  void batchRefusesAnOutputFolderInsideTheInbox() {
    Run r = run("batch", dir.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(2);
  }

  private static String sha(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static String treeHash(Path root) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted().toList()) {
        sb.append(root.relativize(p)).append(' ');
        if (Files.isRegularFile(p)) {
          sb.append(sha(p)).append(' ').append(Files.getLastModifiedTime(p));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }
}
