package org.evalsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.evalsheet.batch.OutDirLock;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stop answers the checks in flight, saves the round and lets the output folder go (停止). */
class StopTest {

  @Test
  void stopAnswersEveryAdmittedCheckAndReleasesTheFolder(@TempDir Path tmp) throws Exception {
    byte[] seed = ServeFixture.read(ProjectFiles.samples().resolve("submissions/青岛市体育局-绩效自评表.xlsx"));
    ServeFixture f = ServeFixture.empty(tmp, ReadLimits.DEFAULT, null, 16);
    Files.copy(ProjectFiles.samples().resolve("指标体系-青岛市人民政府办公厅.xlsx"), f.inbox.resolve("种子.xlsx"));
    f.awaitRound(s -> s.files().size() == 1);
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      answers.add(CompletableFuture.supplyAsync(() -> {
        try {
          return f.upload("/api/check", "file", "表" + n + ".xlsx", seed);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    long end = System.nanoTime() + 20_000_000_000L;
    while (f.server.checks().inFlight() < 3 && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(f.server.checks().inFlight()).isGreaterThanOrEqualTo(3);
    f.server.stop();
    int answered = 0;
    for (CompletableFuture<HttpResponse<String>> a : answers) {
      try {
        HttpResponse<String> r = a.join();
        assertThat(r.statusCode()).isIn(200, 503);
        answered += r.statusCode() == 200 ? 1 : 0;
      } catch (RuntimeException refusedAfterTheStop) {
        // a request that arrived after the port closed was never admitted
      }
    }
    assertThat(answered).isGreaterThanOrEqualTo(3);
    try (Stream<Path> state = Files.list(f.out.resolve(".evalsheet/state"))) {
      assertThat(state).hasSize(1);
    }
    assertThat(f.out.resolve("report.json")).exists();
    try (Stream<Path> checks = Files.walk(f.out.resolve(".evalsheet/serve/checks"))) {
      assertThat(checks.filter(Files::isRegularFile)).isEmpty();
    }
    try (OutDirLock lock = OutDirLock.acquire(f.out)) {
      assertThat(lock.outDir()).isEqualTo(f.out);
    }
  }
}
