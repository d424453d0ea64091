package org.evalsheet.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class LockTest {
  @TempDir Path out;

  /** Run in a child JVM: takes the lock, says so, and holds it until killed. */
  static final class Holder {
    public static void main(String[] args) throws Exception {
      OutDirLock lock = OutDirLock.acquire(Paths.get(args[0]));
      System.out.println("locked " + lock.outDir());
      System.out.flush();
      Thread.sleep(60_000);
    }
  }

  @Test
  void aSecondLockInTheSameProcessIsRefusedUntilTheFirstIsReleased() throws Exception {
    try (OutDirLock first = OutDirLock.acquire(out)) {
      assertThatThrownBy(() -> OutDirLock.acquire(out))
          .isInstanceOf(LockHeldException.class)
          .hasMessage("另一个 evalsheet 正在使用输出目录 " + out);
      assertThat(first.outDir()).isEqualTo(out);
    }
    OutDirLock.acquire(out).close();
  }

  @Test
  void aLockHeldByAnotherProcessIsRefusedAndFreedByKillDashNine() throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Holder.class.getName(),
        out.toString()).redirectErrorStream(true).start();
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = r.readLine();
      assertThat(line).startsWith("locked");
      assertThatThrownBy(() -> OutDirLock.acquire(out))
          .isInstanceOf(LockHeldException.class)
          .extracting(e -> ((LockHeldException) e).outDir()).isEqualTo(out);
      // destroyForcibly is SIGKILL on Unix: no shutdown hook runs, only the OS can release the lock.
      child.destroyForcibly();
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
      OutDirLock.acquire(out).close();
    } finally {
      child.destroyForcibly();
    }
  }
}
