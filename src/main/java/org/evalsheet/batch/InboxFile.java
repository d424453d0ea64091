package org.evalsheet.batch;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * One regular file found in the inbox (收件文件).
 *
 * @param name its path relative to the inbox with {@code /} separators, as shown to users
 * @param path its absolute path, for reading only
 * @param modified its last modification time, which decides which of two submissions is newer
 */
public record InboxFile(String name, Path path, FileTime modified) {

  public InboxFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(modified, "modified");
  }
}
