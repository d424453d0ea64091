package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.testing.DamagedCorpus;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round of damaged copies through the real command line (损坏文件的控制台): every file gets an outcome with a reason
 * in the report, the console shows evalsheet's own lines only (no stack trace, no POI message, on the writer or on
 * the process's own stderr), and the run's log holds one line per rejected file with its cause.
 */
class DamagedInputCliTest {
  @TempDir Path dir;

  private record Captured(int code, String out, String err, String processErr) {}

  private static Captured run(String... args) {
    MainTest.Run[] r = new MainTest.Run[1];
    PrintStream original = System.err;
    ByteArrayOutputStream leaked = new ByteArrayOutputStream();
    System.setErr(new PrintStream(leaked, true, StandardCharsets.UTF_8));
    try {
      r[0] = MainTest.run(args);
    } finally {
      System.setErr(original);
    }
    return new Captured(r[0].code(), r[0].out(), r[0].err(), leaked.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aDamagedRoundKeepsTheConsoleQuietAndTheLogComplete() throws Exception {
    byte[] good = Files.readAllBytes(new SeedWorkbook().write(dir.resolve("good.xlsx")));
    Path inbox = dir.resolve("inbox");
    List<Path> files = DamagedCorpus.write(inbox, good, 150, 11);
    Path out = dir.resolve("out");

    Captured r = run("batch", inbox.toString(), "--out", out.toString());

    assertThat(r.processErr()).as("nothing reaches the process's stderr").isEmpty();
    for (String console : List.of(r.out(), r.err())) {
      assertThat(console).doesNotContain("\tat ", "Exception", "[ERROR]", "[WARN]", "org.apache");
    }
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.get("files")).hasSize(files.size());
    List<String> rejected = new ArrayList<>();
    for (JsonNode f : report.get("files")) {
      assertThat(f.get("status").asText()).isIn("ok", "invalid", "rejected", "ignored");
      if (f.get("status").asText().equals("rejected")) {
        assertThat(f.get("reason").asText()).isNotBlank().doesNotContain("Exception");
        rejected.add(f.get("file").asText());
      }
    }
    assertThat(rejected).hasSizeGreaterThan(50);
    Path log = out.resolve(".evalsheet/evalsheet.log");
    assertThat(r.out()).contains("运行日志：" + log);
    List<String> lines = Files.readAllLines(log);
    for (String file : rejected) {
      assertThat(lines).as(file).filteredOn(l -> l.contains(file + "：无法处理")).hasSize(1);
    }
  }

  @Test
  void verboseShowsTheLogOnTheConsoleTooAndLogWritesItWhereAsked() throws Exception {
    byte[] good = Files.readAllBytes(new SeedWorkbook().write(dir.resolve("good.xlsx")));
    Path bad = dir.resolve("in").resolve("broken.xlsx");
    Files.createDirectories(bad.getParent());
    Files.write(bad, java.util.Arrays.copyOf(good, good.length / 2));
    Path log = dir.resolve("logs").resolve("run.log");

    Captured quiet = run("validate", bad.toString(), "--log", log.toString());
    assertThat(quiet.code()).isEqualTo(Main.UNREADABLE);
    assertThat(quiet.err()).doesNotContain("无法处理，");
    assertThat(Files.readString(log)).contains("broken.xlsx：无法处理，");

    Captured verbose = run("validate", bad.toString(), "--verbose");
    assertThat(verbose.err()).contains("broken.xlsx：无法处理，");
    assertThat(verbose.processErr()).isEmpty();
  }

  @Test
  void aLogOverAnInputIsRefused() throws Exception {
    Path input = new SeedWorkbook().write(dir.resolve("seed.xlsx"));
    byte[] before = Files.readAllBytes(input);

    Captured r = run("validate", input.toString(), "--log", input.toString());

    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("日志文件不能写在输入文件或收件文件夹上");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }
}
