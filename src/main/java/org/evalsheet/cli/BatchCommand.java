package org.evalsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.evalsheet.batch.Batch;
import org.evalsheet.batch.BatchOptions;
import org.evalsheet.batch.BatchResult;
import org.evalsheet.batch.InboxUnreadableException;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.batch.RoundFiles;
import org.evalsheet.model.EvalsheetException;
import org.evalsheet.model.UnreadableFileException;

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
    BatchOptions opts = options(args);
    try {
      Batch.checkOutputs(opts);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try (LogFile log = Main.openLog(args, RoundFiles.logFile(opts.outDir()), err)) {
      Pipeline pipeline = new Pipeline(opts.limits(), args.profile(), opts.filledDir());
      BatchResult result = new Batch(new RoundFiles(opts.outDir(), opts.json(), opts.scale()))
          .run(opts, pipeline, BatchProgress.forStderr(err));
      BatchSummaryPrinter.print(out, opts, result, log.file());
      return result.exitCode();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    } catch (InboxUnreadableException e) {
      err.println("无法读取收件文件夹：" + e.getMessage());
      return Main.UNREADABLE;
    } catch (UnreadableFileException e) {
      err.println("无法读取名单文件 " + e.file() + "：" + e.reason());
      return Main.UNREADABLE;
    } catch (EvalsheetException | IOException e) {
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
        args.json() == null ? null : java.nio.file.Path.of(args.json()), args.limits());
  }
}
