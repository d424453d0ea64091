package org.evalsheet.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes an output file all at once (原子写出): into a temporary file beside the target, then renamed over it, so
 * a reader of the output folder (a clerk, a watcher, Excel) never sees half a file.
 */
public final class AtomicWrite {
  private AtomicWrite() {}

  /** The body of an output file, written to the stream it is given. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Prefix of every temporary file; a restarted watcher sweeps leftovers with it. */
  public static final String TEMP_PREFIX = ".evalsheet-";

  /**
   * Writes {@code target} through a temporary file and an atomic rename; on failure the target is left as it was.
   * The folder is created when missing.
   */
  public static void write(Path target, Body body) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: its owner-only permissions would stay on the output after the rename.
    Path tmp = dir.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId() + "-"
        + Long.toHexString(System.nanoTime()) + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        body.writeTo(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
