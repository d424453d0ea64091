package org.evalsheet.read.xlsx;

import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.internal.InvalidZipException;
import org.apache.poi.xssf.XLSBUnsupportedException;
import org.evalsheet.model.ReadLimits;

/**
 * The Chinese reasons an input is rejected with (拒收原因), worded for a clerk, and the mapping from whatever POI
 * throws to one of them.
 */
final class InputReasons {
  static final String EMPTY = "文件为空（0 字节）";
  static final String CORRUPT = "文件已损坏（不完整或不是有效的 Excel 文件）";
  static final String WORD = "文件是 Word 文档，不是 Excel 工作簿（请用 Excel 另存为 .xlsx）";
  static final String POWERPOINT = "文件是 PowerPoint 演示文稿，不是 Excel 工作簿（请用 Excel 另存为 .xlsx）";
  static final String ODS = "文件是 ODS 表格，不是 Excel 工作簿（请用 Excel 另存为 .xlsx）";
  static final String OPEN_DOCUMENT = "文件是 OpenDocument 文档，不是 Excel 工作簿（请用 Excel 另存为 .xlsx）";
  static final String OTHER_OFFICE = "文件是其他 Office 文件，不是 Excel 工作簿（请用 Excel 另存为 .xlsx）";
  static final String HTML = "文件是网页(HTML)，扩展名被改成了 .xlsx，请用 Excel 另存为 .xlsx";
  static final String TEXT = "文件是文本(CSV)，扩展名被改成了 .xlsx，请用 Excel 另存为 .xlsx";
  static final String XML_2003 = "文件是 Excel 2003 XML 表格，暂不支持，请用 Excel 另存为 .xlsx";
  static final String PASSWORD = "文件受密码保护，请去除密码后重新提交";
  static final String OLD_EXCEL = "文件是旧版 Excel（5.0/95 或更早）格式，请用 Excel 另存为 .xlsx";
  static final String XLSB = "文件是 Excel 二进制工作簿(.xlsb)，暂不支持，请用 Excel 另存为 .xlsx";
  static final String STRICT = "文件为 Strict Open XML 格式，暂不支持，请在 Excel 中另存为普通 .xlsx";
  static final String PLAIN_ZIP = "文件是普通压缩包(zip)，不是 Excel 工作簿";
  static final String COMPRESSION = "文件使用了 Excel 不支持的压缩方式，已拒绝（请用 Excel 另存为 .xlsx）";
  static final String BOMB = "文件疑似压缩炸弹（解压后体积异常），已拒绝";
  static final String TOO_MANY_ENTRIES = "文件包含的条目过多（超过 " + ReadLimits.MAX_ZIP_ENTRIES + " 个），已拒绝";
  static final String DUPLICATE_ENTRIES = "文件结构异常（压缩包内有重名条目），已拒绝";
  static final String DOCTYPE = "文件包含不安全的 XML 声明（DOCTYPE），已拒绝";
  static final String OUT_OF_MEMORY = "文件过大，读取时内存不足，已拒绝";
  static final String INTERRUPTED = "读取被中止（超时或程序正在退出）";
  static final String MISSING = "文件不存在或已被移走";
  static final String NO_ACCESS = "文件无法读取（没有权限，或正被其他程序占用）";

  /** Failures recognised by their type alone, tried in this order before any message is looked at. */
  private static final List<Map.Entry<Class<? extends Throwable>, String>> BY_TYPE = List.of(
      Map.entry(OutOfMemoryError.class, OUT_OF_MEMORY),
      Map.entry(ClosedByInterruptException.class, INTERRUPTED),
      Map.entry(InterruptedIOException.class, INTERRUPTED),
      Map.entry(InterruptedException.class, INTERRUPTED),
      Map.entry(NoSuchFileException.class, MISSING),
      Map.entry(AccessDeniedException.class, NO_ACCESS),
      Map.entry(EmptyFileException.class, EMPTY),
      Map.entry(EncryptedDocumentException.class, PASSWORD),
      Map.entry(OldFileFormatException.class, OLD_EXCEL),
      Map.entry(XLSBUnsupportedException.class, XLSB),
      Map.entry(ODFNotOfficeXmlFileException.class, ODS));

  private InputReasons() {}

  /** {@code 文件过大（超过 50 MB）}: the limit in MB, or in KB when below one MB. */
  static String tooLarge(long maxBytes) {
    return "文件过大（超过 " + size(maxBytes) + "）";
  }

  /** {@code 文件解压后过大（超过 256 MB），已拒绝}. */
  static String expandedTooLarge(long maxBytes) {
    return "文件解压后过大（超过 " + size(maxBytes) + "），已拒绝";
  }

  private static String size(long bytes) {
    boolean mb = bytes >= 1L << 20;
    BigDecimal n = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(mb ? 1L << 20 : 1L << 10), 2,
        RoundingMode.HALF_UP);
    return n.stripTrailingZeros().toPlainString() + (mb ? " MB" : " KB");
  }

  /**
   * The reason for a failure while POI opened the file. POI has no exception types for its security limits, so
   * those are recognised by their (stable, English) messages anywhere in the cause chain; the hostile-input tests
   * pin each of them.
   */
  static String forFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String reason = forOne(t);
      if (reason != null) {
        return reason;
      }
    }
    return CORRUPT;
  }

  private static String forOne(Throwable t) {
    for (Map.Entry<Class<? extends Throwable>, String> byType : BY_TYPE) {
      if (byType.getKey().isInstance(t)) {
        return byType.getValue();
      }
    }
    String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
    if (t instanceof InvalidZipException && m.contains("more than 1 entry")) {
      return DUPLICATE_ENTRIES;
    }
    if (m.contains("zip bomb detected") || m.contains("max allowed overall size of extracted text")) {
      return BOMB;
    }
    if (m.contains("embeds more internal file entries than expected")) {
      return TOO_MANY_ENTRIES;
    }
    if (m.contains("doctype is disallowed") || m.contains("entity expansion") || m.contains("jaxp0001")) {
      return DOCTYPE;
    }
    if (m.contains("strict ooxml")) {
      return STRICT;
    }
    // A Word or PowerPoint package whose main part is not where the sniff looks for it.
    if (m.contains("is really a doc file") || m.contains("wordprocessingml/2006/main is not a valid workbook")) {
      return WORD;
    }
    if (m.contains("is really a ppt file") || m.contains("presentationml/2006/main is not a valid workbook")) {
      return POWERPOINT;
    }
    return null;
  }
}
