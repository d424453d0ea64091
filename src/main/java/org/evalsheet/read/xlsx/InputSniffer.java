package org.evalsheet.read.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Looks at the first bytes of an input (文件类型识别) before POI does, so that a renamed web page, CSV or Word
 * file is named as such instead of "damaged".
 */
final class InputSniffer {

  /** What the first bytes say the file is. */
  enum Kind { ZIP, OLE2, HTML, TEXT, XML_2003, UNKNOWN }

  static final int HEAD_BYTES = 4096;

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};

  private InputSniffer() {}

  /** Classifies a non-empty file by its first {@value #HEAD_BYTES} bytes. */
  static Kind classify(byte[] head) {
    if (startsWith(head, ZIP)) {
      return Kind.ZIP;
    }
    if (startsWith(head, OLE2)) {
      return Kind.OLE2;
    }
    String text = decode(head);
    if (text == null) {
      return Kind.UNKNOWN;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String start = lower.stripLeading();
    if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")
        || start.startsWith("mime-version:")) {
      return Kind.HTML;
    }
    // Excel's own "XML Spreadsheet 2003"; its HTML export names Excel.Sheet too, so HTML is ruled out first.
    if (start.startsWith("<?xml") && (lower.contains("urn:schemas-microsoft-com:office:spreadsheet")
        || lower.contains("progid=\"excel.sheet\""))) {
      return Kind.XML_2003;
    }
    if (lower.contains("<html") || lower.contains("<table")) {
      return Kind.HTML;
    }
    return Kind.TEXT;
  }

  /**
   * What an OLE2 file holds besides an Excel workbook: a reason to reject it, or null when it has a workbook stream
   * (whose FILEPASS encryption or old BIFF version POI reports itself).
   */
  static String ole2Reason(Path file) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      Set<String> names = root.getEntryNames();
      if (names.contains("EncryptionInfo") || names.contains("EncryptedPackage")) {
        return InputReasons.PASSWORD;
      }
      if (names.contains("Workbook") || names.contains("WORKBOOK") || names.contains("BOOK")
          || names.contains("Book")) {
        return null;
      }
      if (names.contains("WordDocument")) {
        return InputReasons.WORD;
      }
      if (names.contains("PowerPoint Document")) {
        return InputReasons.POWERPOINT;
      }
      return InputReasons.OTHER_OFFICE;
    }
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The head as text, or null when it holds control bytes no text file has. UTF-16 is recognised by its byte order
   * mark (Excel's "Unicode text"); anything else is scanned byte-wise, which keeps UTF-8 and GBK alike.
   */
  private static String decode(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
    }
    int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    for (int i = from; i < head.length; i++) {
      int c = head[i] & 0xFF;
      boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
      if (control || c == 0x7F) {
        return null;
      }
    }
    return new String(head, from, head.length - from, StandardCharsets.ISO_8859_1);
  }
}
