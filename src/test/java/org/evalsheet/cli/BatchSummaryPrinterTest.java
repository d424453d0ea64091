package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evalsheet.batch.BatchFixtures;
import org.evalsheet.batch.BatchOptions;
import org.evalsheet.batch.BatchResult;
import org.evalsheet.batch.RosterOutcome;
import org.evalsheet.score.FileResult;
import org.junit.jupiter.api.Test;

class BatchSummaryPrinterTest {

  private final BatchOptions opts = BatchOptions.of(Path.of("收件"), Path.of("结果"));

  private static String print(BatchOptions opts, BatchResult r) {
    StringWriter s = new StringWriter();
    BatchSummaryPrinter.print(new PrintWriter(s), opts, r);
    return s.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void summaryShowsCountsGradesScoresProblemsAndOutputs() {
    List<FileResult> files = List.of(
        BatchFixtures.ok("a.xlsx", "市财政局", "98.4"),
        BatchFixtures.ok("b.xlsx", "市教育局", "85"),
        BatchFixtures.invalid("c.xlsx", "市卫健委", "60.5"),
        FileResult.rejected("d.xlsx", "文件已损坏或不是 Excel 工作簿"),
        FileResult.ignored("~$a.xlsx", "锁定文件"));
    RosterOutcome roster = new RosterOutcome(true, List.of("市财政局", "市教育局", "市卫健委", "市公安局"),
        List.of("市公安局"), List.of());

    String out = print(opts, new BatchResult(files, roster, Duration.ofMillis(3250)));

    assertThat(out).startsWith("处理完成：共 5 个文件，用时 3.3 秒\n"
        + "  通过      2\n"
        + "  有错误    1\n"
        + "  无法处理  1\n"
        + "  已忽略    1\n"
        + "等次分布（共 3 张指标表）：优 1，良 1，中 0，差 1\n"
        + "平均分 81.30，最高 98.4（市财政局），最低 60.5（市卫健委）\n"
        + "未提交的单位（1 个）：市公安局\n"
        + "有错误的文件（需退回修改）（1 个）：\n"
        + "  c.xlsx：1 处错误\n"
        + "无法处理的文件（1 个）：\n"
        + "  d.xlsx：文件已损坏或不是 Excel 工作簿\n"
        + "结果文件：\n");
    assertThat(out).contains("  汇总表：" + Path.of("结果", "summary.xlsx"))
        .contains("  处理报告：" + Path.of("结果", "report.json"))
        .contains("  回填后的表格：" + Path.of("结果", "filled"));
  }

  @Test
  void supersededFilesDoNotCountInGradesAndDuplicatesAreNamed() {
    List<FileResult> files = List.of(
        BatchFixtures.ok("新.xlsx", "市财政局", "95"),
        BatchFixtures.ok("旧.xlsx", "市财政局", "50"));
    RosterOutcome roster = new RosterOutcome(true, List.of("市财政局"), List.of(),
        List.of(new RosterOutcome.Duplicate("市财政局", "新.xlsx", List.of("旧.xlsx"))));

    String out = print(opts, new BatchResult(files, roster, Duration.ofSeconds(1)));

    assertThat(out).contains("等次分布（共 1 张指标表，重复提交的旧文件不计）：优 1，良 0，中 0，差 0")
        .contains("名单中的 1 个单位均已提交")
        .contains("  市财政局：采用 新.xlsx，不再计入 旧.xlsx");
  }

  @Test
  void longListsAreCutToOneScreen() {
    List<FileResult> files = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      files.add(FileResult.rejected("坏" + i + ".xlsx", "文件已损坏"));
    }
    String out = print(opts, new BatchResult(files, null, Duration.ofSeconds(1)));
    assertThat(out).contains("没有可计分的指标表").contains("……另有 22 个，详见汇总表").doesNotContain("未提交");
    assertThat(out.lines().count()).isLessThan(25);
  }

  @Test
  void emptyInboxSaysSo() {
    String out = print(opts, new BatchResult(List.of(), null, Duration.ZERO));
    assertThat(out).contains("中没有任何文件").contains("没有可计分的指标表");
  }
}
