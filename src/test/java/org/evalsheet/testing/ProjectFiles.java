package org.evalsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Files of the project itself (项目文件), found from the test classes' location, never the working directory. */
public final class ProjectFiles {
  private ProjectFiles() {}

  /** The project root: the nearest folder above the test classes that holds pom.xml. */
  public static Path root() {
    try {
      Path p = Path.of(ProjectFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (; p != null; p = p.getParent()) {
        if (Files.isRegularFile(p.resolve("pom.xml"))) {
          return p;
        }
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("pom.xml not found above the test classes");
  }

  /** {@code sample-workbooks/} under the project root. */
  public static Path samples() {
    return root().resolve("sample-workbooks");
  }

  /** Copies a folder tree (a test's own inbox, so the bundled samples are never touched). */
  public static Path copyTree(Path from, Path to) {
    try {
      Files.walkFileTree(from, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          Files.createDirectories(to.resolve(from.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.copy(file, to.resolve(from.relativize(file).toString()),
              java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
          return FileVisitResult.CONTINUE;
        }
      });
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
