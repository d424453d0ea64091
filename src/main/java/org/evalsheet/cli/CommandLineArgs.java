package org.evalsheet.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.Profile;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.profile.ProfileReader;

/**
 * A parsed command line (命令行参数). Built only by {@link #parse}; every value already checked and converted.
 *
 * @param command the sub-command
 * @param inputs files (validate, fill) or the inbox (batch, watch)
 * @param out the output folder, or null
 * @param json where to write the JSON report: a path, "-" for standard output, or null
 * @param profile the bureau's rules ({@code --profile}), with {@code --grades} applied
 * @param roster the roster file, or null
 * @param threads worker threads
 * @param limits per-file bounds
 * @param settle how long a dropped file must stay unchanged (watch)
 * @param rescan how often the watcher rescans the whole folder (watch)
 * @param verbose show stack traces, and the run's log on the console too
 * @param log where the run's log goes ({@code --log}), or null for the default (batch and watch:
 *     {@code OUTDIR/.evalsheet/evalsheet.log}; validate and fill: none)
 * @param help show this command's help
 */
record CommandLineArgs(
    Command command,
    List<Path> inputs,
    Path out,
    String json,
    Profile profile,
    Path roster,
    int threads,
    ReadLimits limits,
    Duration settle,
    Duration rescan,
    boolean verbose,
    Path log,
    boolean help) {

  /** The grade bands in force: the profile's, or {@code --grades}. */
  GradeScale scale() {
    return profile.grades();
  }

  /** The options a command accepts; help text is bilingual. */
  static Options options(Command command) {
    Options o = new Options();
    o.addOption(Option.builder("h").longOpt("help").desc("显示本命令的用法 / show this help").get());
    o.addOption(Option.builder().longOpt("verbose")
        .desc(command == Command.VALIDATE || command == Command.FILL
            ? "也列出提示（默认只数出条数），出错时显示详细信息，并在屏幕上同时显示运行日志 / list the infos too, show"
                + " stack traces and the run's log"
            : "出错时显示详细信息，并在屏幕上同时显示运行日志 / show stack traces, and the run's log on the console too")
        .get());
    o.addOption(Option.builder().longOpt("log").hasArg().argName("FILE")
        .desc(command == Command.BATCH || command == Command.WATCH || command == Command.SERVE
            ? "运行日志写到这里，默认 OUTDIR/.evalsheet/evalsheet.log / where the run's log goes"
            : "运行日志写到这里（默认不写）/ write the run's log (POI's messages, rejected files) here").get());
    o.addOption(Option.builder().longOpt("profile").hasArg().argName("NAME|FILE")
        .desc("评分规则：内置 qingdao（默认）、mof，或规则文件（evalsheet profile mof 可导出一份修改）/ the bureau's rules")
        .get());
    o.addOption(Option.builder().longOpt("grades").hasArg().argName("SPEC")
        .desc("等次划分，覆盖评分规则中的等次，例如 90=优,80=良,60=中,0=差 / grade bands, overriding the profile's").get());
    o.addOption(Option.builder().longOpt("json").hasArg().argName("FILE")
        .desc(command == Command.BATCH
            ? "另存一份 JSON 报告（OUTDIR/report.json 总会写出），- 表示输出到屏幕 / also write the JSON report here,"
                + " - for standard output"
            : command == Command.WATCH
            ? "另存一份 JSON 报告（OUTDIR/report.json 总会写出）/ also write the JSON report here"
            : "写出 JSON 报告，- 表示输出到屏幕 / write the JSON report to FILE, - for standard output").get());
    o.addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
        .desc("每个文件的处理时限（秒），默认 " + ReadLimits.DEFAULT.timeout().toSeconds() + " / per-file time limit").get());
    o.addOption(Option.builder().longOpt("max-size").hasArg().argName("MB")
        .desc("单个文件大小上限（MB），默认 " + (ReadLimits.DEFAULT.maxFileBytes() >> 20) + " / per-file size limit").get());
    if (command != Command.VALIDATE) {
      o.addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR")
          .desc("输出目录（必填），原文件不会被修改 / output folder (required); inputs are never modified").get());
    }
    if (command == Command.BATCH || command == Command.WATCH || command == Command.SERVE) {
      o.addOption(Option.builder().longOpt("roster").hasArg().argName("FILE")
          .desc("应提交单位名单（.txt 每行一个单位，或 .xlsx 第一列；别名写在后面，用逗号隔开：青岛市人力资源和社会保障局,"
              + "青岛市人社局）/ units expected to submit, aliases after commas").get());
      o.addOption(Option.builder().longOpt("threads").hasArg().argName("N")
          .desc("并行处理的文件数，默认为 CPU 核数 / files processed in parallel").get());
    }
    if (command == Command.SERVE) {
      ServeCommand.options(o);
    }
    if (command == Command.WATCH || command == Command.SERVE) {
      o.addOption(Option.builder().longOpt("settle").hasArg().argName("SECONDS")
          .desc("文件大小和时间保持不变多久才读取，默认 2 / a file must be unchanged this long").get());
      o.addOption(Option.builder().longOpt("rescan").hasArg().argName("SECONDS")
          .desc("每隔多久全量扫描一次文件夹，默认 30 / full rescan interval").get());
    }
    return o;
  }

  static CommandLineArgs parse(Command command, String[] args) throws ParseException {
    CommandLine cl = DefaultParser.builder().get().parse(options(command), args);
    boolean help = cl.hasOption("help");
    List<Path> inputs = cl.getArgList().stream().map(Path::of).toList();
    if (command == Command.SERVE && cl.hasOption("inbox")) {
      inputs = List.of(Path.of(cl.getOptionValue("inbox")));
    }
    if (!help) {
      if (inputs.isEmpty()) {
        throw new ParseException(command == Command.VALIDATE || command == Command.FILL ? "缺少要检查的文件"
            : command == Command.SERVE ? "缺少收件文件夹：--inbox INBOX" : "缺少收件文件夹 INBOX");
      }
      if ((command == Command.BATCH || command == Command.WATCH || command == Command.SERVE) && inputs.size() > 1) {
        throw new ParseException("只能指定一个收件文件夹，多余的参数：" + inputs.subList(1, inputs.size()));
      }
      if (command != Command.VALIDATE && !cl.hasOption("out")) {
        throw new ParseException("缺少 --out 输出目录");
      }
    }
    Profile profile;
    try {
      profile = ProfileReader.read(cl.hasOption("profile") ? cl.getOptionValue("profile") : ProfileReader.DEFAULT);
    } catch (ProfileReader.BadProfileException e) {
      throw new ParseException(e.getMessage());
    }
    if (cl.hasOption("grades")) {
      profile = profile.withGrades(GradeScale.parse(cl.getOptionValue("grades")));
    }
    ReadLimits d = ReadLimits.DEFAULT;
    long maxBytes = cl.hasOption("max-size") ? positive(cl, "max-size") << 20 : d.maxFileBytes();
    Duration timeout = cl.hasOption("timeout") ? Duration.ofSeconds(positive(cl, "timeout")) : d.timeout();
    int threads = cl.hasOption("threads") ? (int) positive(cl, "threads") : Runtime.getRuntime().availableProcessors();
    Duration settle = Duration.ofMillis(cl.hasOption("settle") ? seconds(cl, "settle") : 2000);
    Duration rescan = Duration.ofMillis(cl.hasOption("rescan") ? seconds(cl, "rescan") : 30_000);
    return new CommandLineArgs(command, inputs, path(cl, "out"), cl.getOptionValue("json"), profile, path(cl, "roster"),
        threads, new ReadLimits(maxBytes, d.maxCellsPerSheet(), timeout, d.maxExpandedBytes()), settle, rescan,
        cl.hasOption("verbose"), path(cl, "log"), help);
  }

  private static Path path(CommandLine cl, String name) {
    return cl.hasOption(name) ? Path.of(cl.getOptionValue(name)) : null;
  }

  private static long positive(CommandLine cl, String name) throws ParseException {
    String v = cl.getOptionValue(name);
    try {
      long n = Long.parseLong(v.strip());
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ParseException("--" + name + " 应为正整数：" + v);
  }

  /** Seconds, fractions allowed (tests settle in 0.2 s), as milliseconds. */
  private static long seconds(CommandLine cl, String name) throws ParseException {
    String v = cl.getOptionValue(name);
    try {
      double s = Double.parseDouble(v.strip());
      if (s > 0 && s < 86_400) {
        return Math.round(s * 1000);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ParseException("--" + name + " 应为正数（秒）：" + v);
  }
}
