package org.evalsheet.serve;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deleting the self-checks' folders (清理): links are removed, never followed. */
final class Trees {
  private static final Logger LOG = LoggerFactory.getLogger(Trees.class);

  private Trees() {}

  /** Deletes everything under {@code dir}, keeping {@code dir}. */
  static void deleteContents(Path dir) throws IOException {
    try (var children = Files.list(dir)) {
      for (Path p : children.toList()) {
        delete(p);
      }
    }
  }

  /** Deletes a file or a tree; a failure is logged, since the sweep tries again a minute later. */
  static void deleteQuietly(Path p) {
    try {
      delete(p);
    } catch (IOException e) {
      LOG.warn("无法删除 {}：{}", p, e.toString());
    }
  }

  private static void delete(Path p) throws IOException {
    if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(p, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.deleteIfExists(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
