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
    out.println("状态 / status: 通过 / ok；需退回 / invalid（有错误：保留得分供参考，不评等次、不排名，见汇总表“退回清单”）；");
    out.println("  无法处理 / rejected（损坏、加密、.docx .pdf .et .csv 图片等不是 Excel 工作簿：须另存为 .xlsx 重新报送）；");
    out.println("  已忽略 / ignored（锁定文件、临时文件）。等次、排名、平均分只计通过的表 / grades and ranks count passing tables");
    out.println();
    out.println("填好的副本 / filled copy: 只填空着的单元格（得分率、空着的合计等），不改动单位填写的任何数字；填错的数字标色，");
    out.println("  批注写正确值；有错误的表在“评价结论”开头写“本表有 N 处错误，需更正后重新报送”，不评等次 / only empty cells are");
    out.println("  filled, no number the department wrote is changed; a table with errors is told to correct and resubmit, ungraded");
    out.println();
    out.println("输出文件夹 / output folder: batch 与 watch 同一时间只能有一个在写；batch 重跑时把上次的副本移到");
    out.println("  OUTDIR/.evalsheet/previous/，filled/ 中只有这次的副本 / one writer at a time; a rerun sets earlier copies aside");
    out.println();
    out.println("日志 / log: 批量和监视写到 OUTDIR/.evalsheet/evalsheet.log，其他命令用 --log FILE；--verbose 同时显示在屏幕上 /");
    out.println("  library messages go to the log, never to the console");
    out.println();
    out.println("中文文件名需要 UTF-8 区域设置：bin/evalsheet 会自动设置；直接用 java -jar 时先设置 LANG=zh_CN.UTF-8 /");
    out.println("  Chinese file names need a UTF-8 locale: bin/evalsheet sets one, with java -jar set LANG=zh_CN.UTF-8");
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
        + " 2 用法错误（也包括输出文件夹被另一个 evalsheet 占用、没有 UTF-8 区域设置）/ usage, 3 有文件无法读取 / an input could"
        + " not be read, 4 内部错误 / internal error");
  }
}
