package org.evalsheet.write.fill;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.read.xlsx.WorkbookFile;

/**
 * The input package as the fast path sees it (工作簿压缩包), and the copy it writes: the entries of the workbook the
 * reader read into memory ({@link WorkbookFile}), parts as text, and the copy with the same entry names and order.
 * An unchanged entry is copied as it is stored — its compressed bytes are not inflated and deflated again — once it
 * has been inflated to check that it holds no more than it declares; changed and new parts are deflated anew.
 */
final class XlsxPatchZip {
  private static final Pattern UTF8_DECLARED = Pattern.compile("(?s).*encoding\\s*=\\s*[\"']utf-8[\"'].*");
  /** Names in UTF-8, as {@code ZipOutputStream} marks them. */
  private static final int UTF8_FLAG = 0x800;

  private final WorkbookFile zip;

  private XlsxPatchZip(WorkbookFile zip, long maxExpandedBytes) throws XlsxPatchUnsupported {
    this.zip = zip;
    if (!zip.isZip()) {
      throw new XlsxPatchUnsupported("不是可读的压缩包");
    }
    if (zip.entries().size() > ReadLimits.MAX_ZIP_ENTRIES) {
      throw new XlsxPatchUnsupported("压缩包条目过多");
    }
    Set<String> names = new HashSet<>();
    long declared = 0;
    for (WorkbookFile.Entry e : zip.entries()) {
      if (!names.add(e.name().toLowerCase(Locale.ROOT))) {
        throw new XlsxPatchUnsupported("压缩包有重名条目：" + e.name());
      }
      declared += e.size();
    }
    if (declared > maxExpandedBytes) {
      throw new XlsxPatchUnsupported("解压后过大");
    }
  }

  /** The package of a workbook in memory, when the fast path can patch it. */
  static XlsxPatchZip of(WorkbookFile zip, long maxExpandedBytes) throws XlsxPatchUnsupported {
    return new XlsxPatchZip(zip, maxExpandedBytes);
  }

  /** The workbook it was read from. */
  WorkbookFile file() {
    return zip;
  }

  /** The entry's real name for a part name (case-insensitive, as OPC part names are), or null. */
  String name(String part) {
    WorkbookFile.Entry e = zip.entry(part);
    return e == null ? null : e.name();
  }

