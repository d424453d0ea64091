package org.evalsheet.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.cli.ParseException;
import org.evalsheet.model.Version;

/**
 * The {@code evalsheet} command (命令行入口): dispatches to validate, fill, batch and watch. Only {@link #main}
 * exits the JVM; {@link #run} returns the exit code so the whole command line is testable in-process.
 */
public final class Main {
  /** No error findings. */
  public static final int OK = 0;
  /** Error findings, or (batch) a file invalid or rejected. */
  public static final int FINDINGS = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** An input could not be read. */
  public static final int UNREADABLE = 3;
  /** evalsheet itself failed (a bug): the run stopped; the message and {@code --verbose} say where. */
  public static final int INTERNAL = 4;

  private Main() {}

  /**
   * Opens the run's log: {@code --log FILE}, else {@code fallback} (null: none). A log that would land on an input
   * or inside the inbox is a usage error: nothing is ever written there.
   */
  static LogFile openLog(CommandLineArgs args, Path fallback, PrintWriter err) {
    Path file = args.log() != null ? args.log() : fallback;
    if (file != null) {
      Path abs = file.toAbsolutePath().normalize();
      for (Path input : args.inputs()) {
        if (abs.startsWith(input.toAbsolutePath().normalize())) {
          throw new UsageException("日志文件不能写在输入文件或收件文件夹上：" + file);
        }
      }
    }
    String header = "evalsheet " + Version.get() + " " + args.command().verb() + " " + args.inputs()
        + (args.out() == null ? "" : " --out " + args.out());
    return LogFile.open(file, args.verbose() ? err : null, header);
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line and returns its exit code; prints only to {@code out} and {@code err}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, FileNames.charset());
  }

  /**
   * As {@link #run(String[], PrintWriter, PrintWriter)}, with the charset the JVM encodes file names in
   * ({@code sun.jnu.encoding}, fixed by the locale at start-up): one that cannot hold Chinese (the POSIX locale of
   * cron, a service account, {@code env -i}) fails every Chinese file name, so no command that touches files runs.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, java.nio.charset.Charset fileNames) {
    if (args.length == 0) {
      // A clerk who double-clicks or types the bare name should learn what to type next, not only that it was wrong.
      err.println("用法错误：缺少命令。可用的命令：");
      for (Command c : Command.values()) {
        err.printf("  evalsheet %-8s %s%n", c.verb(), c.description());
      }
      err.println("例如在浏览器中查看本轮提交：evalsheet serve --inbox 收件箱 --out 结果。运行 evalsheet --help 查看全部用法。");
      return USAGE;
    }
    String first = args[0].toLowerCase(Locale.ROOT);
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (first) {
      case "--help", "-h", "help" -> {
        Help.general(out);
        return OK;
      }
      case "--version", "-v", "version" -> {
        out.println("evalsheet " + Version.get());
        return OK;
      }
      default -> { }
    }
    if (!FileNames.canHoldChinese(fileNames)) {
      err.println(FileNames.advice(fileNames));
      return USAGE;
    }
    Command command = Command.find(first);
    if (command == null) {
      err.println("用法错误：未知命令“" + args[0] + "”。可用命令：validate, fill, batch, watch, serve, profile。运行 evalsheet --help 查看用法。");
      return USAGE;
    }
    if (command == Command.PROFILE) {
      return ProfileCommand.run(rest, out, err);
    }
    CommandLineArgs parsed;
    try {
      parsed = CommandLineArgs.parse(command, rest);
    } catch (ParseException e) {
      err.println("用法错误：" + UsageMessages.of(e, command));
      err.println("运行 evalsheet " + command.verb() + " --help 查看用法。");
      return USAGE;
    } catch (IllegalArgumentException e) {
      err.println("用法错误：" + e.getMessage());
      err.println("运行 evalsheet " + command.verb() + " --help 查看用法。");
      return USAGE;
    }
    if (parsed.help()) {
      Help.command(command, out);
      return OK;
    }
    return guarded(() -> switch (command) {
      case VALIDATE, FILL -> new CheckCommand(parsed, out, err).run();
      case BATCH -> new BatchCommand(parsed, out, err).run();
      case WATCH -> new WatchCommand(parsed, out, err).run();
      case SERVE -> new ServeCommand(parsed, rest, out, err).run();
      case PROFILE -> throw new IllegalStateException("handled above");
    }, err, parsed.verbose());
  }

  /** One command's work, which returns its exit code. */
  interface Work {
    int run();
  }

  /**
   * Runs a command: a usage mistake found late exits {@link #USAGE}; anything else thrown is evalsheet's own
   * failure, said as 内部错误 and exited with {@link #INTERNAL}, never confused with an unreadable input.
   */
  static int guarded(Work work, PrintWriter err, boolean verbose) {
    try {
      return work.run();
    } catch (UsageException e) {
      err.println("用法错误：" + e.getMessage());
      return USAGE;
    } catch (RuntimeException | StackOverflowError e) {
      err.println("内部错误：" + e);
      if (verbose) {
        e.printStackTrace(err);
      } else {
        err.println("加 --verbose 可查看详细信息。");
      }
      return INTERNAL;
    }
  }
}
