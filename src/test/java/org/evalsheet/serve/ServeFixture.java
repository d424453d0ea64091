package org.evalsheet.serve;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.batch.Roster;
import org.evalsheet.batch.RosterReader;
import org.evalsheet.testing.ProjectFiles;

/** A server on a temp inbox and output folder, on a free loopback port, with an HTTP client (测试服务器). */
final class ServeFixture implements AutoCloseable {
  static final Duration SETTLE = Duration.ofMillis(200);

  final Path inbox;
  final Path out;
  final RoundServer server;
  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private ServeFixture(Path inbox, Path out, RoundServer server) {
    this.inbox = inbox;
    this.out = out;
    this.server = server;
  }

  /** A server on a copy of the bundled round (with its roster), waiting until every file has its result. */
  static ServeFixture sampleRound(Path tmp) throws Exception {
    Path inbox = ProjectFiles.copyTree(ProjectFiles.samples().resolve("submissions"), tmp.resolve("收件箱"));
    ServeFixture f = start(inbox, tmp.resolve("结果"), RosterReader.read(ProjectFiles.samples().resolve("roster.txt"), ReadLimits.DEFAULT),
        ReadLimits.DEFAULT, null, 64);
    f.awaitRound(s -> s.files().size() == 19);
    return f;
  }

  /** A server on an empty inbox (self-checks only, or files the test drops in). */
  static ServeFixture empty(Path tmp, ReadLimits limits, String token, int queue) throws Exception {
    Path inbox = Files.createDirectories(tmp.resolve("inbox"));
    ServeFixture f = start(inbox, tmp.resolve("out"), null, limits, token, queue);
    f.awaitRound(s -> s.revision() > 0);
    return f;
  }

  static ServeFixture start(Path inbox, Path out, Roster roster, ReadLimits limits, String token, int queue)
      throws Exception {
    ServeOptions o = new ServeOptions(inbox, out, "127.0.0.1", 0, roster, ProfileReader.defaults(), limits, 2,
        SETTLE, queue, null, token);
    return new ServeFixture(inbox, out, RoundServer.start(o, line -> { }));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Waits (up to 60 s) until the board's round satisfies the condition. */
  RoundView.Snapshot awaitRound(Predicate<RoundView.Snapshot> done) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end) {
      RoundView.Snapshot s = server.snapshot();
      if (s.revision() > 0 && done.test(s)) {
        return s;
      }
      Thread.sleep(50);
    }
    return fail("the round did not get there in time: " + server.snapshot().files().size() + " files");
  }

  HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Posts one file as multipart field {@code field} under the name the browser would send. */
  HttpResponse<String> upload(String path, String field, String filename, byte[] content, String... headers)
      throws IOException, InterruptedException {
    String boundary = "----evalsheet" + UUID.randomUUID();
    List<byte[]> parts = new ArrayList<>();
    parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
        + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    parts.add(content);
    parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(parts));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
