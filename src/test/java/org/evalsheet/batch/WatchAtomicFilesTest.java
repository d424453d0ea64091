package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.evalsheet.write.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class WatchAtomicFilesTest {
  @TempDir Path dir;

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTempBehind() throws Exception {
    Path target = dir.resolve("sub/summary.xlsx");
    AtomicFiles.write(target, "old".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(target).hasContent("old");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aWriteReplacesTheWholeFile() throws Exception {
    Path target = dir.resolve("report.json");
    AtomicFiles.write(target, "a much longer first version".getBytes(StandardCharsets.UTF_8));
    AtomicFiles.write(target, "short".getBytes(StandardCharsets.UTF_8));
    assertThat(target).hasContent("short");
  }

  @Test
  void tempsLeftByACrashAreSweptAndNothingElse() throws Exception {
    Files.createDirectories(dir.resolve("filled"));
    Path left = Files.writeString(dir.resolve("filled/.a.xlsx" + AtomicFiles.TEMP_MARK + "x1.tmp"),
        "partial", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE);
    Path keep = Files.writeString(dir.resolve("filled/.b.tmp"), "not ours");
    assertThat(AtomicFiles.sweepTemps(dir)).isEqualTo(1);
    assertThat(left).doesNotExist();
    assertThat(keep).exists();
  }
}
