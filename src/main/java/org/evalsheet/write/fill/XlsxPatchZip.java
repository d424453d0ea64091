package org.evalsheet.write.fill;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.evalsheet.model.ReadLimits;

/**
 * The input package as the fast path sees it (工作簿压缩包): its entries in order, parts read as text with a cap on
 * every inflated byte, and the copy written with the same entry names and order — unchanged entries carry exactly
 * their original bytes (STORED ones keep their CRC and sizes), changed and new parts their new text.
 */
final class XlsxPatchZip implements Closeable {
  private static final Pattern UTF8_DECLARED = Pattern.compile("(?s).*encoding\\s*=\\s*[\"']utf-8[\"'].*");

  private final ZipFile zip;
  private final List<ZipEntry> entries;
  private final Map<String, ZipEntry> byLowerName = new HashMap<>();
  /** What may still be inflated: the reader's bound on a workbook's inflated size, spent as parts are read. */
  private long budget;

  private XlsxPatchZip(ZipFile zip, long maxExpandedBytes) throws XlsxPatchUnsupported {
    this.zip = zip;
    this.budget = maxExpandedBytes;
    this.entries = Collections.list(zip.entries()).stream().map(e -> (ZipEntry) e).toList();
    if (entries.size() > ReadLimits.MAX_ZIP_ENTRIES) {
      throw new XlsxPatchUnsupported("压缩包条目过多");
    }
    long declared = 0;
    for (ZipEntry e : entries) {
      if (byLowerName.put(e.getName().toLowerCase(Locale.ROOT), e) != null) {
        throw new XlsxPatchUnsupported("压缩包有重名条目：" + e.getName());
      }
      if (e.getSize() < 0) {
        throw new XlsxPatchUnsupported("压缩包条目未声明大小：" + e.getName());
      }
      declared += e.getSize();
    }
    if (declared > budget) {
      throw new XlsxPatchUnsupported("解压后过大");
    }
  }

