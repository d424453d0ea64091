package org.evalsheet.cli;

import java.util.Locale;

/** The sub-commands (子命令) and their one-line descriptions. */
enum Command {
  VALIDATE("validate", "FILE...", "检查指标表，逐条列出问题 / check indicator tables and list every problem"),
  FILL("fill", "FILE... --out DIR", "检查并写出填好的副本 / check and write filled copies"),
  BATCH("batch", "INBOX --out OUTDIR", "处理整个文件夹，生成汇总表和报告 / process a folder into a summary and a report"),
  WATCH("watch", "INBOX --out OUTDIR", "持续监视文件夹，新文件到达即处理 / watch a drop folder and process new files"),
  SERVE("serve", "--inbox INBOX --out OUTDIR", "网页服务：本轮提交情况、文件详情、单位自查 / the round board and self-check in a browser"),
  PROFILE("profile", "NAME|FILE [--json]", "导出评分规则，修改后用 --profile 使用 / print a profile to start from");

  private final String verb;
  private final String synopsis;
  private final String description;

  Command(String verb, String synopsis, String description) {
    this.verb = verb;
    this.synopsis = synopsis;
    this.description = description;
  }

  String verb() {
    return verb;
  }

  String synopsis() {
    return synopsis;
  }

  String description() {
    return description;
  }

  static Command find(String verb) {
    for (Command c : values()) {
      if (c.verb.equals(verb.toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    return null;
  }
}
