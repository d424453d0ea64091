package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evalsheet.model.Amount;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.score.Deduction;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.LeafScore;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class StateStoreTest {
  @TempDir Path out;

  static FileResult seedResult(String name) {
    IndicatorTable table = SeedModel.table();
    var leaf = table.indicators().get(0);
    var group = table.groups().get(0);
    Evaluation eval = new Evaluation(
        new BigDecimal("100"), new BigDecimal("98.40"), new BigDecimal("0.984"), "优",
        List.of(new GroupScore(group, new BigDecimal("20"), new BigDecimal("19.5"))),
        List.of(new LeafScore(leaf, new BigDecimal("1E+1"), null, true)),
        List.of(new Deduction(leaf, new BigDecimal("3"), new BigDecimal("2.5"), new BigDecimal("0.5"))),
        "经评价，项目综合得分 98.4 分，等次：优。", false);
    List<Finding> findings = List.of(
        Finding.error(Code.SCORE_ABOVE_WEIGHT, new CellRef("指标体系", 11, 9), "得分 5 超过权重 4"),
        Finding.warning(Code.TOTAL_ROW_MISSING, null, "没有合计行"),
        Finding.info(Code.WEIGHT_SCALE, new CellRef("指标 体系", 3, 4), "文本数字"));
    return FileResult.read(name, List.of(new TableResult(table, findings, eval)));
  }

  @Test
  void fileResultsRoundTripThroughJackson() throws Exception {
    FileResult result = seedResult("财政局/自评表.xlsx");
    byte[] json = StateStore.mapper().writeValueAsBytes(result);
    FileResult back = StateStore.mapper().readValue(json, FileResult.class);
    assertThat(back).isEqualTo(result);
    assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\"empty\"");
    FileResult rejected = FileResult.rejected("坏.xlsx", "文件已损坏");
    assertThat(StateStore.mapper().readValue(StateStore.mapper().writeValueAsBytes(rejected), FileResult.class))
        .isEqualTo(rejected);
    Amount text = new Amount(Amount.Kind.TEXT, null, "满分", false);
    assertThat(StateStore.mapper().readValue(StateStore.mapper().writeValueAsBytes(text), Amount.class))
        .isEqualTo(text);
  }

  @Test
  void entriesSurviveReopeningAndReplaceEarlierOnes() throws Exception {
    StateStore store = StateStore.open(out);
    StateVersion v1 = new StateVersion("aa", 3, "2025-01-01T00:00:00Z", "2025-01-01T00:00:01Z");
    store.put(new StateEntry("a/b.xlsx", 3, 1000, "aa", seedResult("a/b.xlsx"), List.of(v1)));
    StateVersion v2 = new StateVersion("bb", 4, "2025-01-02T00:00:00Z", "2025-01-02T00:00:01Z");
    StateEntry second = new StateEntry("a/b.xlsx", 4, 2000, "bb", FileResult.rejected("a/b.xlsx", "坏"),
        StateStore.append(store.get("a/b.xlsx"), v2));
    store.put(second);

    StateStore reopened = StateStore.open(out);
    assertThat(reopened.entries()).containsExactly(second);
    assertThat(reopened.get("a/b.xlsx").versions()).extracting(StateVersion::sha256).containsExactly("aa", "bb");
  }

  @Test
  void aDamagedStateFileIsDroppedNotFatal() throws Exception {
    StateStore store = StateStore.open(out);
    store.put(new StateEntry("x.xlsx", 1, 1, "cc", FileResult.rejected("x.xlsx", "坏"), List.of()));
    try (var files = Files.list(out.resolve(".evalsheet/state"))) {
      Path f = files.findFirst().orElseThrow();
      Files.write(f, new byte[] {'{', '"'});
    }
    assertThat(StateStore.open(out).entries()).isEmpty();
  }
}
