package org.evalsheet.batch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox's folder tree as the OS reports it (监视目录树): a WatchService registration on every folder, events
 * turned into "this file may have changed" and "this path is gone", and full listings that register folders
 * created or recreated since. Skips the output folder (when it lies inside the inbox) and hidden folders.
 */
final class WatchTree implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(WatchTree.class);

  /** Receives what the tree learns. */
  interface Sink {
    /** A regular file that may be new or changed. */
    void seen(Path file);

    /** A file or folder that is gone. */
    void gone(Path path);
  }

  private final Path root;
  private final Path skip;
  private final WatchService service;
  private final Map<Path, WatchKey> keys = new HashMap<>();

  WatchTree(Path root, Path skip) throws IOException {
    this.root = root;
    this.skip = skip;
    this.service = FileSystems.getDefault().newWatchService();
  }

  boolean rootPresent() {
    return Files.isDirectory(root);
  }

  /**
   * Hands every pending event to {@code sink}, waiting up to {@code timeoutMillis} for the first.
   *
   * @return whether a full listing is needed: events were lost (OVERFLOW) or the inbox itself went away
   */
  boolean drain(long timeoutMillis, Sink sink) throws InterruptedException {
    boolean rescan = false;
    WatchKey key = service.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    while (key != null) {
      Path dir = (Path) key.watchable();
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == OVERFLOW) {
          rescan = true;
          continue;
        }
        Path child = dir.resolve((Path) event.context());
        if (event.kind() == ENTRY_DELETE) {
          sink.gone(child);
        } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          if (event.kind() == ENTRY_CREATE) {
            // Files may land in a new folder before it is registered; listing it catches them.
            list(child, sink);
          }
        } else {
          sink.seen(child);
        }
      }
      if (!key.reset()) {
        keys.remove(dir);
        rescan |= dir.equals(root);
      }
      key = service.poll();
    }
    return rescan;
  }

  /**
   * Lists every regular file under {@code dir} (registering folders not yet watched) and hands each to the sink.
   *
   * @return false when {@code dir} cannot be listed at all
   */
  boolean list(Path dir, Sink sink) {
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          if (!d.equals(root) && (d.startsWith(skip) || d.getFileName().toString().startsWith("."))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          register(d);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile()) {
            sink.seen(f);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          LOG.debug("无法访问 {}：{}", f, e.toString());
          return FileVisitResult.CONTINUE;
        }
      });
      return true;
    } catch (IOException e) {
      LOG.debug("无法列出 {}：{}", dir, e.toString());
      return false;
    }
  }

  /** Every regular file under the inbox now, or null when the inbox cannot be listed. */
  List<Path> listAll() {
    List<Path> files = new ArrayList<>();
    boolean ok = list(root, new Sink() {
      @Override
      public void seen(Path file) {
        files.add(file);
      }

      @Override
      public void gone(Path path) {}
    });
    return ok && rootPresent() ? files : null;
  }

  private void register(Path dir) {
    WatchKey existing = keys.get(dir);
    if (existing != null && existing.isValid()) {
      return;
    }
    try {
      keys.put(dir, dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY));
    } catch (IOException e) {
      // Past the OS's watch limit the folder still gets listed at every rescan.
      LOG.warn("无法监视文件夹 {}（仍会定期重新扫描）：{}", dir, e.toString());
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
