package org.evalsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.apache.commons.cli.help.HelpFormatter;
import org.apache.commons.cli.help.TextHelpAppendable;
import org.evalsheet.model.Version;

/** The help texts (帮助), Chinese first with English beside it. */
final class Help {
  private Help() {}

  static void general(PrintWriter out) {
    out.println("evalsheet " + Version.get() + " — 绩效自评表检查与汇总工具 / checks and consolidates performance self-evaluation workbooks");
    out.println();
    out.println("用法 / usage:");
    for (Command c : Command.values()) {
      out.printf("  evalsheet %-8s %-20s %s%n", c.verb(), c.synopsis(), c.description());
    }
    out.println("  evalsheet --help | --version");
    out.println();
    out.println("每个命令的选项：evalsheet <命令> --help / options of a command: evalsheet <command> --help");
    out.println();
    out.println("能读的表 / tables read: 合并单元格、分组单独成行、小计行、每行重复分组名称及其混合；权重为分值、占比（合计 1）或百分比；");
    out.println("  “不适用”指标不计分并按适用权重折算；复核得分单独列出；单位取自标签、标题或文件名 / merged, outline, 小计 and flat");
    out.println("  groups; weights as points, fractions or percentages; 不适用 leaves rescaled; reviewer columns kept apart");
    out.println();
    out.println("自评复核 / review: 有“实际完成值”列的表，按年度指标值与实际完成值重算每项得分，自评得分高于重算得分时给出警告；");
    out.println("  规则（等次、反向指标公式、定性词表、执行率封顶……）在评分规则文件中，--profile qingdao（默认）或 mof 或自己的文件 /");
    out.println("  tables with 实际完成值 have each self-score recomputed from target and actual under the profile's rules");
    out.println();
    out.println("日志 / log: 批量和监视写到 OUTDIR/.evalsheet/evalsheet.log，其他命令用 --log FILE；--verbose 同时显示在屏幕上 /");
    out.println("  library messages go to the log, never to the console");
    out.println();
    exitCodes(out);
  }

  static void command(Command command, PrintWriter out) {
    TextHelpAppendable text = new TextHelpAppendable(out);
    text.setMaxWidth(100);
    HelpFormatter f = HelpFormatter.builder().setShowSince(false).setHelpAppendable(text).get();
    try {
      f.printHelp("evalsheet " + command.verb() + " " + command.synopsis(), command.description(),
          CommandLineArgs.options(command), null, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    exitCodes(out);
  }

  private static void exitCodes(PrintWriter out) {
    out.println("退出码 / exit codes: 0 无错误 / no errors, 1 有错误（或批量中有文件未通过）/ error findings,"
        + " 2 用法错误 / usage, 3 有文件无法读取 / an input could not be read, 4 内部错误 / internal error");
  }
}
