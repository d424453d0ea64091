package org.evalsheet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Folder ↔ file mix-ups on the command line (文件与文件夹): a file given to {@code batch} or {@code watch}, a folder
 * given to {@code validate} or {@code fill}, each answered with the command that does what was meant.
 */
final class Folders {
  private Folders() {}

  /**
   * Checks the inbox of {@code batch} and {@code watch} before anything is created.
   *
   * @return null when it is a folder, else the exit code after saying what to do
   * @throws UsageException when it is a file: {@code validate} checks one file
   */
  static Integer inbox(Path inbox, PrintWriter err) {
    if (Files.isDirectory(inbox)) {
      return null;
    }
    if (Files.isRegularFile(inbox)) {
      throw new UsageException(inbox + " 是一个文件，不是收件文件夹。检查这一个文件请用：evalsheet validate \"" + inbox
          + "\"（写出填好的副本：evalsheet fill \"" + inbox + "\" --out 文件夹）");
    }
    err.println("找不到收件文件夹 " + inbox + "：文件夹不存在，请检查名称和路径（没有创建任何文件）");
    return Main.UNREADABLE;
  }

  /**
   * Refuses folders among the files of {@code validate} and {@code fill}.
   *
   * @throws UsageException naming the folder and the {@code batch} command that reads one
   */
  static void files(Command command, List<Path> inputs) {
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        throw new UsageException(p + " 是一个文件夹。" + command.verb() + " 检查单个文件；处理整个文件夹请用：evalsheet batch \""
            + p + "\" --out 结果文件夹");
      }
    }
  }
}
