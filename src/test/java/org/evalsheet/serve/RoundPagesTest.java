package org.evalsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The round's pages, downloads and API over HTTP, on the bundled round (本轮页面). */
class RoundPagesTest {
  @TempDir
  static Path tmp;
  static ServeFixture f;

  @BeforeAll
  static void start() throws Exception {
    f = ServeFixture.sampleRound(tmp);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  @Test
  void boardListsEverySubmissionWithTheOnesToReturnFirst() throws Exception {
    HttpResponse<String> r = f.get("/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("text/html"));
    String html = r.body();
    assertThat(html).contains("本轮提交情况", "需退回（2）", "无法处理（1）", "未提交（1）", "青岛市审计局");
    int inCommerce = html.indexOf("青岛市商务局外贸发展专项资金绩效自评表.xlsx");
    String commerceRow = html.substring(html.lastIndexOf("<tr", inCommerce), html.indexOf("</tr>", inCommerce));
    assertThat(commerceRow).as("a file to return is not graded on the board").contains("<td>—</td>")
        .doesNotContain("<td>优</td>");
    int inEducation = html.indexOf("附件3-1 青岛市教育局2023年度课后服务补助项目绩效自评表.xlsx");
    assertThat(inCommerce).isPositive().isLessThan(inEducation);
  }

  @Test
  void boardFiltersAndSearchesOnTheServer() throws Exception {
    String returns = f.get("/?filter=return&fragment=1").body();
    assertThat(returns).contains("青岛市商务局", "青岛市人力资源和社会保障局").doesNotContain("青岛市教育局");
    String search = f.get("/?q=" + Layout.q("教育") + "&fragment=1").body();
    assertThat(search).contains("青岛市教育局").doesNotContain("青岛市商务局");
    String byScore = f.get("/?sort=score&dir=desc&fragment=1").body();
    assertThat(byScore.indexOf("96.5")).isLessThan(byScore.indexOf("59.95"));
  }

  @Test
  void filePageShadesTheProblemCellAndSaysWhy() throws Exception {
    String html = f.get(Layout.fileLink("青岛市商务局外贸发展专项资金绩效自评表.xlsx")).body();
    assertThat(html).contains("需退回", "有 1 处错误", "下载填好的副本", "超过权重");
    assertThat(html).containsPattern("<td class=\"num err\" id=\"t0-J9\"");
    assertThat(html).as("a table with errors is not graded").contains("更正后评定等次", "本表有 1 处错误，需更正后重新报送")
        .doesNotContain("等次：");
  }

  @Test
  void filePageOfTheReviewedFormHasTheReviewTable() throws Exception {
    String html = f.get(Layout.fileLink("附件2 项目支出绩效自评表（青岛市农业农村局 高标准农田建设）.xlsx")).body();
    assertThat(html).contains("自评复核（按年度指标值和实际完成值核算）", "年度指标值", "实际完成值", "4.74");
  }

  @Test
  void rejectedFileSaysWhyInChinese() throws Exception {
    String html = f.get(Layout.fileLink("青岛市住房和城乡建设局2023年度老旧小区改造项目绩效自评表.xlsx")).body();
    assertThat(html).contains("无法处理：文件已损坏");
  }

  @Test
  void downloadsAreTheRoundsFilesOnly() throws Exception {
    HttpResponse<byte[]> summary = f.getBytes("/files/summary.xlsx");
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(new String(summary.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
    HttpResponse<byte[]> filled = f.getBytes(Layout.filledLink("司法局报送/青岛市司法局2023年度项目绩效自评表（2个项目）.xlsx"));
    assertThat(filled.statusCode()).isEqualTo(200);
    assertThat(filled.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
    HttpResponse<byte[]> asBrowser = f.http.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(f.base() + "/files/summary.xlsx")).header("Accept-Encoding", "gzip").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(asBrowser.headers().firstValue("Content-Encoding")).as("a workbook is not gzipped again").isEmpty();
    assertThat(asBrowser.body()).startsWith(summary.body());
    HttpResponse<byte[]> page = f.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(f.base() + "/"))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(page.headers().firstValue("Content-Encoding")).as("pages are").hasValue("gzip");
    for (String bad : List.of("/files/../report.json", "/files/%2e%2e/%2e%2e/etc/passwd", "/files/filled/..%2F..%2Freport.json",
        "/files/filled/../../../../etc/passwd", "/files/.evalsheet/lock", "/files/filled/%2Fetc%2Fpasswd",
        "/files/filled/不存在.xlsx", "/files/report.json/..")) {
      assertThat(f.getBytes(bad).statusCode()).as(bad).isIn(400, 404);
    }
  }

  @Test
  void apiRoundIsTheReportWithItsFields() throws Exception {
    HttpResponse<String> r = f.get("/api/round");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode json = new ObjectMapper().readTree(r.body());
    assertThat(json.path("tool").asText()).isEqualTo("evalsheet");
    assertThat(json.path("files")).hasSize(19);
    assertThat(json.path("totals").path("invalid").asInt()).isEqualTo(2);
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/check", "/assets/app.css", "/nothing-here")) {
      HttpResponse<String> r = f.get(path);
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(Routes.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }
    HttpResponse<String> missing = f.get("/nothing-here");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("找不到这个页面");
  }

  @Test
  void pagesLoadNothingFromElsewhere() throws Exception {
    for (String path : List.of("/", "/check", Layout.fileLink("青岛市商务局外贸发展专项资金绩效自评表.xlsx"),
        "/assets/app.css", "/assets/app.js")) {
      assertThat(f.get(path).body()).as(path).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//")
          .doesNotContainPattern("(?i)url\\((['\"])?(https?:)?//").doesNotContain("@import");
    }
  }
}
