package org.evalsheet.serve;

import java.time.Duration;

/**
 * The self-check page and the short pages that refuse (自查页与提示页): each refusal says in Chinese what happened
 * and what to do, in an element marked {@code data-message} so the self-check's script can show the same words.
 */
final class Pages {
  private Pages() {}

  /** {@code /check}: choose or drop workbooks; results appear below, newest first. */
  static Html check(long maxMegabytes, Duration keep, Html results) {
    Html h = new Html();
    h.open("div", "data-page", "check");
    h.el("h1", "单位自查：提交前先检查自评表");
    h.open("p", "class", "notice").el("strong", "这里只做检查，不是提交。")
        .text("文件不会进入本轮，财政局看不到检查结果；上传的文件检查完立即删除，检查结果和填好的副本在 "
            + minutes(keep) + " 分钟后删除。检查没有问题后，请按原来的方式报送。").close("p");
    h.open("form", "method", "post", "action", "/check", "enctype", "multipart/form-data", "class", "panel");
    h.open("div", "id", "drop", "class", "drop");
    h.open("p").el("strong", "把自评表拖到这里").text("，或者").close("p");
    // The browser's own file button speaks the browser's language; this label speaks Chinese and stays reachable
    // by keyboard through the (visually hidden, still focusable) input before it.
    h.open("p")
        .empty("input", "type", "file", "id", "files", "name", "file", "multiple", "multiple", "class", "file",
            "accept", ".xlsx,.xlsm,.xls", "required", "required")
        .el("label", "选择文件……", "for", "files", "class", "button")
        .text(" ").el("button", "开始检查", "type", "submit", "class", "secondary").close("p");
    h.el("p", "可以一次选择多个文件。支持 Excel、WPS 保存的 .xlsx、.xlsm 和 .xls，每个文件不超过 " + maxMegabytes
        + " MB。一般一秒内出结果。", "class", "muted");
    h.close("div").close("form");
    h.el("p", "", "id", "check-status", "role", "status", "aria-live", "polite");
    h.open("div", "id", "results", "class", "checks").add(results).close("div");
    return h.close("div");
  }

  /** A refusal or a missing page: a heading and one sentence of advice. */
  static Html message(String title, String message) {
    Html h = new Html();
    h.el("h1", title);
    h.el("p", message, "class", "notice bad", "data-message", "1");
    h.open("p").el("a", "返回单位自查", "href", "/check").close("p");
    return h;
  }

  /** The page asking for the access token printed when the server started. */
  static Html token() {
    Html h = new Html();
    h.el("h1", "需要访问口令");
    h.el("p", "本轮提交情况只对财政局开放。请使用启动 evalsheet 时屏幕上显示的完整网址（含 token=…），"
        + "或在下面输入口令。单位自查不需要口令。", "class", "notice", "data-message", "1");
    h.open("form", "method", "get", "action", "/", "class", "panel")
        .el("label", "口令：", "for", "token")
        .empty("input", "type", "text", "id", "token", "name", "token", "autocomplete", "off", "required", "required")
        .text(" ").el("button", "进入", "type", "submit").close("form");
    h.open("p").el("a", "去单位自查", "href", "/check").close("p");
    return h;
  }

  private static long minutes(Duration d) {
    return Math.max(1, (d.toSeconds() + 59) / 60);
  }
}
