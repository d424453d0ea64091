package org.evalsheet.model;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;

/**
 * Why a file operation failed, in words a clerk reads (读写失败的原因): {@code 没有写入权限}, {@code 磁盘空间不足}. Java's
 * own message for a missing file is just the path, which a message that names the path already would repeat.
 */
public final class IoReason {
  /** The operating system's wording (Linux, macOS, Windows) of the failures a clerk meets, in Chinese. */
  private static final Map<String, String> SYSTEM = Map.ofEntries(
      Map.entry("no space left on device", "磁盘空间不足"),
      Map.entry("there is not enough space on the disk", "磁盘空间不足"),
      Map.entry("disk quota exceeded", "超出磁盘配额"),
      Map.entry("read-only file system", "磁盘或文件夹是只读的"),
      Map.entry("is a directory", "这是一个文件夹，不是文件"),
      Map.entry("not a directory", "路径中有一段不是文件夹"),
      Map.entry("file name too long", "文件名或路径过长"),
      Map.entry("permission denied", "没有权限"),
      Map.entry("access is denied", "没有权限"),
      Map.entry("operation not permitted", "没有权限"),
      Map.entry("the process cannot access the file because it is being used by another process",
          "文件正被其他程序（如 Excel）占用"),
      Map.entry("input/output error", "磁盘读写出错"),
      Map.entry("too many open files", "同时打开的文件过多"));

  private IoReason() {}

  /**
   * {@code 结果/report.json：没有权限}: the file the failure concerns (as the exception names it, else
   * {@code fallback}) and the reason.
   */
  public static String at(IOException e, java.nio.file.Path fallback) {
    String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile()
        : String.valueOf(fallback);
    return file + "：" + of(e);
  }

  /** The reason of {@code e}, without the path it concerns. */
  public static String of(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "文件或文件夹不存在";
    }
    if (e instanceof AccessDeniedException) {
      return "没有权限";
    }
    if (e instanceof NotDirectoryException) {
      return "路径中有一段不是文件夹";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "已有同名的文件或文件夹";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "文件夹不是空的";
    }
    String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "读写失败（" + e.getClass().getSimpleName() + "）";
    }
    String said = SYSTEM.get(reason.strip().toLowerCase(Locale.ROOT).replaceAll("[.。]$", ""));
    return said != null ? said : reason.strip();
  }
}
