package org.evalsheet.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evalsheet.batch.StateStore;
import org.evalsheet.batch.StateVersion;
import org.evalsheet.score.FileResult;
import org.evalsheet.write.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The earlier version of each resubmitted inbox file (上次提交): when a department replaces its file under the same
 * name, the result of the bytes it replaced is kept under {@code OUTDIR/.evalsheet/serve/previous/}, tied to the
 * content hash of the version that replaced it, so the comparison survives a restart and is dropped once the file
 * changes again.
 */
final class PreviousStore {
  private static final Logger LOG = LoggerFactory.getLogger(PreviousStore.class);
  private static final ObjectMapper MAPPER = StateStore.mapper();

  /**
   * The version a file had before its current one.
   *
   * @param file the inbox path
   * @param forSha the content hash of the version this one was replaced by
   * @param sha this version's content hash
   * @param received when this version was first seen (ISO-8601), or null
   * @param result this version's result
   */
  record Earlier(String file, String forSha, String sha, String received, FileResult result) {}

  /** The version of a file the board showed last: its hash, when it arrived, its result. */
  private record Known(String sha, String received, FileResult result) {}

  private final Path dir;
  private final Map<String, Earlier> earlier = new ConcurrentHashMap<>();
  private final Map<String, Known> current = new HashMap<>();

  private PreviousStore(Path dir) {
    this.dir = dir;
  }

  /** Loads what an earlier run kept; unreadable entries are dropped (the comparison is then missing, no more). */
  static PreviousStore open(Path outDir) throws IOException {
    PreviousStore store = new PreviousStore(outDir.resolve(".evalsheet").resolve("serve").resolve("previous"));
    Files.createDirectories(store.dir);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(store.dir, "*.json")) {
      for (Path f : files) {
        try {
          Earlier e = MAPPER.readValue(f.toFile(), Earlier.class);
          store.earlier.put(e.file(), e);
        } catch (IOException | RuntimeException ex) {
          LOG.warn("忽略无法读取的上次提交记录 {}：{}", f, ex.getMessage());
        }
      }
    }
    return store;
  }

  /**
   * Notes the round's current results and returns, per file, its earlier version when it has one.
   *
   * @param results the round's results
   * @param versions the watcher's versions of each path (the last one is current)
   */
  synchronized Map<String, Earlier> update(List<FileResult> results, Map<String, List<StateVersion>> versions) {
    Map<String, Earlier> out = new HashMap<>();
    for (FileResult r : results) {
      List<StateVersion> v = versions.get(r.file());
      if (v == null || v.isEmpty()) {
        continue;
      }
      StateVersion now = v.get(v.size() - 1);
      Known known = current.put(r.file(), new Known(now.sha256(), now.firstSeen(), r));
      if (known != null && !known.sha().equals(now.sha256())) {
        Earlier e = new Earlier(r.file(), now.sha256(), known.sha(), known.received(), known.result());
        earlier.put(r.file(), e);
        save(e);
      }
      Earlier e = earlier.get(r.file());
      if (e != null && e.forSha().equals(now.sha256())) {
        out.put(r.file(), e);
      }
    }
    return out;
  }

  private void save(Earlier e) {
    try {
      byte[] json = MAPPER.writeValueAsBytes(e);
      AtomicFiles.write(dir.resolve(name(e.file())), o -> o.write(json), false);
    } catch (IOException ex) {
      // Only the comparison after a restart is lost; the round goes on.
      LOG.warn("无法保存 {} 的上次提交记录：{}", e.file(), ex.toString());
    }
  }

  private static String name(String file) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 40) + ".json";
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
