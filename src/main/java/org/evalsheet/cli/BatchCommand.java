package org.evalsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evalsheet.batch.Batch;
import org.evalsheet.batch.BatchOptions;
import org.evalsheet.batch.BatchResult;
import org.evalsheet.batch.InboxUnreadableException;
import org.evalsheet.batch.LockHeldException;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.batch.RoundFiles;
import org.evalsheet.model.EvalsheetException;
import org.evalsheet.model.IoReason;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.write.RunInfo;

/** {@code batch} (批量处理): a whole inbox into filled copies, summary.xlsx and report.json. */
final class BatchCommand {
  private final CommandLineArgs args;
  private final PrintWriter out;
  private final PrintWriter err;

  BatchCommand(CommandLineArgs args, PrintWriter out, PrintWriter err) {
    this.args = args;
    this.out = out;
    this.err = err;
  }

  int run() {
    RunInfo started = RunInfo.of(args.profile().name(), args.scale());
    BatchOptions opts = options(args);
    try {
      Batch.checkOutputs(opts);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    // Checked before the log is opened in OUTDIR: a mistyped inbox or roster creates nothing.
    Integer refused = Folders.inbox(opts.inbox(), err);
    if (refused != null) {
      return refused;
    }
    if (opts.roster() != null && !Files.isRegularFile(opts.roster())) {
      err.println("无法读取名单文件 " + opts.roster() + "："
          + (Files.isDirectory(opts.roster()) ? "这是一个文件夹，不是名单文件" : "文件不存在"));
      return Main.UNREADABLE;
    }
    boolean jsonToOut = "-".equals(args.json());
    // With --json - the report owns standard output; the summary for the clerk moves to standard error.
    PrintWriter text = jsonToOut ? err : out;
    try (LogFile log = Main.openLog(args, RoundFiles.logFile(opts.outDir()), err)) {
      Pipeline pipeline = new Pipeline(opts.limits(), args.profile(), opts.filledDir());
      RunInfo run = started.withFolders(opts.inbox(), opts.outDir()).withRosterFile(opts.roster());
      BatchResult result = new Batch(new RoundFiles(opts.outDir(), jsonToOut ? null : opts.json(), run))
          .run(opts, pipeline, BatchProgress.forStderr(err));
      BatchSummaryPrinter.print(text, opts, result, log.file());
      if (jsonToOut) {
        out.print(Files.readString(opts.reportFile(), StandardCharsets.UTF_8));
        out.flush();
      }
      return result.exitCode();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    } catch (LockHeldException e) {
      err.println(e.getMessage() + "（例如正在运行的 evalsheet watch）。请等它结束，或换一个输出文件夹。");
      return Main.USAGE;
    } catch (InboxUnreadableException e) {
      err.println(e.getMessage());
      return Main.UNREADABLE;
    } catch (UnreadableFileException e) {
      err.println("无法读取名单文件 " + e.file() + "：" + e.reason());
      return Main.UNREADABLE;
    } catch (IOException e) {
      err.println("无法写出结果 " + IoReason.at(e, opts.outDir()));
      return Main.UNREADABLE;
    } catch (EvalsheetException e) {
      err.println("无法写出结果：" + e.getMessage());
      return Main.UNREADABLE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("已中断。");
      return Main.UNREADABLE;
    }
  }

  static BatchOptions options(CommandLineArgs args) {
    return new BatchOptions(args.inputs().get(0), args.out(), args.roster(), args.scale(), args.threads(),
        args.json() == null || "-".equals(args.json()) ? null : Path.of(args.json()), args.limits());
  }
}
