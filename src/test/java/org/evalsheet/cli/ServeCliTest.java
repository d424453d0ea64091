package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evalsheet.batch.OutDirLock;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evalsheet serve} on the command line: its usage, and a real process stopped by SIGTERM (网页服务命令). */
class ServeCliTest {
  @TempDir Path dir;

  @Test
  void helpNamesTheOptionsAndTheGeneralHelpListsServe() {
    MainTest.Run r = MainTest.run("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--inbox", "--port", "--bind", "--queue", "--keep", "--max-size", "--timeout");
    assertThat(MainTest.run("--help").out()).contains("serve");
    MainTest.Run bare = MainTest.run();
    assertThat(bare.code()).isEqualTo(2);
    assertThat(bare.err()).contains("缺少命令", "evalsheet serve --inbox 收件箱 --out 结果", "batch", "validate");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    assertThat(MainTest.run("serve", "--out", dir.resolve("out").toString()).err()).contains("缺少收件文件夹：--inbox");
    MainTest.Run port = MainTest.run("serve", "--inbox", inbox.toString(), "--out", dir.resolve("out").toString(),
        "--port", "70000");
    assertThat(port.code()).isEqualTo(2);
    assertThat(port.err()).contains("--port");
    MainTest.Run inside = MainTest.run("serve", "--inbox", inbox.toString(), "--out", inbox.resolve("结果").toString());
    assertThat(inside.code()).isEqualTo(2);
    assertThat(MainTest.run("serve", "--inbox", dir.resolve("nope").toString(), "--out", "x").code()).isEqualTo(3);
  }

  @Test
  void anOutputFolderInUseIsRefused() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Path out = dir.resolve("out");
    try (OutDirLock held = OutDirLock.acquire(out)) {
      assertThat(held.outDir()).isEqualTo(out);
      MainTest.Run r = MainTest.run("serve", "--inbox", inbox.toString(), "--out", out.toString(), "--port", "0");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("另一个 evalsheet 正在使用输出目录");
    }
  }

  @Test
  void sigtermStopsTheServerCleanly() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("收件箱"));
    Files.copy(ProjectFiles.samples().resolve("submissions/青岛市商务局外贸发展专项资金绩效自评表.xlsx"),
        inbox.resolve("商务局.xlsx"));
    Path out = dir.resolve("结果");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "serve", "--inbox", inbox.toString(), "--out", out.toString(), "--port", "0",
        "--settle", "0.2")
        .redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile()).start();
    try {
      String url = null;
      Pattern printed = Pattern.compile("本轮提交情况（财政局）：(http\\S+)");
      for (int i = 0; i < 200 && url == null; i++) {
        Matcher m = printed.matcher(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8));
        url = m.find() ? m.group(1) : null;
        Thread.sleep(100);
      }
      assertThat(url).as("the address it prints").isNotNull();
      HttpClient http = HttpClient.newHttpClient();
      String round = "";
      for (int i = 0; i < 200 && !round.contains("商务局"); i++) {
        round = http.send(HttpRequest.newBuilder(URI.create(url + "api/round")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        Thread.sleep(100);
      }
      assertThat(round).contains("商务局.xlsx");
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    } finally {
      p.destroyForcibly();
    }
    assertThat(Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)).contains("已停止");
    assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8)).contains("正在停止");
    try (Stream<Path> state = Files.list(out.resolve(".evalsheet/state"))) {
      assertThat(state).hasSize(1);
    }
    try (OutDirLock again = OutDirLock.acquire(out)) {
      assertThat(again.outDir()).isEqualTo(out);
    }
  }
}
