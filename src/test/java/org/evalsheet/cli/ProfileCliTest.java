package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evalsheet.testing.MofForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Profiles on the command line (评分规则): printed, edited and used again; a bad one is a usage error naming its key. */
class ProfileCliTest {
  @TempDir Path dir;

  private Path table() {
    // 86.5 points: 良 under mof's bands, 中 when a bureau moves 良 up to 88.
    return new MofForm().funds(100, 100, 1.0, 10, 10)
        .leaf("产出指标", "数量指标", "新建站点数", "≥20个", "18个", 50, 45, "两处选址未定")
        .leaf("效益指标", "社会效益指标", "群众满意度", "≥90%", "85%", 40, 31.5, "宣传不足")
        .write(dir.resolve("mof.xlsx"));
  }

  private static String grade(MainTest.Run r) throws Exception {
    JsonNode report = new ObjectMapper().readTree(r.out());
    return report.get("files").get(0).get("tables").get(0).get("grade").asText();
  }

  @Test
  void aPrintedProfileEditedAndSavedAsJsonIsUsedAgain() throws Exception {
    MainTest.Run printed = MainTest.run("profile", "mof");
    assertThat(printed.code()).isEqualTo(Main.OK);
    assertThat(printed.out()).contains("name: mof", "grades: \"90=优,80=良,60=中,0=差\"", "# 定性指标");
    Path p = Files.writeString(dir.resolve("p.json"), printed.out().replace("80=良", "88=良").replace("name: mof",
        "name: 本局"));

    Path file = table();
    assertThat(grade(MainTest.run("validate", file.toString(), "--profile", "mof", "--json", "-"))).isEqualTo("良");
    assertThat(grade(MainTest.run("validate", file.toString(), "--profile", p.toString(), "--json", "-")))
        .isEqualTo("中");
  }

  @Test
  void scoreNotInRuleMakesTheSeedsPartDeductionsAWarningAnInfoOrNothing() throws Exception {
    Path seed = new org.evalsheet.testing.SeedWorkbook().write(dir.resolve("seed.xlsx"));
    String base = MainTest.run("profile", "qingdao").out();
    assertThat(base).contains("scoreNotInRule: info");
    Path loud = Files.writeString(dir.resolve("loud.yaml"), base.replace("scoreNotInRule: info",
        "scoreNotInRule: warning"));
    Path off = Files.writeString(dir.resolve("off.yaml"), base.replace("scoreNotInRule: info", "scoreNotInRule: off"));

    MainTest.Run quiet = MainTest.run("validate", seed.toString());
    MainTest.Run warned = MainTest.run("validate", seed.toString(), "--profile", loud.toString());
    MainTest.Run silent = MainTest.run("validate", seed.toString(), "--profile", off.toString(), "--json", "-");

    assertThat(quiet.out()).doesNotContain("指标体系!J6").contains("错误 0，警告 0");
    assertThat(warned.out()).contains(seed + ":指标体系!J6: 警告: 指标“绩效目标合理性”的得分 2.5 不是评分标准")
        .contains("错误 0，警告 3");
    assertThat(silent.out()).doesNotContain("SCORE_NOT_ALLOWED_BY_RULE");
    assertThat(new ObjectMapper().readTree(MainTest.run("profile", off.toString(), "--json").out())
        .get("scoreNotInRule").asText()).isEqualTo("off");
  }

  @Test
  void theJsonFormRoundTripsToo() throws Exception {
    MainTest.Run printed = MainTest.run("profile", "mof", "--json");
    JsonNode json = new ObjectMapper().readTree(printed.out());
    assertThat(json.get("name").asText()).isEqualTo("mof");
    assertThat(json.get("qualitative").get("partial").get("words").toString()).contains("基本健全");
    Path p = Files.writeString(dir.resolve("mine.json"), printed.out().replace("\"linear\"", "\"ratio\""));

    MainTest.Run checked = MainTest.run("profile", p.toString(), "--json");
    assertThat(checked.code()).isEqualTo(Main.OK);
    assertThat(new ObjectMapper().readTree(checked.out()).get("negative").asText()).isEqualTo("ratio");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      gradez: x                              | gradez 不是可用的键
      negative: sideways                     | negative 应为 linear 或 ratio，而不是“sideways”
      fullMark: lots                         | fullMark 应为 own 或一个正数，而不是“lots”
      overAchievement: 0.9                   | overAchievement 应大于 1
      tolerance: abc                         | tolerance 的值“abc”格式不对
      scoreNotInRule: loud                   | scoreNotInRule 应为 warning 或 info 或 off，而不是“loud”
      """)
  void aBadProfileIsAUsageErrorNamingItsKey(String line, String said) throws Exception {
    String key = line.substring(0, line.indexOf(':'));
    String text = MainTest.run("profile", "mof").out().lines()
        .filter(l -> !l.startsWith(key + ":")).reduce("", (a, b) -> a + b + "\n") + line + "\n";
    Path p = Files.writeString(dir.resolve("bad.yaml"), text);

    MainTest.Run r = MainTest.run("validate", table().toString(), "--profile", p.toString());

    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("评分规则 " + p + " 有误：").contains(said);
  }

  @Test
  void aBandOutOfRangeNamesItsPath() throws Exception {
    String text = MainTest.run("profile", "mof").out().replaceFirst("min: 0\\.6", "min: 2");
    Path p = Files.writeString(dir.resolve("band.yaml"), text);

    MainTest.Run r = MainTest.run("profile", p.toString());

    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("qualitative.partial 的 min 和 max 应为 0 到 1 之间的数");
  }

  @Test
  void anUnknownProfileIsAUsageError() {
    MainTest.Run r = MainTest.run("batch", dir.toString(), "--out", dir.resolve("out").toString(), "--profile",
        "shanghai");

    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("没有名为“shanghai”的内置评分规则，也没有这个文件（内置：qingdao、mof）");
  }
}
