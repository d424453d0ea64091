package org.evalsheet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.evalsheet.profile.ProfileReader;

/**
 * {@code profile} (评分规则): prints a built-in profile as a commented YAML file to start from, or any profile as
 * JSON ({@code --json}); given a file, checks it and prints what it says.
 */
final class ProfileCommand {
  private ProfileCommand() {}

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean json = false;
    List<String> names = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--json")) {
        json = true;
      } else if (a.equals("--help") || a.equals("-h")) {
        help(out);
        return Main.OK;
      } else if (a.startsWith("-")) {
        err.println("用法错误：未知选项 " + a + "。运行 evalsheet profile --help 查看用法。");
        return Main.USAGE;
      } else {
        names.add(a);
      }
    }
    if (names.size() != 1) {
      err.println("用法错误：请给出一个评分规则的名称（" + String.join("、", ProfileReader.BUILT_IN) + "）或文件。"
          + "运行 evalsheet profile --help 查看用法。");
      return Main.USAGE;
    }
    String name = names.get(0);
    try {
      if (!json && ProfileReader.BUILT_IN.contains(name)) {
        out.print(ProfileReader.text(name));
      } else {
        out.print(ProfileReader.json(ProfileReader.read(name)));
      }
      out.flush();
      return Main.OK;
    } catch (ProfileReader.BadProfileException e) {
      err.println("用法错误：" + e.getMessage());
      return Main.USAGE;
    }
  }

  private static void help(PrintWriter out) {
    out.println("usage: evalsheet profile NAME|FILE [--json]");
    out.println(Command.PROFILE.description());
    out.println();
    out.println("内置评分规则 / built in: " + String.join(", ", ProfileReader.BUILT_IN) + "（qingdao 为默认 / the default）");
    out.println("  evalsheet profile mof > 本局规则.yaml      导出一份带注释的规则文件 / a commented file to edit");
    out.println("  evalsheet batch 收件箱 --out 结果 --profile 本局规则.yaml");
    out.println("  evalsheet profile 本局规则.yaml --json    检查规则文件并按 JSON 显示 / check a file");
  }
}
