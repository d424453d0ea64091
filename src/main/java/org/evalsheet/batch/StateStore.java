package org.evalsheet.batch;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evalsheet.model.Version;
import org.evalsheet.write.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watcher's memory across restarts (处理状态): one small JSON file per inbox path under
 * {@code OUTDIR/.evalsheet/state/}, each replaced atomically right after that file's outputs exist. One file per
 * path keeps recording a result O(1) however large the round, where a single state.json would be rewritten whole
 * for every file of a 1,000-file burst.
 */
public final class StateStore {
  private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);
  private static final ObjectMapper MAPPER = mapper();

  private final Path dir;
  private final Map<String, StateEntry> entries = new ConcurrentHashMap<>();
  private int stale;

  private StateStore(Path dir) {
    this.dir = dir;
  }

  /** Opens (and loads) the state of an output folder; unreadable entries are dropped, so their files are redone. */
  public static StateStore open(Path outDir) throws IOException {
    StateStore store = new StateStore(outDir.resolve(".evalsheet").resolve("state"));
    Files.createDirectories(store.dir);
    int stale = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(store.dir, "*.json")) {
      for (Path f : files) {
        try {
          StateEntry e = MAPPER.readValue(f.toFile(), StateEntry.class);
          if (!Version.get().equals(e.tool())) {
            stale++;
          } else if (f.getFileName().toString().equals(fileName(e.file()))) {
            store.entries.put(e.file(), e);
          }
        } catch (IOException | RuntimeException ex) {
          LOG.warn("忽略无法读取的状态文件 {}（对应的输入将重新处理）：{}", f, ex.getMessage());
        }
      }
    }
    store.stale = stale;
    return store;
  }

  /** How many entries were made by another evalsheet version and dropped, so that their files are redone. */
  public int stale() {
    return stale;
  }

  /** The entry of an inbox path, or null. */
  public StateEntry get(String file) {
    return entries.get(file);
  }

  /** Every entry, including those of files no longer in the inbox (so re-adding the same bytes costs nothing). */
  public Collection<StateEntry> entries() {
    return Collections.unmodifiableCollection(entries.values());
  }

  /**
   * Records an entry, replacing the path's earlier one, all or nothing. Not flushed to disk: that cost 3 ms a file
   * (a 1,000-file burst took 3.4 s instead of 0.7 s), and an entry a power cut empties is dropped at the next
   * start, which only means its file is processed once more, over the same outputs.
   */
  public void put(StateEntry entry) throws IOException {
    byte[] json = MAPPER.writeValueAsBytes(entry);
    AtomicFiles.write(dir.resolve(fileName(entry.file())), out -> out.write(json), false);
    entries.put(entry.file(), entry);
  }

  /**
   * The Jackson configuration the state uses: records through their components only (so derived accessors such
   * as {@code Amount.isNumber()} are not written), unknown properties tolerated for older state files.
   */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .visibility(PropertyAccessor.GETTER, Visibility.NONE)
        .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, Visibility.ANY)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }

  /** The lower-case hex SHA-256 of some text. */
  static String sha256(String text) {
    return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  private static String fileName(String file) {
    return sha256(file).substring(0, 40) + ".json";
  }

  /** The versions list for a new version of a path: the earlier ones (the most recent 49) plus this one. */
  static List<StateVersion> append(StateEntry previous, StateVersion version) {
    List<StateVersion> all = new ArrayList<>(previous == null ? List.of() : previous.versions());
    all.add(version);
    return List.copyOf(all.subList(Math.max(0, all.size() - 50), all.size()));
  }
}
