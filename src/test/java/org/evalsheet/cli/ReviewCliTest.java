package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evalsheet.testing.MofForm;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch console's 自评复核 line: how many reviewed tables, and how many self-scores are above what the
 * completion earns — the same indicators the summary's 复核差异 sheet lists, a 定性 score above its band among them.
 */
class ReviewCliTest {
  @TempDir Path dir;

  @Test
  void theConsoleCountsWhatTheGapSheetLists() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    new MofForm().funds(100, 100, 1.0, 10, 10)
        .leaf("产出指标", "数量指标", "新建站点数", "≥20个", "18个", 50, 50, "两处选址未定")
        .leaf("效益指标", "可持续影响指标", "管护机制", "健全", "基本健全", 40, 40, "")
        .write(inbox.resolve("over.xlsx"));
    new MofForm().funds(100, 100, 1.0, 10, 10)
        .leaf("产出指标", "数量指标", "新建站点数", "≥20个", "20个", 50, 50, "")
        .leaf("效益指标", "社会效益指标", "群众满意度", "≥90%", "95%", 40, 40, "")
        .write(inbox.resolve("fine.xlsx"));
    new SeedWorkbook().write(inbox.resolve("seed.xlsx"));

    MainTest.Run r = MainTest.run("batch", inbox.toString(), "--out", dir.resolve("out").toString());

    assertThat(r.out()).contains("自评复核（共 2 张有实际完成值的指标表）：1 张表的 2 项自评得分高于按完成情况计算的得分，见汇总表“复核差异”");
  }

  @Test
  void aRoundWithNothingAboveSaysSo() throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    new MofForm().funds(100, 100, 1.0, 10, 10)
        .leaf("产出指标", "数量指标", "新建站点数", "≥20个", "20个", 50, 50, "")
        .leaf("效益指标", "社会效益指标", "群众满意度", "≥90%", "95%", 40, 40, "")
        .write(inbox.resolve("fine.xlsx"));

    MainTest.Run r = MainTest.run("batch", inbox.toString(), "--out", dir.resolve("out").toString());

    assertThat(r.out()).contains("自评复核（共 1 张有实际完成值的指标表）：自评得分均未高于按完成情况计算的得分");
  }
}
