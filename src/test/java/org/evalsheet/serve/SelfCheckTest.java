package org.evalsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.testing.HostileInputs;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-check over HTTP (单位自查): answers, limits, hostile uploads, and nothing entering the round. */
class SelfCheckTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path COMMERCE =
      ProjectFiles.samples().resolve("submissions/青岛市商务局外贸发展专项资金绩效自评表.xlsx");

  @TempDir
  static Path tmp;
  static ServeFixture f;

  @BeforeAll
  static void start() throws Exception {
    f = ServeFixture.empty(tmp.resolve("server"), new ReadLimits(1L << 20, 2_000_000L, Duration.ofSeconds(30)), null,
        8);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void checkAnswersWithTheFilesReportEntryAndItsFilledCopy() throws Exception {
    HttpResponse<String> r = f.upload("/api/check", "file", "商务局.xlsx", ServeFixture.read(COMMERCE));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(r.body());
    assertThat(json.path("file").asText()).isEqualTo("商务局.xlsx");
    assertThat(json.path("status").asText()).isEqualTo("invalid");
    assertThat(json.path("tables").get(0).path("findings").toString()).contains("SCORE_ABOVE_WEIGHT", "指标体系!J9");
    String page = json.path("page").asText();
    assertThat(f.get(page).body()).contains("这是自查结果，不是提交", "t0-J9");
    HttpResponse<byte[]> copy = f.getBytes(json.path("filledCopy").asText());
    assertThat(copy.statusCode()).isEqualTo(200);
    assertThat(copy.body().length).isGreaterThan(1000);
  }

  @Test
  void aCheckNeverEntersTheRound() throws Exception {
    f.upload("/api/check", "file", "自查专用名称.xlsx", ServeFixture.read(COMMERCE));
    assertThat(f.get("/api/round").body()).doesNotContain("自查专用名称");
    try (Stream<Path> inbox = Files.list(f.inbox)) {
      assertThat(inbox).isEmpty();
    }
    assertThat(f.server.snapshot().files()).isEmpty();
  }

  @Test
  void uploadedNamesAreNeverPaths() throws Exception {
    for (String name : List.of("../../逃逸.xlsx", "..\\..\\逃逸.xlsx", "/etc/逃逸.xlsx", "C:\\Users\\a\\逃逸.xlsx")) {
      JsonNode json = JSON.readTree(f.upload("/api/check", "file", name, ServeFixture.read(COMMERCE)).body());
      assertThat(json.path("file").asText()).as(name).isEqualTo("逃逸.xlsx");
    }
    try (Stream<Path> all = Files.walk(tmp)) {
      assertThat(all.filter(p -> p.getFileName().toString().equals("逃逸.xlsx"))).allSatisfy(
          p -> assertThat(p.toString()).contains(".evalsheet/serve/checks/filled/"));
    }
  }

  @Test
  void hostileUploadsAreRejectedAndTheServerKeepsServing() throws Exception {
    List<HostileInputs.Case> cases = HostileInputs.build(tmp.resolve("hostile"));
    for (HostileInputs.Case c : cases) {
      if (!List.of("zip-bomb.xlsx", "truncated-50.xlsx", "random-bytes.xlsx", "billion-laughs.xlsx")
          .contains(c.toString())) {
        continue;
      }
      HttpResponse<String> r = f.upload("/api/check", "file", c.toString(), ServeFixture.read(c.file()));
      assertThat(r.statusCode()).as(c.toString()).isEqualTo(200);
      JsonNode json = JSON.readTree(r.body());
      assertThat(json.path("status").asText()).as(c.toString()).isEqualTo("rejected");
      assertThat(json.path("reason").asText()).as(c.toString()).isEqualTo(c.reason());
    }
    assertThat(f.get("/check").statusCode()).isEqualTo(200);
    assertThat(f.upload("/api/check", "file", "ok.xlsx", ServeFixture.read(COMMERCE)).statusCode()).isEqualTo(200);
  }

  @Test
  void tooLargeAnUploadIs413WithAChinesePage() throws Exception {
    byte[] big = new byte[(1 << 20) + 200_000];
    HttpResponse<String> r = f.upload("/api/check", "file", "大文件.xlsx", big);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("文件太大", "不能超过 1 MB", "data-message");
    assertThat(f.get("/check").statusCode()).isEqualTo(200);
  }

  @Test
  void aFullQueueIs503WithAChinesePage() throws Exception {
    SelfChecks checks = f.server.checks();
    int taken = 0;
    try {
      while (true) {
        checks.admit();
        taken++;
      }
    } catch (SelfChecks.Busy expected) {
      // every place is taken now
    }
    try {
      HttpResponse<String> r = f.upload("/api/check", "file", "排队.xlsx", ServeFixture.read(COMMERCE));
      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.body()).contains("正在检查的文件太多", "data-message");
      HttpResponse<String> api = f.upload("/api/check", "file", "排队.xlsx", ServeFixture.read(COMMERCE),
          "Accept", "application/json");
      assertThat(JSON.readTree(api.body()).path("error").asText()).contains("请稍等");
    } finally {
      for (int i = 0; i < taken; i++) {
        checks.release();
      }
    }
    assertThat(f.upload("/api/check", "file", "ok.xlsx", ServeFixture.read(COMMERCE)).statusCode()).isEqualTo(200);
  }

  @Test
  void theFormWorksWithoutScriptForSeveralFiles() throws Exception {
    HttpResponse<String> r = f.upload("/check", "file", "表单.xlsx", ServeFixture.read(COMMERCE));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("单位自查", "表单.xlsx", "超过权重", "下载填好的副本");
  }

  @Test
  void anUploadThatIsNoWorkbookSaysWhat() throws Exception {
    JsonNode json = JSON.readTree(f.upload("/api/check", "file", "名单.csv", "a,b\n".getBytes()).body());
    assertThat(json.path("status").asText()).isIn("ignored", "rejected");
    assertThat(json.path("reason").asText()).contains("CSV");
  }
}
