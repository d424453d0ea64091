package org.evalsheet.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * The charset file names are encoded in (文件名编码): Java takes it from the locale once, at start-up, and no
 * option changes it afterwards. Without a UTF-8 (or Chinese) locale every Chinese file name fails with "Malformed
 * input", so the command line refuses to start and says in one line what to set; {@code bin/evalsheet} sets it.
 */
final class FileNames {
  /** Words of the kind every inbox holds, which the charset must encode. */
  private static final String SAMPLE = "青岛市绩效自评表（终稿）";

  private FileNames() {}

  /** The JVM's file-name charset, or null when it does not say (then nothing is refused). */
  static Charset charset() {
    String name = System.getProperty("sun.jnu.encoding");
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Whether Chinese file names survive this charset (UTF-8, or GBK on Chinese Windows); null counts as yes. */
  static boolean canHoldChinese(Charset charset) {
    return charset == null || charset.canEncode() && charset.newEncoder().canEncode(SAMPLE);
  }

  /** The one line said instead of running. */
  static String advice(Charset charset) {
    return "无法运行：当前区域设置的字符编码（" + charset.name() + "）不能表示中文文件名。请先设置 LANG=zh_CN.UTF-8"
        + "（系统没有中文区域设置时用 LANG=C.UTF-8）再运行，或改用会自动设置的 bin/evalsheet / no UTF-8 locale:"
        + " set LANG=zh_CN.UTF-8 (or C.UTF-8) first";
  }
}
