package org.evalsheet.serve;

import java.util.Locale;

/**
 * Names of uploaded files (上传文件名): what the browser sends is shown to the clerk but never used as a path. Only
 * the last segment is kept, without control characters, characters Windows forbids in names, or leading dots, so
 * {@code ../../etc/passwd} becomes {@code passwd} and {@code C:\Users\a\自评表.xlsx} becomes {@code 自评表.xlsx}.
 */
final class UploadNames {
  static final String FALLBACK = "上传的文件";
  private static final int MAX = 120;

  private UploadNames() {}

  static String safe(String submitted) {
    String s = submitted == null ? "" : submitted;
    int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
    s = s.substring(cut + 1);
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .filter(cp -> !Character.isISOControl(cp) && "<>:\"|?*".indexOf(cp) < 0 && cp != 0x7F
            && Character.getType(cp) != Character.FORMAT)
        .forEach(sb::appendCodePoint);
    String name = sb.toString().strip();
    while (name.startsWith(".")) {
      name = name.substring(1).strip();
    }
    while (name.endsWith(".") || name.endsWith(" ")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.length() > MAX) {
      String ext = extension(name);
      name = name.substring(0, MAX - ext.length()) + ext;
    }
    return name.isEmpty() ? FALLBACK : name;
  }

  /** The extension with its dot, lower case and at most 8 characters (".xlsx"), or "". */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0 || name.length() - dot > 9) {
      return "";
    }
    String ext = name.substring(dot).toLowerCase(Locale.ROOT);
    return ext.chars().skip(1).allMatch(c -> c < 128 && Character.isLetterOrDigit(c)) ? ext : "";
  }
}
