package org.evalsheet.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The output folder's lock (输出目录锁): an OS file lock on {@code OUTDIR/.evalsheet/lock}, so one evalsheet at a
 * time writes there. The OS releases it when the process dies, even by {@code kill -9}, so no stale lock remains.
 */
public final class OutDirLock implements AutoCloseable {
  private final Path outDir;
  private final FileChannel channel;
  private final FileLock lock;

  private OutDirLock(Path outDir, FileChannel channel, FileLock lock) {
    this.outDir = outDir;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code outDir}, creating the folder when missing.
   *
   * @throws LockHeldException when another process (or another watcher in this one) holds it
   * @throws IOException when the folder cannot be created or the lock file opened
   */
  public static OutDirLock acquire(Path outDir) throws IOException, LockHeldException {
    Path dir = outDir.resolve(".evalsheet");
    Files.createDirectories(dir);
    FileChannel ch = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      ch.close();
      throw new LockHeldException(outDir, e);
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
    if (lock == null) {
      ch.close();
      throw new LockHeldException(outDir, null);
    }
    // The pid is for a human wondering who holds the folder; the lock itself is what counts.
    ch.truncate(0);
    ch.write(StandardCharsets.UTF_8.encode(ProcessHandle.current().pid() + "\n"));
    return new OutDirLock(outDir, ch, lock);
  }

  /** The locked output folder. */
  public Path outDir() {
    return outDir;
  }

  /** Releases the lock; the lock file stays (deleting it would race with a starting instance). */
  @Override
  public void close() throws IOException {
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } finally {
      channel.close();
    }
  }
}
