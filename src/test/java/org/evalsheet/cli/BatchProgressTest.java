package org.evalsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.evalsheet.batch.BatchResult;
import org.evalsheet.batch.RosterOutcome;
import org.evalsheet.score.FileResult;
import org.junit.jupiter.api.Test;

class BatchProgressTest {

  private final StringWriter text = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private BatchProgress progress(boolean terminal) {
    return new BatchProgress(new PrintWriter(text), terminal, Duration.ofSeconds(5), now::get);
  }

  private void advance(long seconds) {
    now.addAndGet(Duration.ofSeconds(seconds).toNanos());
  }

  private static final FileResult ANY = FileResult.ignored("a.pdf", "不是电子表格文件");
  private static final BatchResult DONE = new BatchResult(List.of(), RosterOutcome.NONE, Duration.ofSeconds(12));

  @Test
  void withoutTerminalPrintsAPlainLineEveryInterval() {
    BatchProgress p = progress(false);
    p.started(10);
    for (int i = 1; i <= 10; i++) {
      advance(2);
      p.fileDone(ANY, i, 10);
    }
    p.finished(DONE);

    assertThat(text.toString()).doesNotContain("\r").isEqualTo(String.join(System.lineSeparator(),
        "共找到 10 个文件，开始处理……",
        "已处理 3/10 个文件（30%），已用 6 秒，预计还需 14 秒",
        "已处理 6/10 个文件（60%），已用 12 秒，预计还需 8 秒",
        "已处理 9/10 个文件（90%），已用 18 秒，预计还需 2 秒",
        ""));
  }

  @Test
  void withoutTerminalAQuickRunPrintsOnlyTheStartLine() {
    BatchProgress p = progress(false);
    p.started(2);
    p.fileDone(ANY, 1, 2);
    p.fileDone(ANY, 2, 2);
    p.finished(DONE);
    assertThat(text.toString()).isEqualTo("共找到 2 个文件，开始处理……" + System.lineSeparator());
  }

  @Test
  void onATerminalOneLineIsRewrittenAndEndedOnFinish() {
    BatchProgress p = progress(true);
    p.started(4);
    for (int i = 1; i <= 4; i++) {
      advance(1);
      p.fileDone(ANY, i, 4);
    }
    p.finished(DONE);

    String out = text.toString();
    assertThat(out).startsWith("\r处理进度 [                        ] 0/4 0%");
    assertThat(out.split("\r", -1)).hasSize(6);
    assertThat(out).contains("\r处理进度 [========================] 4/4 100%  已用 4 秒");
    assertThat(out).endsWith(System.lineSeparator()).doesNotContain("\u001b");
  }

  @Test
  void durationsReadInMinutesAndSeconds() {
    assertThat(BatchProgress.duration(Duration.ofSeconds(125).toNanos())).isEqualTo("2 分 05 秒");
    assertThat(BatchProgress.width("处理 1/2")).isEqualTo(8);
  }
}
