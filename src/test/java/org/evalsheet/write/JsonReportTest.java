package org.evalsheet.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.model.Version;
import org.evalsheet.score.FileResult;
import org.evalsheet.testing.SeedModel;
import org.evalsheet.testing.SeedResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  private static List<FileResult> files() {
    return List.of(
        FileResult.read("办公厅/seed.xlsx", List.of(SeedResults.seed())),
        FileResult.read("clean.xlsx", List.of(SeedResults.of(SeedModel.table(), List.of()))),
        FileResult.rejected("broken.xlsx", "文件已损坏"),
        FileResult.ignored("~$seed.xlsx", "Excel 锁定文件"));
  }

  /**
   * A golden file under {@code JsonReportTest/}: the whole report of {@link #files()} written out literally (its
   * numbers checked by hand against the seed table when it was made), not taken from {@code JsonReport.toJson},
   * with {@code VERSION} for the tool's version. It ends with a newline, as text files do; the report does not.
   */
  private static String golden(String name) throws IOException {
    try (InputStream in = JsonReportTest.class.getResourceAsStream("JsonReportTest/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
    }
  }

  /** The report as the golden file has it: {@code \n} line ends and {@code VERSION} for the version. */
  private static String comparable(String report) {
    return report.replace(System.lineSeparator(), "\n")
        .replace("\"version\" : \"" + Version.get() + "\"", "\"version\" : \"VERSION\"");
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void reportHasTheKeysOfTheIssue() throws Exception {
    JsonNode root = MAPPER.readTree(JsonReport.toJson(files()));
    assertThat(keys(root)).containsExactly("tool", "version", "files", "totals");
    assertThat(root.get("tool").asText()).isEqualTo("evalsheet");
    assertThat(root.get("version").asText()).isEqualTo(Version.get());
    JsonNode file = root.get("files").get(0);
    assertThat(keys(file)).containsExactly("file", "status", "reason", "tables");
    assertThat(file.get("file").asText()).isEqualTo("办公厅/seed.xlsx");
    assertThat(file.get("status").asText()).isEqualTo("invalid");
    assertThat(file.get("reason").isNull()).isTrue();
    JsonNode table = file.get("tables").get(0);
    assertThat(keys(table)).contains("sheet", "title", "unit", "headerRow", "weightTotal", "scoreTotal", "rate",
        "grade", "groups", "indicators", "deductions", "conclusion", "findings");
    assertThat(keys(table.get("groups").get(0)))
        .contains("level", "name", "declaredWeight", "weight", "score");
    assertThat(keys(table.get("indicators").get(0))).contains("path", "row", "weight", "score", "rate");
    assertThat(keys(table.get("deductions").get(0))).contains("indicator", "points");
    assertThat(keys(table.get("findings").get(0))).containsExactly("severity", "code", "cell", "message");
    assertThat(keys(root.get("totals"))).containsExactly("files", "ok", "invalid", "rejected", "ignored");
  }

  @Test
  void seedTableIsReportedWithItsNumbers() throws Exception {
    JsonNode table = MAPPER.readTree(JsonReport.toJson(files())).get("files").get(0).get("tables").get(0);
    assertThat(table.get("sheet").asText()).isEqualTo("指标体系");
    assertThat(table.get("unit").asText()).isEqualTo("青岛市人民政府办公厅");
    assertThat(table.get("headerRow").asInt()).isEqualTo(3);
    assertThat(table.get("weightTotal").toString()).isEqualTo("100");
    assertThat(table.get("scoreTotal").toString()).isEqualTo("98.4");
    assertThat(table.get("rate").toString()).isEqualTo("0.984");
    assertThat(table.get("grade").isNull()).as("a file with an error goes back ungraded").isTrue();
    assertThat(MAPPER.readTree(JsonReport.toJson(files())).get("files").get(1).get("tables").get(0).get("grade")
        .asText()).isEqualTo("优");
    JsonNode decision = table.get("groups").get(0);
    assertThat(decision.toString())
        .isEqualTo("{\"level\":1,\"name\":\"决策\",\"declaredWeight\":20,\"weight\":20,\"score\":18.5,\"rate\":0.925}");
    JsonNode first = table.get("indicators").get(0);
    assertThat(first.get("path").toString()).isEqualTo("[\"决策\",\"项目立项\",\"立项依据充分性\"]");
    assertThat(first.get("row").asInt()).isEqualTo(4);
    assertThat(first.get("weight").toString()).isEqualTo("3");
    assertThat(first.get("score").toString()).isEqualTo("3");
    assertThat(first.get("rate").toString()).isEqualTo("1");
    assertThat(table.get("indicators").get(2).get("score").toString()).isEqualTo("2.5");
    assertThat(table.get("deductions").toString()).isEqualTo("[{\"indicator\":\"绩效目标合理性\",\"points\":0.5},"
        + "{\"indicator\":\"绩效指标明确性\",\"points\":0.5},{\"indicator\":\"预算编制科学性\",\"points\":0.5},"
        + "{\"indicator\":\"预算执行率\",\"points\":0.1}]");
    assertThat(table.get("conclusion").asText()).as("a table with errors is not graded, in its words too")
        .isEqualTo("本表有 1 处错误，需更正后重新报送。\n按所填得分合计 98.4 分，仅供参考；更正后评定等次。");
    assertThat(table.get("findings").get(0).toString()).isEqualTo("{\"severity\":\"warning\","
        + "\"code\":\"SCORE_NOT_ALLOWED_BY_RULE\",\"cell\":\"指标体系!J6\",\"message\":\"得分 2.5 不是评分标准“4项各占1/4权重分”能给出的分数\"}");
    assertThat(table.get("findings").get(1).get("severity").asText()).isEqualTo("error");
    assertThat(table.get("findings").get(1).get("cell").asText()).isEqualTo("指标体系!J12");
  }

  @Test
  void aCleanTableOfAFileThatGoesBackHasNoGradeAndSaysWhy() throws Exception {
    FileResult two = FileResult.read("两个项目.xlsx", List.of(SeedResults.seed(),
        SeedResults.of(SeedModel.table(), List.of())));
    JsonNode tables = MAPPER.readTree(JsonReport.toJson(List.of(two))).get("files").get(0).get("tables");

    assertThat(tables.get(1).get("errors").asInt()).isZero();
    assertThat(tables.get(1).get("grade").isNull()).isTrue();
    assertThat(tables.get(1).get("conclusion").asText())
        .startsWith("本表未发现错误；同一文件中的其他表有错误，文件需更正后重新报送，届时一并评定等次。");
  }

  @Test
  void rejectedAndIgnoredFilesCarryTheirReasonAndTotalsCountStatuses() throws Exception {
    JsonNode root = MAPPER.readTree(JsonReport.toJson(files()));
    JsonNode rejected = root.get("files").get(2);
    assertThat(rejected.get("status").asText()).isEqualTo("rejected");
    assertThat(rejected.get("reason").asText()).isEqualTo("文件已损坏");
    assertThat(rejected.get("tables").size()).isZero();
    assertThat(root.get("files").get(3).get("status").asText()).isEqualTo("ignored");
    assertThat(root.get("files").get(1).get("status").asText()).isEqualTo("ok");
    assertThat(root.get("totals").toString())
        .isEqualTo("{\"files\":4,\"ok\":1,\"invalid\":1,\"rejected\":1,\"ignored\":1}");
  }

  @Test
  void chineseIsWrittenUnescapedAsUtf8() throws Exception {
    Path file = dir.resolve("report.json");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      JsonReport.write(files(), w);
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(comparable(text)).isEqualTo(golden("report.json"));
    assertThat(text).contains("\"决策\"", "青岛市人民政府办公厅").doesNotContain("\\u");
    assertThat(MAPPER.readTree(text).get("files").size()).isEqualTo(4);
  }
}
