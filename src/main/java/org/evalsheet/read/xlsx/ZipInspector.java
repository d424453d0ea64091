package org.evalsheet.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.evalsheet.model.ReadLimits;

/**
 * Checks a zip-based input (压缩包检查) before anything parses it: entry count, duplicate names, declared inflate
 * ratios and sizes, local headers that name other parts, what kind of document it is, and whether any XML part
 * declares a DOCTYPE. Works on the file read once ({@link WorkbookFile}): its central directory and the first bytes
 * of XML parts.
 *
 * <p>Declared sizes can lie; a lying entry is still caught when it is inflated, by {@link WorkbookFile}'s bounds
 * (the streaming reader and the patcher) or POI's {@code ZipSecureFile} (the usermodel), which count the bytes
 * actually inflated (see {@link WorkbookOpener#configureSecurity()}).
 */
final class ZipInspector {
  /** Compressed over inflated size below this is a zip bomb (POI's own default). */
  static final double MIN_INFLATE_RATIO = 0.01;
  /** Entries smaller than this inflated are never called bombs, whatever their ratio (POI's grace size). */
  static final long GRACE_ENTRY_BYTES = 100 * 1024L;

  private static final int CHUNK = 4096;
  private static final int MAX_PROLOG = 64 * 1024;

  /** How much of a part is scanned first; most prologs end well within it. */
  private static final int PREFIX = 256;
  /** One read buffer per thread, as large as the longest prolog or head read. */
  private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[MAX_PROLOG]);

  private ZipInspector() {}

  /**
   * The reason to reject the zip, or null when it looks like an ordinary transitional .xlsx/.xlsm.
   *
   * @throws IOException when its central directory does not read (the JDK's {@code ZipFile} would not open it)
   */
  static String reason(WorkbookFile zip, ReadLimits limits) throws IOException {
    if (!zip.isZip()) {
      throw zip.unreadable();
    }
    Set<String> names = new HashSet<>();
    long expanded = 0;
    int count = 0;
    for (WorkbookFile.Entry e : zip.entries()) {
      if (++count > ReadLimits.MAX_ZIP_ENTRIES) {
        return InputReasons.TOO_MANY_ENTRIES;
      }
      // Part names in a package are case-insensitive, so two spellings of one name are the same part.
      if (!names.add(e.name().toLowerCase(Locale.ROOT))) {
        return InputReasons.DUPLICATE_ENTRIES;
      }
      if (e.method() != ZipEntry.STORED && e.method() != ZipEntry.DEFLATED) {
        return InputReasons.COMPRESSION;
      }
      long size = e.size();
      long packed = e.compressedSize();
      if (size > GRACE_ENTRY_BYTES && packed >= 0 && (double) packed / size < MIN_INFLATE_RATIO) {
        return InputReasons.BOMB;
      }
      expanded += Math.max(0, size);
    }
    if (expanded > limits.maxExpandedBytes()) {
      return InputReasons.expandedTooLarge(limits.maxExpandedBytes());
    }
    if (!localNamesAgree(zip.content())) {
      return InputReasons.CORRUPT;
    }
    String kind = kindReason(zip, names);
    if (kind != null) {
      return kind;
    }
    for (WorkbookFile.Entry e : zip.entries()) {
      String name = e.name().toLowerCase(Locale.ROOT);
      boolean xml = name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
      if (xml && !e.isDirectory() && declaresDoctype(zip, e)) {
        return InputReasons.DOCTYPE;
      }
    }
    return null;
  }

  /**
   * Whether every entry's local header names the part its central-directory record names. The JDK reads the
   * directory, POI's fallback reader the local headers: a package whose two disagree is a different workbook to
   * each of them (a fuzz finding: a copy written from one view and checked with the other), so it is damaged.
   * Reads only the directory and the local headers; a zip64 archive, which no workbook needs, is not checked here.
   */
  static boolean localNamesAgree(Path file) throws IOException {
    return localNamesAgree(java.nio.file.Files.readAllBytes(file));
  }

  /** {@link #localNamesAgree(Path)} on a file's bytes. */
  static boolean localNamesAgree(byte[] file) {
    ByteBuffer all = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    long size = file.length;
    int tail = (int) Math.min(size, 22 + 65_535);
    ByteBuffer end = all.slice((int) (size - tail), tail).order(ByteOrder.LITTLE_ENDIAN);
    int eocd = -1;
    for (int i = tail - 22; i >= 0; i--) {
      if (end.getInt(i) == 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      return true; // no directory to compare with: the directory reader has already refused the file
    }
    int count = end.getShort(eocd + 10) & 0xFFFF;
    long dirSize = end.getInt(eocd + 12) & 0xFFFFFFFFL;
    long dirOffset = end.getInt(eocd + 16) & 0xFFFFFFFFL;
    if (count == 0xFFFF || dirSize == 0xFFFFFFFFL || dirOffset == 0xFFFFFFFFL || dirOffset + dirSize > size
        || dirSize > Integer.MAX_VALUE) {
      return true;
    }
    ByteBuffer dir = all.slice((int) dirOffset, (int) dirSize).order(ByteOrder.LITTLE_ENDIAN);
    int p = 0;
    for (int n = 0; n < count; n++) {
      if (p + 46 > dir.limit() || dir.getInt(p) != 0x02014b50) {
        return false;
      }
      int nameLength = dir.getShort(p + 28) & 0xFFFF;
      int extra = dir.getShort(p + 30) & 0xFFFF;
      int comment = dir.getShort(p + 32) & 0xFFFF;
      long local = dir.getInt(p + 42) & 0xFFFFFFFFL;
      if (p + 46 + nameLength > dir.limit()) {
        return false;
      }
      if (local != 0xFFFFFFFFL) {
        if (local + 30 + nameLength > size) {
          return false;
        }
        ByteBuffer head = all.slice((int) local, 30 + nameLength).order(ByteOrder.LITTLE_ENDIAN);
        if (head.getInt(0) != 0x04034b50 || (head.getShort(26) & 0xFFFF) != nameLength) {
          return false;
        }
        for (int i = 0; i < nameLength; i++) {
          if (head.get(30 + i) != dir.get(p + 46 + i)) {
            return false;
          }
        }
      }
      p += 46 + nameLength + extra + comment;
    }
    return true;
  }

  /**
   * Whether any header of a zip the JDK cannot open names a compression method other than stored or deflated, the
   * only two in a workbook package. POI's fallback reader would try such an entry with a codec evalsheet does not
   * carry (Zstandard, XZ…), so it is refused first. Reads the file's headers, not its entries.
   */
  static boolean foreignCompression(Path file) throws IOException {
    return foreignCompression(java.nio.file.Files.readAllBytes(file));
  }

  /** {@link #foreignCompression(Path)} on a file's bytes. */
  static boolean foreignCompression(byte[] b) {
    for (int i = 0; i + 12 <= b.length; i++) {
      if (b[i] != 'P' || b[i + 1] != 'K') {
        continue;
      }
      int offset = b[i + 2] == 3 && b[i + 3] == 4 ? 8 : b[i + 2] == 1 && b[i + 3] == 2 ? 10 : -1;
      if (offset < 0 || i + offset + 2 > b.length) {
        continue;
      }
      int method = (b[i + offset] & 0xFF) | (b[i + offset + 1] & 0xFF) << 8;
      if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
        return true;
      }
    }
    return false;
  }

  private static String kindReason(WorkbookFile zip, Set<String> names) throws IOException {
    if (names.contains("mimetype")) {
      String mime = head(zip, zip.exact("mimetype"), 256);
      if (mime.contains("opendocument.spreadsheet")) {
        return InputReasons.ODS;
      }
      if (mime.contains("opendocument")) {
        return InputReasons.OPEN_DOCUMENT;
      }
    }
    if (names.contains("word/document.xml")) {
      return InputReasons.WORD;
    }
    if (names.contains("ppt/presentation.xml")) {
      return InputReasons.POWERPOINT;
    }
    if (names.contains("xl/workbook.bin")) {
      return InputReasons.XLSB;
    }
    if (!names.contains("[content_types].xml")) {
      return names.stream().anyMatch(n -> n.startsWith("xl/")) ? InputReasons.CORRUPT : InputReasons.PLAIN_ZIP;
    }
    WorkbookFile.Entry rels = entry(zip, "_rels/.rels");
    if (rels != null && head(zip, rels, MAX_PROLOG).toLowerCase(Locale.ROOT)
        .contains("purl.oclc.org/ooxml/officedocument/relationships/officedocument")) {
      return InputReasons.STRICT;
    }
    WorkbookFile.Entry workbook = entry(zip, "xl/workbook.xml");
    if (workbook != null && head(zip, workbook, CHUNK).contains("purl.oclc.org/ooxml/spreadsheetml/main")) {
      return InputReasons.STRICT;
    }
    return null;
  }

  private static WorkbookFile.Entry entry(WorkbookFile zip, String lowerName) {
    WorkbookFile.Entry exact = zip.exact(lowerName);
    return exact != null ? exact : zip.entry(lowerName);
  }

  private static String head(WorkbookFile zip, WorkbookFile.Entry e, int max) throws IOException {
    byte[] buf = BUFFER.get();
    try (InputStream in = zip.stream(e)) {
      return new String(buf, 0, in.readNBytes(buf, 0, max), StandardCharsets.ISO_8859_1);
    }
  }

  /** Reads the part a chunk at a time until its root element starts, and says whether a DOCTYPE came first. */
  private static boolean declaresDoctype(WorkbookFile zip, WorkbookFile.Entry e) throws IOException {
    byte[] read = BUFFER.get();
    int size = 0;
    try (InputStream in = zip.stream(e)) {
      while (size < MAX_PROLOG) {
        int n = in.readNBytes(read, size, CHUNK);
        size += n;
        // A prolog is usually a few dozen bytes: a verdict on a prefix is the verdict on the whole, so the short
        // prefix is tried before decoding the whole chunk.
        Boolean verdict = size > PREFIX ? scan(decode(read, PREFIX), false, true) : null;
        if (verdict == null) {
          verdict = scanProlog(read, size, n < CHUNK);
        }
        if (verdict != null) {
          return verdict;
        }
      }
    }
    // A prolog longer than 64 KB is left to the parser, which refuses DOCTYPE declarations itself.
    return false;
  }

  /**
   * Scans an XML prolog: true when a DOCTYPE declaration comes before the root element, false when the root element
   * (or the end of the part) comes first, null when more bytes are needed to tell.
   */
  static Boolean scanProlog(byte[] bytes, boolean complete) {
    return scanProlog(bytes, bytes.length, complete);
  }

  /** {@link #scanProlog(byte[], boolean)} on the first {@code length} bytes. */
  static Boolean scanProlog(byte[] bytes, int length, boolean complete) {
    return scan(decode(bytes, length), complete, false);
  }

  /** The scan; {@code prefix}: the text is a prefix of what the chunk holds, so a near-end markup waits for more. */
  private static Boolean scan(String s, boolean complete, boolean prefix) {
    int i = 0;
    while (true) {
      while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
        i++;
      }
      if (i >= s.length()) {
        return complete ? Boolean.FALSE : null;
      }
      if (s.startsWith("<?", i)) {
        i = skipPast(s, i, "?>");
      } else if (s.startsWith("<!--", i)) {
        i = skipPast(s, i, "-->");
      } else if (s.length() - i < 9 && (prefix || "<!DOCTYPE".startsWith(s.substring(i))) && !complete) {
        return null;
      } else {
        return s.regionMatches(true, i, "<!DOCTYPE", 0, 9);
      }
      if (i < 0) {
        return complete ? Boolean.FALSE : null;
      }
    }
  }

  private static int skipPast(String s, int from, String end) {
    int at = s.indexOf(end, from + 2);
    return at < 0 ? -1 : at + end.length();
  }

  private static String decode(byte[] b, int length) {
    Charset cs = StandardCharsets.ISO_8859_1;
    if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new String(b, 3, length - 3, cs);
    }
    if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
    } else if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
    } else if (length >= 2 && b[0] == '<' && b[1] == 0) {
      cs = StandardCharsets.UTF_16LE;
    } else if (length >= 2 && b[0] == 0 && b[1] == '<') {
      cs = StandardCharsets.UTF_16BE;
    }
    return new String(b, 0, length, cs);
  }
}
