package org.evalsheet.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.evalsheet.model.Version;

/**
 * The frame of every page (页面框架): a title bar with the navigation, a skip link for keyboards, the content, and
 * a footer; the stylesheet and script are served by this server, nothing comes from elsewhere.
 */
final class Layout {
  /** The navigation entries a page may mark as current. */
  enum Nav { BOARD, CHECK, NONE }

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private Layout() {}

  /**
   * A whole page.
   *
   * @param title the page's title (escaped)
   * @param nav the navigation entry to mark
   * @param round whether the visitor may see the round (the board's link is shown only then)
   * @param body the content, already escaped by its writer
   */
  static String page(String title, Nav nav, boolean round, Html body) {
    Html h = new Html();
    h.markup("<!DOCTYPE html>").open("html", "lang", "zh-CN").open("head")
        .empty("meta", "charset", "utf-8")
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .el("title", title + " - 绩效自评表检查")
        .empty("link", "rel", "stylesheet", "href", "/assets/app.css")
        .close("head").open("body")
        .el("a", "跳到正文", "class", "skip", "href", "#main")
        .open("header", "class", "top").el("div", "绩效自评表检查", "class", "brand")
        .open("nav", "aria-label", "主菜单");
    if (round) {
      h.el("a", "本轮提交", "href", "/", "aria-current", nav == Nav.BOARD ? "page" : null);
    }
    h.el("a", "单位自查", "href", "/check", "aria-current", nav == Nav.CHECK ? "page" : null);
    if (round) {
      h.el("a", "下载汇总表", "href", "/files/summary.xlsx");
    }
    h.close("nav").close("header")
        .open("main", "id", "main").add(body).close("main")
        .open("footer").text("evalsheet " + Version.get() + " · 本页面由本单位的计算机提供，不访问互联网。")
        .close("footer")
        .empty("script", "src", "/assets/app.js", "defer", "defer").close("script")
        .close("body").close("html");
    return h.toString();
  }

  /** {@code 2024-03-05 14:30} in the server's time zone, or — for none. */
  static String time(Instant t) {
    return t == null ? "—" : TIME.format(t);
  }

  /** A query parameter value, URL-encoded. */
  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The link to a round file's page. */
  static String fileLink(String file) {
    return "/file?name=" + q(file);
  }

  /** The link to a round file's filled copy. */
  static String filledLink(String file) {
    return "/files/filled/" + pathSegments(file);
  }

  /** A relative path with each segment URL-encoded (spaces as %20), slashes kept. */
  static String pathSegments(String path) {
    StringBuilder sb = new StringBuilder();
    for (String seg : path.split("/", -1)) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(URLEncoder.encode(seg, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }
}
