package org.evalsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evalsheet.batch.Inbox;
import org.evalsheet.batch.FileProcessor;
import org.evalsheet.batch.Pipeline;
import org.evalsheet.batch.TimeBoundProcessor;
import org.evalsheet.model.IoReason;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.Status;
import org.evalsheet.write.JsonReport;
import org.evalsheet.write.RunInfo;

/** {@code validate} and {@code fill} (检查 / 填写): the named files, one after another, each reported. */
final class CheckCommand {
  private final CommandLineArgs args;
  private final PrintWriter out;
  private final PrintWriter err;

  CheckCommand(CommandLineArgs args, PrintWriter out, PrintWriter err) {
    this.args = args;
    this.out = out;
    this.err = err;
  }

  // The log is held open for its side effect: System.err points at it until the inputs are done.
  @SuppressWarnings("try")
  int run() {
    RunInfo run = RunInfo.of(args.profile().name(), args.scale());
    boolean fill = args.command() == Command.FILL;
    Folders.files(args.command(), args.inputs());
    if (fill) {
      prepareOutDir();
    }
    FileProcessor pipeline = new Pipeline(args.limits(), args.profile(), fill ? args.out() : null);
    // With --json - the JSON owns standard output; the readable lines move to standard error.
    PrintWriter text = "-".equals(args.json()) ? err : out;
    List<FileResult> results = new ArrayList<>();
    Map<String, String> copies = new HashMap<>();
    try (LogFile log = Main.openLog(args, null, err);
        TimeBoundProcessor bounded = new TimeBoundProcessor(pipeline, args.limits().timeout())) {
      for (Path input : args.inputs()) {
        FileResult r = process(bounded, input);
        results.add(r);
        ResultPrinter.print(r, text, args.verbose());
        Path copy = fill ? copy(input, r) : null;
        if (copy != null) {
          copies.put(r.file(), copy.toString());
          text.println(input + ": 已写出填好的副本：" + copy);
        }
      }
    }
    text.flush();
    writeJson(results, run.withFolders(null, fill ? args.out() : null)
        .finished(Duration.between(run.started(), Instant.now()), copies::get));
    return exitCode(results);
  }

  /** The copy {@code fill} wrote of an input, or null when it wrote none (the input was rejected or ignored). */
  private Path copy(Path input, FileResult r) {
    Path name = input.getFileName();
    if (name == null || r.status() == Status.REJECTED || r.status() == Status.IGNORED) {
      return null;
    }
    Path copy = args.out().resolve(name.toString());
    return Files.isRegularFile(copy) ? copy : null;
  }

  private FileResult process(FileProcessor pipeline, Path input) {
    String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
    if (!Files.isRegularFile(input)) {
      return FileResult.rejected(input.toString(), Files.exists(input) ? "不是文件" : "文件不存在");
    }
    Optional<FileResult> classified = Inbox.classify(Path.of(name));
    if (classified.isPresent()) {
      FileResult c = classified.get();
      return new FileResult(input.toString(), c.status(), c.reason(), c.tables());
    }
    FileResult r = pipeline.process(input, name);
    return new FileResult(input.toString(), r.status(), r.reason(), r.tables());
  }

  /** The copies go to DIR under their own names; two inputs of one name, or DIR holding an input, are refused. */
  private void prepareOutDir() {
    Map<String, Path> names = new HashMap<>();
    for (Path input : args.inputs()) {
      Path abs = input.toAbsolutePath().normalize();
      String name = String.valueOf(abs.getFileName());
      Path clash = names.put(name, abs);
      if (clash != null && !clash.equals(abs)) {
        throw new UsageException("两个输入文件同名，副本会互相覆盖：" + clash + " 和 " + abs);
      }
      if (args.out().toAbsolutePath().normalize().equals(abs.getParent())) {
        throw new UsageException("输出目录不能是原文件所在的目录（原文件不会被覆盖）：" + args.out());
      }
    }
    try {
      Files.createDirectories(args.out());
    } catch (IOException e) {
      throw new UsageException("无法创建输出目录 " + args.out() + "：" + IoReason.of(e));
    }
  }

  private void writeJson(List<FileResult> results, RunInfo run) {
    if (args.json() == null) {
      return;
    }
    try {
      if ("-".equals(args.json())) {
        JsonReport.write(results, run, out);
        out.println();
        out.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(Path.of(args.json()), StandardCharsets.UTF_8)) {
          JsonReport.write(results, run, w);
        }
      }
    } catch (IOException e) {
      throw new UsageException("无法写出 JSON 报告 " + args.json() + "：" + IoReason.of(e));
    }
  }

  static int exitCode(List<FileResult> results) {
    if (results.stream().anyMatch(r -> r.status() == Status.REJECTED)) {
      return Main.UNREADABLE;
    }
    return results.stream().anyMatch(r -> r.status() == Status.INVALID) ? Main.FINDINGS : Main.OK;
  }
}
