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
  void summaryShowsCountsGradesAndScoresOfPassingTablesOnlyThenTheFilesToSendBack() {
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
        + "  需退回    1\n"
        + "  无法处理  1\n"
        + "  已忽略    1\n"
        + "等次分布（按通过的 2 张表统计；需退回的 1 张不评等次）：优 1，良 1，中 0，差 0\n"
        + "平均分 91.70（按通过的表），最高 98.4（市财政局），最低 85（市教育局）\n"
        + "未提交的单位（1 个）：市公安局\n"
        + "需退回的文件（1 个，更正后重新报送）：\n"
        + "  c.xlsx：1 处错误，第一处 指标体系：得分超过权重\n"
        + "无法处理的文件（1 个，须重新报送）：\n"
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

    assertThat(out).contains("等次分布（按通过的 1 张表统计；重复提交的旧文件不计）：优 1，良 0，中 0，差 0")
        .contains("名单中的 1 个单位均已提交")
        .contains("  市财政局：采用 新.xlsx，不再计入 旧.xlsx");
  }

  @Test
  void unitsNotOnTheRosterAndCopiesSetAsideAreSaid() {
    List<FileResult> files = List.of(BatchFixtures.ok("a.xlsx", "市财政局", "95"),
        BatchFixtures.ok("b.xlsx", "市统计局", "90"), FileResult.rejected("报告.pdf", "PDF 文件（.pdf）不是 Excel 工作簿"));
    RosterOutcome roster = new RosterOutcome(true, List.of("市财政局"), List.of(), List.of(),
        List.of(new org.evalsheet.write.RunInfo.Unlisted("市统计局", "b.xlsx"),
            new org.evalsheet.write.RunInfo.Unlisted("", "报告.pdf")), java.util.Map.of());

    String out = print(opts, new BatchResult(files, roster, Duration.ofSeconds(1), 13));

    assertThat(out).contains("不在名单上的提交（2 个）：市统计局（b.xlsx）、（报告.pdf）")
        .contains("上次运行留下的 13 个副本已移到 " + Path.of("结果", ".evalsheet", "previous", "filled")
            + java.io.File.separator + "（filled 中只有这次的副本）");
  }

  @Test
  void longListsAreCutToOneScreen() {
    List<FileResult> files = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      files.add(FileResult.rejected("坏" + i + ".xlsx", "文件已损坏"));
    }
    String out = print(opts, new BatchResult(files, null, Duration.ofSeconds(1)));
    assertThat(out).contains("没有通过的可计分指标表").contains("……另有 22 个，详见汇总表“退回清单”").doesNotContain("未提交");
    assertThat(out.lines().count()).isLessThan(25);
  }

  @Test
  void emptyInboxSaysSo() {
    String out = print(opts, new BatchResult(List.of(), null, Duration.ZERO));
    assertThat(out).contains("中没有任何文件").contains("没有通过的可计分指标表");
  }
}