  /** A part as UTF-8 text; a part in another encoding is left to the usermodel path. */
  String text(String name) throws XlsxPatchUnsupported {
    WorkbookFile.Entry e = zip.entry(name);
    if (e == null) {
      throw new XlsxPatchUnsupported("缺少部件 " + name);
    }
    byte[] bytes;
    try {
      bytes = zip.bytes(e);
    } catch (IOException ex) {
      String why = String.valueOf(ex.getMessage());
      throw new XlsxPatchUnsupported(why.startsWith("解压后过大") ? "解压后过大" : "部件无法解压：" + name);
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

  /** The names of all entries, for choosing names of new parts. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    zip.entries().forEach(e -> names.add(e.name()));
    return names;
  }

  /**
   * Writes the copy: every entry in its original order ({@code changed} ones with their new bytes, {@code removed}
   * ones left out), then the {@code added} parts in the order given.
   */
  void copy(OutputStream target, Map<String, byte[]> changed, Map<String, byte[]> added, Set<String> removed)
      throws IOException {
    // The target is an unbuffered file stream.
    Writer out = new Writer(new BufferedOutputStream(target, 1 << 16));
    try {
      for (WorkbookFile.Entry e : zip.entries()) {
        if (removed.contains(e.name())) {
          continue;
        }
        byte[] bytes = changed.get(e.name());
        if (bytes != null) {
          out.put(e.name(), e.method(), e.dosTime(), bytes);
        } else {
          out.copy(e);
        }
      }
      long now = dosTime(LocalDateTime.now());
      for (Map.Entry<String, byte[]> a : added.entrySet()) {
        out.put(a.getKey(), ZipEntry.DEFLATED, now, a.getValue());
      }
      out.finish();
    } finally {
      out.deflater.end();
    }
  }

  /** A time in MS-DOS form (two-second steps, 1980 and later). */
  static long dosTime(LocalDateTime t) {
    int year = Math.max(1980, t.getYear());
    return (long) (year - 1980) << 25 | (long) t.getMonthValue() << 21 | (long) t.getDayOfMonth() << 16
        | (long) t.getHour() << 11 | (long) t.getMinute() << 5 | t.getSecond() >> 1;
  }

  /** Writes a zip: local headers with sizes and CRC known up front, the central directory, the end record. */
  private final class Writer {
    private final OutputStream out;
    private final ByteArrayOutputStream directory = new ByteArrayOutputStream(4096);
    private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    private final byte[] buffer = new byte[1 << 16];
    private long offset;
    private int count;

    Writer(OutputStream out) {
      this.out = out;
    }

    /** An unchanged entry, copied as stored; checked first, since a copy must not carry a lying entry on. */
    void copy(WorkbookFile.Entry e) throws IOException {
      WorkbookFile.Inflated real = zip.check(e);
      if (e.method() == ZipEntry.STORED) {
        // As ZipOutputStream checks a stored entry written with its declared size and CRC.
        if (real.size() != e.size()) {
          throw new ZipException("invalid entry size (expected " + e.size() + " but got " + real.size() + " bytes)");
        }
        if (real.crc() != e.crc()) {
          throw new ZipException("invalid entry crc-32 (expected 0x" + Long.toHexString(e.crc()) + " but got 0x"
              + Long.toHexString(real.crc()) + ")");
        }
      }
      long stored = zip.storedLength(e);
      entry(e.name(), e.method(), e.dosTime(), real.crc(), stored, real.size());
      zip.writeStored(e, out);
      offset += stored;
    }

    /** A new or changed part, deflated (or stored, when the entry it replaces was). */
    void put(String name, int method, long dosTime, byte[] bytes) throws IOException {
      CRC32 crc = new CRC32();
      crc.update(bytes);
      if (method == ZipEntry.STORED) {
        entry(name, method, dosTime, crc.getValue(), bytes.length, bytes.length);
        out.write(bytes);
        offset += bytes.length;
        return;
      }
      ByteArrayOutputStream packed = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
      deflater.reset();
      deflater.setInput(bytes);
      deflater.finish();
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        packed.write(buffer, 0, n);
      }
      entry(name, ZipEntry.DEFLATED, dosTime, crc.getValue(), packed.size(), bytes.length);
      packed.writeTo(out);
      offset += packed.size();
    }

    private void entry(String name, int method, long dosTime, long crc, long csize, long size) throws IOException {
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      int version = method == ZipEntry.STORED ? 10 : 20;
      ByteBuffer local = header(30 + n.length);
      local.putInt(0x04034b50).putShort((short) version).putShort((short) UTF8_FLAG).putShort((short) method)
          .putInt((int) dosTime).putInt((int) crc).putInt((int) csize).putInt((int) size)
          .putShort((short) n.length).putShort((short) 0).put(n);
      ByteBuffer central = header(46 + n.length);
      central.putInt(0x02014b50).putShort((short) version).putShort((short) version).putShort((short) UTF8_FLAG)
          .putShort((short) method).putInt((int) dosTime).putInt((int) crc).putInt((int) csize).putInt((int) size)
          .putShort((short) n.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
          .putShort((short) 0).putInt(0).putInt((int) offset).put(n);
      out.write(local.array());
      offset += local.capacity();
      directory.write(central.array());
      count++;
    }

    void finish() throws IOException {
      ByteBuffer end = header(22);
      end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
          .putShort((short) count).putInt(directory.size()).putInt((int) offset).putShort((short) 0);
      directory.writeTo(out);
      out.write(end.array());
      out.flush();
    }

    private ByteBuffer header(int size) {
      return ByteBuffer.allocate(size).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    }
  }
}
