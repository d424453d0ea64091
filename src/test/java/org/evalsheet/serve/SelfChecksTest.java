package org.evalsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Self-check storage (自查文件): uploads go at once, results and copies when their time is up. */
class SelfChecksTest {
  private static final byte[] SEED =
      ServeFixture.read(ProjectFiles.samples().resolve("指标体系-青岛市人民政府办公厅.xlsx"));

  /** A clock the test moves. */
  static final class Hands extends Clock {
    Instant now = Instant.parse("2024-03-01T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void theUploadIsDeletedAtOnceAndTheCopyWhenItsTimeIsUp(@TempDir Path dir) throws Exception {
    Hands clock = new Hands();
    Files.createDirectories(dir.resolve("checks/filled/leftover-from-a-crash"));
    try (SelfChecks checks = new SelfChecks(dir.resolve("checks"), ProfileReader.defaults(), ReadLimits.DEFAULT, 1, 1,
        Duration.ofMinutes(30), clock)) {
      assertThat(dir.resolve("checks/filled/leftover-from-a-crash")).doesNotExist();
      checks.admit();
      SelfChecks.Check c = checks.check("自评表.xlsx", new ByteArrayInputStream(SEED));
      checks.release();
      assertThat(c.filled()).exists();
      try (Stream<Path> uploads = Files.list(dir.resolve("checks/uploads"))) {
        assertThat(uploads).isEmpty();
      }
      clock.now = clock.now.plus(Duration.ofMinutes(29));
      assertThat(checks.sweep()).isZero();
      assertThat(checks.get(c.id())).isPresent();
      clock.now = clock.now.plus(Duration.ofMinutes(1));
      assertThat(checks.get(c.id())).isEmpty();
      assertThat(checks.sweep()).isEqualTo(1);
      assertThat(c.filled()).doesNotExist();
    }
  }

  @Test
  void keepIsNeverMoreThanAnHour(@TempDir Path dir) {
    ServeOptions o = new ServeOptions(dir, dir.resolve("out"), null, 0, null, ProfileReader.defaults(), null, 1, null,
        1, Duration.ofHours(5), null);
    assertThat(o.keep()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void closingDeletesEveryUploadAndCopy(@TempDir Path dir) throws Exception {
    SelfChecks checks = new SelfChecks(dir, ProfileReader.defaults(), ReadLimits.DEFAULT, 1, 1,
        Duration.ofMinutes(30), Clock.systemUTC());
    checks.admit();
    checks.check("a.xlsx", new ByteArrayInputStream(SEED));
    checks.release();
    checks.close();
    assertThat(dir.resolve("filled")).doesNotExist();
    assertThat(dir.resolve("uploads")).doesNotExist();
  }
}
