package org.evalsheet.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Whole-file replacement of outputs (原子写入): content goes to a temp file in the target's folder, is flushed to
 * disk and renamed into place, so a reader of the output folder sees the old file or the new one, never a part.
 */
public final class AtomicFiles {
  /** Marks our temp files so that a start after {@code kill -9} can sweep them without touching anything else. */
  public static final String TEMP_MARK = ".evalsheet-";

  private static final int MOVE_ATTEMPTS = 5;

  private AtomicFiles() {}

  /** What writes the content of a file (the summary workbook, a filled copy, a JSON report). */
  @FunctionalInterface
  public interface Content {
    /** Writes the whole content; the stream is closed by {@link AtomicFiles}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Replaces {@code target} with {@code bytes} atomically, creating missing parent folders. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Replaces {@code target} with what {@code content} writes, atomically; on failure the target is untouched and
   * the temp file removed.
   */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, true);
  }

  /**
   * As {@link #write(Path, Content)}, optionally without flushing to disk first: still all-or-nothing for readers
   * and after {@code kill -9}, but a power cut may leave the file empty. For state that can be rebuilt.
   */
  public static void write(Path target, Content content, boolean durable) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve("." + target.getFileName() + TEMP_MARK
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    boolean moved = false;
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(ch);
        content.writeTo(out);
        out.flush();
        // Without this a power cut after the rename can leave an empty file under the final name.
        if (durable) {
          ch.force(true);
        }
      }
      move(temp, target);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Deletes temp files this class left behind (after a crash) anywhere under {@code dir}; returns how many. */
  public static int sweepTemps(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int n = 0;
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") && name.contains(TEMP_MARK) && name.endsWith(".tmp") && Files.isRegularFile(p)) {
          Files.deleteIfExists(p);
          n++;
        }
      }
    }
    return n;
  }

  private static void move(Path temp, Path target) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return;
      } catch (AccessDeniedException e) {
        // Windows refuses to replace a file another program (Excel, a virus scanner) holds open; it often lets go.
        if (attempt == MOVE_ATTEMPTS) {
          throw e;
        }
        sleep(100L * attempt);
      }
    }
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("写入被中断", e);
    }
  }
}
