package org.evalsheet.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.evalsheet.batch.RoundFiles;

/**
 * The round's downloads under {@code /files/} (下载): summary.xlsx, report.json and the filled copy of each file in
 * the round, and nothing else. A requested path is never resolved as given: it must name one of these, and the file
 * found must lie under the output folder once links are resolved, so {@code ..}, encoded slashes and links out of
 * the folder all end in 404.
 */
final class Downloads {
  private final Path outDir;

  Downloads(Path outDir) {
    this.outDir = outDir;
  }

  /** The file a {@code /files/…} path names, if it is one of the round's downloads. */
  Optional<Path> find(String path, RoundView.Snapshot s) {
    if (path == null) {
      return Optional.empty();
    }
    if (path.equals("summary.xlsx")) {
      return existing(RoundFiles.summaryFile(outDir), outDir);
    }
    if (path.equals("report.json")) {
      return existing(RoundFiles.reportFile(outDir), outDir);
    }
    if (path.startsWith("filled/")) {
      String name = path.substring("filled/".length());
      // Only a file the round lists: its name was made by the inbox listing, never by this request.
      if (s.file(name).isPresent()) {
        return filled(name);
      }
    }
    return Optional.empty();
  }

  /** The filled copy of a round file, if one was written. */
  Optional<Path> filled(String name) {
    Path dir = RoundFiles.filledDir(outDir);
    return existing(dir.resolve(name).normalize(), dir);
  }

  private static Optional<Path> existing(Path file, Path under) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Path real = file.toRealPath();
      return real.startsWith(under.toRealPath()) ? Optional.of(real) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Sends a file as an attachment under its own name (RFC 6266, so Chinese names survive every browser). */
  static void send(Context ctx, Path file) throws IOException {
    String name = file.getFileName().toString();
    ctx.contentType(type(name));
    ctx.header("Content-Disposition", "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    InputStream in = Files.newInputStream(file);
    ctx.result(in);
  }

  private static String type(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".xlsx")) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    if (n.endsWith(".xlsm")) {
      return "application/vnd.ms-excel.sheet.macroEnabled.12";
    }
    if (n.endsWith(".xls")) {
      return "application/vnd.ms-excel";
    }
    if (n.endsWith(".json")) {
      return "application/json; charset=utf-8";
    }
    return "application/octet-stream";
  }

  /** A fallback name for old clients: non-ASCII and quotes replaced. */
  private static String ascii(String name) {
    StringBuilder sb = new StringBuilder();
    name.chars().forEach(c -> sb.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
    return sb.toString();
  }
}
