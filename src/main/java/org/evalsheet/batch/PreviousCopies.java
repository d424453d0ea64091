package org.evalsheet.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * An earlier run's outputs set aside before a batch (上次运行的副本): the filled copies in {@code OUTDIR/filled} and a
 * watcher's state move to {@code OUTDIR/.evalsheet/previous/}, replacing what an even earlier run left there, so that
 * {@code filled/} holds this round's copies only and no stale copy is sent back to a department. Nothing is deleted
 * but the set-aside of the run before last.
 */
final class PreviousCopies {
  private PreviousCopies() {}

  /** {@code OUTDIR/.evalsheet/previous}, where an earlier run's copies go. */
  static Path dir(Path outDir) {
    return outDir.resolve(".evalsheet").resolve("previous");
  }

  /**
   * Moves the copies and the watcher's state an earlier run left in {@code outDir}.
   *
   * @return how many filled copies were moved (0 when there were none)
   * @throws IOException when they cannot be moved; the batch then stops before writing anything
   */
  static int setAside(Path outDir) throws IOException {
    Path filled = RoundFiles.filledDir(outDir);
    Path state = outDir.resolve(".evalsheet").resolve("state");
    int copies = count(filled);
    if (copies == 0 && !Files.isDirectory(state)) {
      return 0;
    }
    Path previous = dir(outDir);
    delete(previous);
    Files.createDirectories(previous);
    if (Files.isDirectory(filled)) {
      Files.move(filled, previous.resolve("filled"));
    }
    if (Files.isDirectory(state)) {
      // The watcher's memory describes the copies just moved: without it a later watch redoes every file.
      Files.move(state, previous.resolve("state"));
    }
    return copies;
  }

  private static int count(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return (int) files.filter(Files::isRegularFile).count();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
