package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Messages a clerk can act on: command-line mistakes in Chinese with the option meant, no text said twice, the
 * reason of a failed write, the report on standard output, the copy {@code fill} wrote, the command that reads a
 * folder or a file, and what to set when the locale cannot hold Chinese file names.
 */
class MessagesCliTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      batch IN --out OUT --rooster r.txt      | batch 没有选项 --rooster，是不是 --roster？
      batch IN --out OUT --theads 2           | batch 没有选项 --theads，是不是 --threads？
      validate IN --roster r.txt              | validate 没有选项 --roster（--roster 只用于 batch、watch、serve 命令）
      validate IN --setle 2                   | validate 没有选项 --setle（--settle 只用于 watch、serve 命令）
      batch IN -o                             | 选项 --out（-o）后面缺少输出文件夹 DIR
      batch IN --out OUT --json               | 选项 --json 后面缺少文件名 FILE
      batch IN --out OUT --zzz                | batch 没有选项 --zzz。可用选项：--help（-h） --verbose
      """)
  void commandLineMistakesAreSaidInChineseWithTheOptionMeant(String line, String said) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String[] args = line.replace("IN", in.toString()).replace("OUT", dir.resolve("out").toString()).split(" ");
    MainTest.Run r = MainTest.run(args);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("用法错误：" + said).doesNotContain("Unrecognized", "Missing argument");
  }

  @Test
  void aMissingInboxOrRosterIsSaidOnceWithItsReasonAndCreatesNothing() throws Exception {
    Path out = dir.resolve("结果");
    MainTest.Run inbox = MainTest.run("batch", dir.resolve("收件箱").toString(), "--out", out.toString());
    assertThat(inbox.err().strip()).isEqualTo("找不到收件文件夹 " + dir.resolve("收件箱") + "：文件夹不存在，请检查名称和路径（没有创建任何文件）");
    Path real = Files.createDirectories(dir.resolve("真的收件箱"));
    MainTest.Run roster = MainTest.run("batch", real.toString(), "--out", out.toString(), "--roster",
        dir.resolve("名单.txt").toString());
    assertThat(roster.code()).isEqualTo(3);
    assertThat(roster.err().strip()).isEqualTo("无法读取名单文件 " + dir.resolve("名单.txt") + "：文件不存在");
    assertThat(out).doesNotExist();
  }

  @Test
  void aReportThatCannotBeWrittenSaysWhyNotThePathAgain() {
    Path file = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    Path json = dir.resolve("没有这个文件夹").resolve("r.json");
    MainTest.Run r = MainTest.run("validate", file.toString(), "--json", json.toString());
    assertThat(r.err()).contains("无法写出 JSON 报告 " + json + "：文件或文件夹不存在");
    assertThat(r.err().split(java.util.regex.Pattern.quote(json.toString()), -1)).hasSize(2);
  }

  @Test
  void batchWithJsonDashWritesTheReportToStandardOutputAndTheSummaryToStandardError() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("in"));
    new SeedWorkbook().write(inbox.resolve("seed.xlsx"));
    MainTest.Run r = MainTest.run("batch", inbox.toString(), "--out", dir.resolve("out").toString(), "--json", "-");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("run").get("inbox").asText()).isEqualTo(inbox.toString());
    assertThat(json.get("files").get(0).get("filledCopy").asText()).isEqualTo("filled/seed.xlsx");
    assertThat(r.err()).contains("处理完成：共 1 个文件");
    assertThat(Path.of("-")).doesNotExist();
    assertThat(dir.resolve("out/-")).doesNotExist();
  }

  @Test
  void fillSaysWhereTheCopyWentAndTheReportNamesIt() throws Exception {
    Path file = new SeedWorkbook().write(dir.resolve("指标体系.xlsx"));
    Path out = dir.resolve("副本");
    MainTest.Run r = MainTest.run("fill", file.toString(), "--out", out.toString(), "--json",
        dir.resolve("r.json").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(file + ": 已写出填好的副本：" + out.resolve("指标体系.xlsx"));
    JsonNode json = new ObjectMapper().readTree(dir.resolve("r.json").toFile());
    assertThat(json.get("files").get(0).get("filledCopy").asText()).isEqualTo(out.resolve("指标体系.xlsx").toString());
  }

  @Test
  void aFolderGivenToValidateOrAFileGivenToBatchPointsToTheOtherCommand() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("收件箱"));
    Path file = new SeedWorkbook().write(folder.resolve("seed.xlsx"));
    MainTest.Run validate = MainTest.run("validate", folder.toString());
    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.err()).contains(folder + " 是一个文件夹").contains("evalsheet batch \"" + folder + "\" --out");
    MainTest.Run batch = MainTest.run("batch", file.toString(), "--out", dir.resolve("out").toString());
    assertThat(batch.code()).isEqualTo(2);
    assertThat(batch.err()).contains(file + " 是一个文件，不是收件文件夹").contains("evalsheet validate \"" + file + "\"");
    MainTest.Run watch = MainTest.run("watch", file.toString(), "--out", dir.resolve("out").toString());
    assertThat(watch.code()).isEqualTo(2);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void withoutALocaleThatHoldsChineseNothingRunsAndNothingIsWritten() throws Exception {
    Path inbox = ProjectFiles.copyTree(ProjectFiles.samples().resolve("submissions"), dir.resolve("收件箱"));
    Path out = dir.resolve("结果");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"batch", inbox.toString(), "--out", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err, true), StandardCharsets.US_ASCII);
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).first().asString().contains("LANG=zh_CN.UTF-8");
    assertThat(out).doesNotExist();
    assertThat(Main.run(new String[] {"--version"}, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), StandardCharsets.US_ASCII)).isZero();
  }

  /** The real JVM under the POSIX locale of cron and {@code env -i}: it refuses in one line before any output. */
  @Test
  void aJvmStartedWithoutAUtf8LocaleSaysWhatToSetAndExitsTwo() throws Exception {
    Path inbox = ProjectFiles.copyTree(ProjectFiles.samples().resolve("submissions"), dir.resolve("收件箱"));
    Path out = dir.resolve("结果");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "batch", inbox.toString(), "--out",
        out.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
    env.put("LC_ALL", "POSIX");
    Process p = pb.start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (said.contains("Error: Could not find or load main class")) {
      // The class path itself has Chinese in it here and the JVM cannot even load us: nothing to test.
      return;
    }
    assertThat(p.exitValue()).as(said).isEqualTo(2);
    assertThat(said.lines()).hasSize(1);
    assertThat(said).contains("LANG=zh_CN.UTF-8").contains("set LANG=zh_CN.UTF-8");
    assertThat(out).doesNotExist();
  }

  @Test
  void theLauncherRunsJavaWithAUtf8LocaleWhenTheEnvironmentHasNone() throws Exception {
    String script = Files.readString(ProjectFiles.root().resolve("bin/evalsheet"));
    assertThat(script).contains("locale charmap").contains("C.UTF-8").contains("export LC_ALL");
    File sh = new File("/bin/sh");
    if (!sh.canExecute()) {
      return;
    }
    // The locale choice alone, cut from the launcher, run under env -i: it must pick a UTF-8 locale.
    String head = script.substring(script.indexOf("if [ \"$(locale charmap"), script.indexOf("# JVM messages"));
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", head + "\nlocale charmap 2>/dev/null || echo none");
    pb.environment().clear();
    pb.environment().put("PATH", "/usr/bin:/bin");
    Process p = pb.redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor(30, TimeUnit.SECONDS);
    if (!said.equals("none")) {
      assertThat(said).isEqualTo("UTF-8");
    }
  }
}
