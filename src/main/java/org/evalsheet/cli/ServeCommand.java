package org.evalsheet.cli;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.evalsheet.batch.LockHeldException;
import org.evalsheet.batch.RoundFiles;
import org.evalsheet.model.UnreadableFileException;
import org.evalsheet.batch.Roster;
import org.evalsheet.batch.RosterReader;
import org.evalsheet.serve.RoundServer;
import org.evalsheet.serve.ServeOptions;
import org.evalsheet.serve.Tokens;

/**
 * {@code serve} (网页服务): watches the inbox as {@code watch} does and serves the round board, the file pages and
 * the self-check until Ctrl-C or SIGTERM; prints the address (with the token when it listens beyond this machine).
 */
final class ServeCommand {
  /** Set to keep the same token across restarts, so that bookmarks keep working. */
  static final String TOKEN_ENV = "EVALSHEET_TOKEN";

  private final CommandLineArgs args;
  private final String[] raw;
  private final PrintWriter out;
  private final PrintWriter err;

  ServeCommand(CommandLineArgs args, String[] raw, PrintWriter out, PrintWriter err) {
    this.args = args;
    this.raw = raw;
    this.out = out;
    this.err = err;
  }

  /** The options only {@code serve} has. */
  static void options(Options o) {
    o.addOption(Option.builder().longOpt("inbox").hasArg().argName("INBOX")
        .desc("收件文件夹（必填），各单位的文件放在这里 / the drop folder (required)").get());
    o.addOption(Option.builder().longOpt("port").hasArg().argName("PORT")
        .desc("端口，默认 " + ServeOptions.DEFAULT_PORT + " / TCP port").get());
    o.addOption(Option.builder().longOpt("bind").hasArg().argName("ADDRESS")
        .desc("监听地址，默认 127.0.0.1（只有本机能访问）；0.0.0.0 供局域网访问，此时需要口令 / listen address; "
            + "anything but loopback needs the printed token").get());
    o.addOption(Option.builder().longOpt("queue").hasArg().argName("N")
        .desc("自查排队上限，超过时提示稍后再试，默认 " + ServeOptions.DEFAULT_QUEUE + " / self-checks waiting at most")
        .get());
    o.addOption(Option.builder().longOpt("keep").hasArg().argName("MINUTES")
        .desc("自查结果和副本保留的分钟数，默认 " + ServeOptions.DEFAULT_KEEP.toMinutes() + "，最多 60 / minutes a "
            + "self-check is kept").get());
  }

  int run() {
    if (args.json() != null) {
      throw new UsageException("serve 没有 --json：报告总在 OUTDIR/report.json，也可以从 /api/round 取得");
    }
    Path inbox = args.inputs().get(0);
    if (!Files.isDirectory(inbox)) {
      err.println("无法读取收件文件夹：" + inbox + (Files.exists(inbox) ? " 不是文件夹" : " 不存在"));
      return Main.UNREADABLE;
    }
    ServeOptions opts;
    try {
      opts = options(inbox);
    } catch (ParseException | IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    } catch (UnreadableFileException e) {
      err.println("无法读取名单文件 " + args.roster() + "：" + e.reason());
      return Main.UNREADABLE;
    }
    if (opts.outDir().startsWith(opts.inbox()) || opts.inbox().startsWith(opts.outDir())) {
      throw new UsageException("输出目录和收件文件夹不能互相包含：" + args.out());
    }
    try (LogFile log = Main.openLog(args, RoundFiles.logFile(opts.outDir()), err)) {
      RoundServer server;
      try {
        server = RoundServer.start(opts, this::console);
      } catch (LockHeldException e) {
        err.println(e.getMessage());
        return Main.USAGE;
      } catch (JavalinBindException e) {
        err.println("无法在 " + opts.bind() + ":" + opts.port() + " 上启动：端口已被占用或没有权限。请用 --port 换一个端口。");
        return Main.USAGE;
      } catch (IOException e) {
        err.println("无法启动：" + e.getMessage());
        return Main.UNREADABLE;
      }
      WatchSignals.install(server::stop, err, "正在停止：回答完正在检查的文件、写出汇总后退出（再按一次 Ctrl-C 立即退出）");
      printStarted(server, opts, log.file());
      try {
        server.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        server.stop();
      }
      out.println("已停止，汇总表和报告是最新的：" + RoundFiles.summaryFile(opts.outDir()));
      out.flush();
      return Main.OK;
    }
  }

  private ServeOptions options(Path inbox) throws ParseException, UnreadableFileException {
    CommandLine cl = DefaultParser.builder().get().parse(CommandLineArgs.options(Command.SERVE), raw);
    int port = cl.hasOption("port") ? number(cl, "port", 0, 65535) : ServeOptions.DEFAULT_PORT;
    String bind = cl.getOptionValue("bind", ServeOptions.DEFAULT_BIND).strip();
    int queue = cl.hasOption("queue") ? number(cl, "queue", 0, 100_000) : ServeOptions.DEFAULT_QUEUE;
    Duration keep = cl.hasOption("keep") ? Duration.ofMinutes(number(cl, "keep", 1, 60)) : ServeOptions.DEFAULT_KEEP;
    Roster roster = args.roster() == null ? null : RosterReader.read(args.roster(), args.limits());
    String token = null;
    if (!ServeOptions.loopback(bind)) {
      String fixed = System.getenv(TOKEN_ENV);
      token = fixed != null && fixed.strip().length() >= 8 ? fixed.strip() : Tokens.newToken();
    }
    return new ServeOptions(inbox, args.out(), bind, port, roster, args.profile(), args.limits(), args.threads(),
        args.settle(), queue, keep, token);
  }

  private static int number(CommandLine cl, String name, int min, int max) throws ParseException {
    String v = cl.getOptionValue(name);
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ParseException("--" + name + " 应为 " + min + " 到 " + max + " 之间的整数：" + v);
  }

  private void printStarted(RoundServer server, ServeOptions opts, Path log) {
    String base = server.url().replaceFirst("\\?token=.*$", "");
    out.println("evalsheet 网页服务已启动，正在监视 " + opts.inbox() + "，结果写到 " + opts.outDir());
    out.println("  本轮提交情况（财政局）：" + server.url());
    out.println("  单位自查（各单位）：    " + base + "check");
    if (opts.token() != null) {
      out.println("  局域网内其他电脑把 " + base.replaceFirst("//[^:/]+", "//本机地址") + " 换成本机的 IP 地址访问；"
          + "本轮提交情况需要带上面的 token，单位自查不需要。");
    }
    out.println("  运行日志：" + log + "。按 Ctrl-C 停止。");
    out.flush();
  }

  /** One of the watcher's lines for the clerk. */
  private void console(String line) {
    err.println(line);
    err.flush();
  }
}