  static XlsxPatchZip open(Path file, long maxExpandedBytes) throws XlsxPatchUnsupported {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new XlsxPatchUnsupported("不是可读的压缩包");
    }
    try {
      return new XlsxPatchZip(zip, maxExpandedBytes);
    } catch (XlsxPatchUnsupported | RuntimeException e) {
      try {
        zip.close();
      } catch (IOException ignored) {
        // Nothing was written; the usermodel path reopens the file.
      }
      throw e instanceof XlsxPatchUnsupported u ? u : new XlsxPatchUnsupported("压缩包无法读取");
    }
  }

  /** The entry's real name for a part name (case-insensitive, as OPC part names are), or null. */
  String name(String part) {
    ZipEntry e = byLowerName.get(part.toLowerCase(Locale.ROOT));
    return e == null ? null : e.getName();
  }

  /** A part as UTF-8 text; a part in another encoding is left to the usermodel path. */
  String text(String name) throws XlsxPatchUnsupported {
    ZipEntry e = byLowerName.get(name.toLowerCase(Locale.ROOT));
    if (e == null) {
      throw new XlsxPatchUnsupported("缺少部件 " + name);
    }
    byte[] bytes;
    try {
      bytes = read(e);
    } catch (IOException ex) {
      throw new XlsxPatchUnsupported("部件无法解压：" + name);
    }
    budget -= bytes.length;
    if (budget < 0) {
      throw new XlsxPatchUnsupported("解压后过大");
    }
    try {
      String s = new String(bytes, StandardCharsets.UTF_8);
      if (s.indexOf('\uFFFD') >= 0) {
        // Malformed input decodes to U+FFFD; only then is the strict (and slower) decoder needed to tell.
        s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      }
      int decl = s.indexOf("?>");
      String prolog = s.startsWith("<?xml") && decl > 0 ? s.substring(0, decl).toLowerCase(Locale.ROOT) : "";
      if (prolog.contains("encoding") && !UTF8_DECLARED.matcher(prolog).matches()) {
        throw new XlsxPatchUnsupported("部件不是 UTF-8 编码：" + name);
      }
      return s;
    } catch (CharacterCodingException ex) {
      throw new XlsxPatchUnsupported("部件不是 UTF-8 编码：" + name);
    }
  }

  /**
   * The entry's bytes, at most the remaining budget plus one: read straight into an array of the declared size when
   * that fits, and chunk by chunk when the size is unknown or the entry holds more than it declared.
   */
  private byte[] read(ZipEntry e) throws IOException {
    int max = (int) Math.min(Integer.MAX_VALUE - 8, budget + 1);
    long size = e.getSize();
    if (size >= 0 && size < max) {
      try (InputStream in = zip.getInputStream(e)) {
        byte[] bytes = new byte[(int) size];
        int n = in.readNBytes(bytes, 0, bytes.length);
        if (n == bytes.length && in.read() < 0) {
          return bytes;
        }
      }
    }
    try (InputStream in = zip.getInputStream(e)) {
      return in.readNBytes(max);
    }
  }

  /**
   * Writes the copy: every entry in its original order, {@code changed} ones with their new bytes, then the
   * {@code added} parts in the order given.
   */
  void copy(OutputStream target, Map<String, byte[]> changed, Map<String, byte[]> added, Set<String> removed)
      throws IOException {
    // The target is an unbuffered file stream; the deflater writes in small pieces.
    ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(target, 1 << 16), StandardCharsets.UTF_8);
    for (ZipEntry e : entries) {
      if (removed.contains(e.getName())) {
        continue;
      }
      byte[] bytes = changed.get(e.getName());
      ZipEntry copy = new ZipEntry(e.getName());
      copy.setTime(e.getTime());
      copy.setMethod(e.getMethod());
      if (bytes == null) {
        if (e.getMethod() == ZipEntry.STORED) {
          copy.setSize(e.getSize());
          copy.setCompressedSize(e.getSize());
          copy.setCrc(e.getCrc());
        }
        out.putNextEntry(copy);
        try (InputStream in = zip.getInputStream(e)) {
          copyBounded(in, out, e);
        }
      } else {
        put(out, copy, bytes);
      }
      out.closeEntry();
    }
    for (Map.Entry<String, byte[]> a : added.entrySet()) {
      ZipEntry e = new ZipEntry(a.getKey());
      e.setMethod(ZipEntry.DEFLATED);
      put(out, e, a.getValue());
      out.closeEntry();
    }
    out.finish();
    out.flush();
  }

  private static void put(ZipOutputStream out, ZipEntry e, byte[] bytes) throws IOException {
    if (e.getMethod() == ZipEntry.STORED) {
      CRC32 crc = new CRC32();
      crc.update(bytes);
      e.setSize(bytes.length);
      e.setCompressedSize(bytes.length);
      e.setCrc(crc.getValue());
    }
    out.putNextEntry(e);
    out.write(bytes);
  }

  /** One copy buffer per thread, reused for every entry of every file. */
  private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[16384]);

  /** Copies an entry, refusing to inflate more than it declared (a lying entry is not a workbook). */
  private static void copyBounded(InputStream in, OutputStream out, ZipEntry e) throws IOException {
    byte[] buf = BUFFER.get();
    long left = e.getSize();
    int n;
    while ((n = in.read(buf)) > 0) {
      left -= n;
      if (left < 0) {
        throw new ZipException("压缩包条目大于其声明的大小：" + e.getName());
      }
      out.write(buf, 0, n);
    }
  }

  /** An entry's raw bytes, at most {@code max} plus one; throws when it cannot be inflated. */
  byte[] bytes(String name, int max) throws IOException {
    ZipEntry e = zip.getEntry(name);
    if (e == null) {
      throw new IOException("没有条目 " + name);
    }
    try (InputStream in = zip.getInputStream(e)) {
      return in.readNBytes(max + 1);
    }
  }

  /** The names of all entries, for choosing names of new parts. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    entries.forEach(e -> names.add(e.getName()));
    return names;
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
