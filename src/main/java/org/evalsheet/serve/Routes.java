package org.evalsheet.serve;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.evalsheet.batch.RoundFiles;
import org.evalsheet.score.FileResult;
import org.evalsheet.serve.BoardRow.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's addresses (网址与处理): the pages, the downloads, the self-check and the JSON API on Javalin, with
 * the security headers on every answer and the token in front of everything that shows the round.
 */
final class Routes {
  private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
  /** Scripts and styles only from this server, no frames, no plugins, forms only back here. */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  /** Files one self-check form may carry (the script sends them one by one). */
  static final int FORM_FILES = 20;
  /** Room for the multipart headers around a file's bytes. */
  private static final long OVERHEAD = 64 * 1024;

  private final ServeOptions opts;
  private final RoundView view;
  private final SelfChecks checks;
  private final Access access;
  private final Downloads downloads;

  private Routes(ServeOptions opts, RoundView view, SelfChecks checks) {
    this.opts = opts;
    this.view = view;
    this.checks = checks;
    this.access = new Access(opts.token());
    this.downloads = new Downloads(opts.outDir());
  }

  /** A configured, not yet started server; its stop waits up to {@code graceMillis} for requests in flight. */
  static Javalin create(ServeOptions opts, RoundView view, SelfChecks checks, long graceMillis) {
    Routes r = new Routes(opts, view, checks);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.startup.startupWatcherEnabled = false;
      config.jetty.host = opts.bind();
      config.jetty.port = opts.port();
      config.jetty.multipartConfig.cacheDirectory(checks.parts().toString());
      config.jetty.multipartConfig.maxFileSize(opts.limits().maxFileBytes(), SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(opts.limits().maxFileBytes() * FORM_FILES + OVERHEAD,
          SizeUnit.BYTES);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      // Pages and JSON are gzipped; workbooks are zip files already and go as they are.
      CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
      List<String> excluded = new ArrayList<>(gzip.getExcludedMimeTypes());
      excluded.addAll(List.of("application/vnd.openxmlformats", "application/vnd.ms-excel"));
      gzip.setExcludedMimeTypes(excluded);
      config.http.compressionStrategy = gzip;
      config.jetty.modifyServer(server -> {
        server.setStopTimeout(graceMillis);
        // Lets a stop wait for the requests in flight (a self-check being answered) instead of cutting them.
        server.insertHandler(new GracefulHandler());
      });
      config.routes.before(r::headers);
      config.routes.get("/assets/app.css", ctx -> r.asset(ctx, "app.css", "text/css; charset=utf-8"));
      config.routes.get("/assets/app.js", ctx -> r.asset(ctx, "app.js", "text/javascript; charset=utf-8"));
      config.routes.get("/", r::board);
      config.routes.get("/file", r::file);
      config.routes.get("/files/<path>", r::download);
      config.routes.get("/api/round", r::round);
      config.routes.get("/api/revision", ctx -> ctx.contentType("text/plain; charset=utf-8")
          .result(Long.toString(view.snapshot().revision())));
      config.routes.get("/check", ctx -> r.html(ctx, "单位自查", Layout.Nav.CHECK, r.checkPage(new Html())));
      config.routes.post("/check", r::checkForm);
      config.routes.post("/api/check", r::checkApi);
      config.routes.get("/check/{id}", r::checkResult);
      config.routes.get("/check/{id}/filled", r::checkFilled);
      config.routes.exception(SelfChecks.Busy.class, (e, ctx) -> r.refuse(ctx, 503, "正在检查的文件太多",
          "服务器正忙，已有很多文件在排队检查。请稍等一分钟再试。"));
      config.routes.exception(SelfChecks.TooLarge.class, (e, ctx) -> r.refuse(ctx, 413, "文件太大",
          "单个文件不能超过 " + r.megabytes() + " MB。请删去多余的工作表或图片后重新检查。"));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("处理 {} {} 时出错", ctx.method(), ctx.path(), e);
        r.refuse(ctx, 500, "出错了", "服务器处理这个请求时出错，详情已写入运行日志。请稍后重试。");
      });
      config.routes.error(404, ctx -> r.refuse(ctx, 404, "找不到这个页面",
          "地址不对，或者这份文件已不在本轮中（自查结果会在一小时内删除）。"));
    });
  }

  private void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    // The token may be in the address: never send it to another site.
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    if (!isRound(ctx.path()) || access.allowed(ctx)) {
      if (access.inQuery(ctx)) {
        ctx.cookie(new Cookie(Access.COOKIE, ctx.queryParam("token"), "/", -1, false, true, null, SameSite.STRICT));
        if (ctx.method().name().equals("GET") && !ctx.path().startsWith("/api/")) {
          ctx.redirect(withoutToken(ctx));
          ctx.skipRemainingHandlers();
        }
      }
      return;
    }
    if (ctx.path().startsWith("/api/") || wantsJson(ctx)) {
      ctx.status(403).contentType("application/json; charset=utf-8")
          .result(ReportJson.error("需要访问口令：在网址后加 ?token=…，或用 Authorization: Bearer 头"));
    } else {
      ctx.status(403).html(Layout.page("需要访问口令", Layout.Nav.NONE, false, Pages.token()));
    }
    ctx.skipRemainingHandlers();
  }

  /** The same address without its {@code token} parameter, so the token does not stay in the address bar. */
  private static String withoutToken(Context ctx) {
    StringBuilder q = new StringBuilder();
    ctx.queryParamMap().forEach((k, values) -> {
      if (!k.equals("token")) {
        for (String v : values) {
          q.append(q.length() == 0 ? "?" : "&").append(Layout.q(k)).append('=').append(Layout.q(v));
        }
      }
    });
    return ctx.path() + q;
  }

  /** The addresses that show the round, behind the token when there is one. */
  static boolean isRound(String path) {
    return path.equals("/") || path.equals("/file") || path.startsWith("/files/") || path.equals("/api/round")
        || path.equals("/api/revision");
  }

  private void asset(Context ctx, String name, String type) throws IOException {
    try (InputStream in = Routes.class.getResourceAsStream(name)) {
      ctx.header("Cache-Control", "max-age=3600");
      ctx.contentType(type).result(in.readAllBytes());
    }
  }

  private void html(Context ctx, String title, Layout.Nav nav, Html body) {
    ctx.contentType("text/html; charset=utf-8").result(Layout.page(title, nav, access.allowed(ctx), body));
  }

  private void board(Context ctx) {
    BoardPage.Query q = BoardPage.Query.of(ctx.queryParamMap());
    if (ctx.queryParam("fragment") != null) {
      ctx.contentType("text/html; charset=utf-8").result(BoardPage.fragment(view.snapshot(), q).toString());
      return;
    }
    html(ctx, "本轮提交情况", Layout.Nav.BOARD, BoardPage.page(view.snapshot(), q, opts.inbox()));
  }

  private void file(Context ctx) {
    RoundView.Snapshot s = view.snapshot();
    String name = ctx.queryParam("name");
    Optional<FileResult> r = name == null ? Optional.empty() : s.file(name);
    if (r.isEmpty()) {
      ctx.status(404);
      return;
    }
    FileResult f = r.get();
    State state = s.roster().superseded().contains(f.file()) ? State.SUPERSEDED : State.of(f.status());
    String filled = downloads.filled(f.file()).isPresent() ? Layout.filledLink(f.file()) : null;
    Html body = new Html();
    body.open("p").el("a", "← 返回本轮提交情况", "href", "/").close("p");
    body.add(FilePage.content(f, new FilePage.Extras(state, s.received().get(f.file()), filled,
        s.previous().get(f.file()), false)));
    html(ctx, f.file(), Layout.Nav.BOARD, body);
  }

  private void download(Context ctx) throws IOException {
    Optional<Path> file = downloads.find(ctx.pathParam("path"), view.snapshot());
    if (file.isEmpty()) {
      ctx.status(404);
      return;
    }
    Downloads.send(ctx, file.get());
  }

  private void round(Context ctx) throws IOException {
    Path report = RoundFiles.reportFile(opts.outDir());
    ctx.contentType("application/json; charset=utf-8");
    if (view.snapshot().revision() == 0 || !Files.isRegularFile(report)) {
      ctx.status(503).header("Retry-After", "2").result(ReportJson.error("本轮报告尚未生成，请稍候再试"));
      return;
    }
    ctx.result(Files.readAllBytes(report));
  }

  private Html checkPage(Html results) {
    return Pages.check(megabytes(), opts.keep(), results);
  }

  long megabytes() {
    return Math.max(1, opts.limits().maxFileBytes() >> 20);
  }

  /** The form without script: every chosen file checked, the results under the form. */
  private void checkForm(Context ctx) throws Exception {
    refuseOversized(ctx, opts.limits().maxFileBytes() * FORM_FILES + OVERHEAD);
    List<UploadedFile> files = uploads(ctx, null);
    if (files.isEmpty()) {
      refuse(ctx, 400, "没有收到文件", "请先选择要检查的自评表。");
      return;
    }
    Html results = new Html();
    for (UploadedFile f : files.subList(0, Math.min(FORM_FILES, files.size()))) {
      SelfChecks.Check c = admitted(f);
      results.add(FilePage.content(c.result(), extras(c)));
    }
    html(ctx, "自查结果", Layout.Nav.CHECK, checkPage(results));
  }

  private void checkApi(Context ctx) throws Exception {
    refuseOversized(ctx, opts.limits().maxFileBytes() + OVERHEAD);
    checks.admit();
    SelfChecks.Check c;
    try {
      List<UploadedFile> files = uploads(ctx, "file");
      if (files.isEmpty()) {
        ctx.status(400).contentType("application/json; charset=utf-8")
            .result(ReportJson.error("没有收到文件：请用 multipart/form-data 的 file 字段上传一个工作簿"));
        return;
      }
      try (InputStream in = files.get(0).content()) {
        c = checks.check(files.get(0).filename(), in);
      }
    } finally {
      checks.release();
    }
    ctx.contentType("application/json; charset=utf-8").result(ReportJson.check(c.result(), "/check/" + c.id(),
        c.filled() == null ? null : "/check/" + c.id() + "/filled"));
  }

  private SelfChecks.Check admitted(UploadedFile f) throws Exception {
    checks.admit();
    try (InputStream in = f.content()) {
      return checks.check(f.filename(), in);
    } finally {
      checks.release();
    }
  }

  private void checkResult(Context ctx) {
    Optional<SelfChecks.Check> c = checks.get(ctx.pathParam("id"));
    if (c.isEmpty()) {
      ctx.status(404);
      return;
    }
    Html article = FilePage.content(c.get().result(), extras(c.get()));
    if (ctx.queryParam("fragment") != null) {
      ctx.contentType("text/html; charset=utf-8").result(article.toString());
      return;
    }
    html(ctx, "自查结果", Layout.Nav.CHECK, checkPage(article));
  }

  private void checkFilled(Context ctx) throws IOException {
    Optional<SelfChecks.Check> c = checks.get(ctx.pathParam("id"));
    if (c.isEmpty() || c.get().filled() == null || !Files.isRegularFile(c.get().filled())) {
      ctx.status(404);
      return;
    }
    Downloads.send(ctx, c.get().filled());
  }

  private static FilePage.Extras extras(SelfChecks.Check c) {
    return new FilePage.Extras(State.of(c.result().status()), c.created(),
        c.filled() == null ? null : "/check/" + c.id() + "/filled", null, true);
  }

  /** Refuses a body announced larger than {@code max} before reading any of it. */
  private void refuseOversized(Context ctx, long max) throws SelfChecks.TooLarge {
    long length = ctx.req().getContentLengthLong();
    if (length > max) {
      throw new SelfChecks.TooLarge();
    }
  }

  /** The uploaded files (of one field, or all); a part over the limit while streaming is a 413 too. */
  private static List<UploadedFile> uploads(Context ctx, String field) throws Exception {
    try {
      return new ArrayList<>(field == null ? ctx.uploadedFiles() : ctx.uploadedFiles(field));
    } catch (Exception e) {
      if (sizeExceeded(e)) {
        throw new SelfChecks.TooLarge();
      }
      throw e;
    }
  }

  /** Whether Jetty's multipart parser gave up because a part or the request was over its configured size. */
  static boolean sizeExceeded(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (m.contains("size exceeded") || m.contains("exceeds max") || m.contains("too large")
          || m.contains("max request size") || m.contains("max file size")) {
        return true;
      }
    }
    return false;
  }

  void refuse(Context ctx, int status, String title, String message) {
    ctx.status(status);
    if (status == 413 || status == 503) {
      // The upload was not read: the connection cannot carry another request.
      ctx.header("Connection", "close");
    }
    if (wantsJson(ctx)) {
      ctx.contentType("application/json; charset=utf-8").result(ReportJson.error(message));
    } else {
      ctx.contentType("text/html; charset=utf-8")
          .result(Layout.page(title, Layout.Nav.NONE, access.allowed(ctx), Pages.message(title, message)));
    }
  }

  private static boolean wantsJson(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("application/json") && !accept.contains("text/html");
  }
}
