package org.evalsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.evalsheet.batch.LockHeldException;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.batch.Roster;
import org.evalsheet.batch.RosterReader;
import org.evalsheet.batch.RoundFiles;
import org.evalsheet.batch.TimeBoundProcessor;
import org.evalsheet.batch.WatchOptions;
import org.evalsheet.batch.WatchRound;
import org.evalsheet.batch.Watcher;
import org.evalsheet.model.IoReason;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.write.RunInfo;

/** {@code watch} (监视文件夹): a drop folder processed as files arrive, until Ctrl-C or SIGTERM. */
final class WatchCommand {
  private final CommandLineArgs args;
  private final PrintWriter out;
  private final PrintWriter err;

  WatchCommand(CommandLineArgs args, PrintWriter out, PrintWriter err) {
    this.args = args;
    this.out = out;
    this.err = err;
  }

  int run() {
    RunInfo started = RunInfo.of(args.profile().name(), args.scale());
    Path inbox = args.inputs().get(0);
    if ("-".equals(args.json())) {
      throw new UsageException("watch 一直运行，不能把报告输出到屏幕（--json -）：报告总在 OUTDIR/report.json，"
          + "或用 --json 文件 另存一份");
    }
    Integer refused = Folders.inbox(inbox, err);
    if (refused != null) {
      return refused;
    }
    Roster roster;
    try {
      roster = args.roster() == null ? null : RosterReader.read(args.roster(), args.limits());
    } catch (UnreadableFileException e) {
      err.println("无法读取名单文件 " + args.roster() + "：" + e.reason());
      return Main.UNREADABLE;
    }
    WatchOptions opts;
    try {
      opts = new WatchOptions(inbox, args.out(), args.settle(), args.rescan(), args.threads());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (opts.outDir().startsWith(opts.inbox())) {
      throw new UsageException("输出目录不能放在收件文件夹里面：" + args.out());
    }
    Path filled = RoundFiles.filledDir(opts.outDir());
    RoundFiles files = new RoundFiles(opts.outDir(), args.json() == null ? null : Path.of(args.json()),
        started.withFolders(opts.inbox(), opts.outDir()).withRosterFile(args.roster()));
    try (LogFile log = Main.openLog(args, RoundFiles.logFile(opts.outDir()), err);
        TimeBoundProcessor processor = new TimeBoundProcessor(
            new Pipeline(args.limits(), args.profile(), filled), args.limits().timeout());
        Watcher watcher = new Watcher(opts, processor, new WatchRound(opts.inbox(), roster, files),
            line -> console(line))) {
      WatchSignals.install(watcher, err);
      out.println("正在监视 " + opts.inbox() + "，结果写到 " + opts.outDir() + "（按 Ctrl-C 停止），运行日志："
          + log.file());
      out.flush();
      watcher.run();
      out.println("已停止，汇总表和报告是最新的：" + RoundFiles.summaryFile(opts.outDir()));
      return Main.OK;
    } catch (LockHeldException e) {
      err.println(e.getMessage() + "。同一输出文件夹同时只能有一个 evalsheet 在运行，请换一个输出文件夹。");
      return Main.USAGE;
    } catch (IOException e) {
      err.println("无法监视：" + IoReason.at(e, opts.outDir()));
      return Main.UNREADABLE;
    }
  }

  /** One of the watcher's lines for the clerk: a processed file, a recovered inbox, a failed write. */
  private void console(String line) {
    err.println(line);
    err.flush();
  }
}
