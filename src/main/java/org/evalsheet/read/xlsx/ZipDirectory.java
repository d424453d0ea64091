package org.evalsheet.read.xlsx;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

/**
 * The central directory of a zip held in memory (压缩包目录), read by the rules the JDK's {@code java.util.zip.ZipFile}
 * (Java 17) reads it by: the end record found the same way, every directory record checked the same way (signature,
 * no encryption, stored or deflated only, sizes within the directory, well-formed extra fields, names and comments
 * in UTF-8), so that a file is a zip here exactly when it was one to the checks that used {@code ZipFile} before.
 * A zip64 directory, which no workbook needs, is declined ({@link Zip64Exception}).
 */
final class ZipDirectory {
  static final int LOCHDR = 30;
  private static final int CENHDR = 46;
  private static final int ENDHDR = 22;
  private static final int ZIP64_LOCHDR = 20;
  private static final int ZIP64_EXTID = 0x0001;
  private static final long ZIP64_MAGICVAL = 0xFFFFFFFFL;
  private static final long END_MAXLEN = 0xFFFF + ENDHDR;
  private static final int READBLOCKSZ = 128;
  private static final long LOCSIG = 0x04034b50L;
  private static final long CENSIG = 0x02014b50L;
  private static final long ENDSIG = 0x06054b50L;
  private static final long ZIP64_LOCSIG = 0x07064b50L;

  /** A zip that uses zip64 records: this reader leaves it to the one that reads it whole (POI). */
  static final class Zip64Exception extends ZipException {
    private static final long serialVersionUID = 1L;

    Zip64Exception() {
      super("zip64 archive");
    }
  }

  private ZipDirectory() {}

  /** Every record of the directory, in order. */
  static List<WorkbookFile.Entry> read(byte[] zip) throws ZipException {
    long ziplen = zip.length;
    if (ziplen <= 0) {
      throw new ZipException("zip file is empty");
    }
    long[] end = findEnd(zip);
    long centot = end[0];
    long cenlen = end[1];
    long cenoff = end[2];
    long endpos = end[3];
    if (endpos == 0) {
      return List.of();
    }
    if (cenlen > endpos) {
      throw new ZipException("invalid END header (bad central directory size)");
    }
    long cenpos = endpos - cenlen;
    long locpos = cenpos - cenoff;
    if (locpos < 0) {
      throw new ZipException("invalid END header (bad central directory offset)");
    }
    if (cenlen + ENDHDR >= Integer.MAX_VALUE) {
      throw new ZipException("invalid END header (central directory size too large)");
    }
    if (cenpos + cenlen + ENDHDR > ziplen) {
      throw new ZipException("read CEN tables failed");
    }
    int base = (int) cenpos;
    int limit = (int) cenlen;
    List<WorkbookFile.Entry> entries = new ArrayList<>((int) Math.min(centot, 1024));
    int pos = 0;
    while (pos + CENHDR <= limit) {
      int at = base + pos;
      if (u32(zip, at) != CENSIG) {
        throw new ZipException("invalid CEN header (bad signature)");
      }
      int method = u16(zip, at + 10);
      int flag = u16(zip, at + 8);
      if ((flag & 1) != 0) {
        throw new ZipException("invalid CEN header (encrypted entry)");
      }
      if (method != ZipEntry.STORED && method != ZipEntry.DEFLATED) {
        throw new ZipException("invalid CEN header (bad compression method: " + method + ")");
      }
      int nlen = u16(zip, at + 28);
      int elen = u16(zip, at + 30);
      int clen = u16(zip, at + 32);
      if (pos + CENHDR + nlen > limit) {
        throw new ZipException("invalid CEN header (bad header size)");
      }
      long csize = u32(zip, at + 20);
      long size = u32(zip, at + 24);
      long off = u32(zip, at + 42);
      if (elen > 0) {
        checkExtraFields(zip, at + CENHDR + nlen, elen, base + limit + ENDHDR, csize, size);
      }
      String name = utf8(zip, at + CENHDR, nlen, "invalid CEN header (bad entry name)");
      if (csize == ZIP64_MAGICVAL || size == ZIP64_MAGICVAL || off == ZIP64_MAGICVAL) {
        throw new Zip64Exception();
      }
      // The JDK decodes an entry's comment when it lists the entry: a malformed one fails there.
      if (clen > 0 && base + pos + CENHDR + nlen + elen + clen <= zip.length) {
        utf8(zip, at + CENHDR + nlen + elen, clen, "invalid CEN header (bad comment)");
      }
      entries.add(new WorkbookFile.Entry(name, method, flag, u32(zip, at + 12), u32(zip, at + 16), csize, size, locpos + off));
      pos += CENHDR + nlen + elen + clen;
    }
    if (pos != limit) {
      throw new ZipException("invalid CEN header (bad header size)");
    }
    return entries;
  }

  /** The end record: {total, directory size, directory offset, its position}, as {@code ZipFile.findEND}. */
  private static long[] findEnd(byte[] zip) throws ZipException {
    long ziplen = zip.length;
    long minHdr = Math.max(ziplen - END_MAXLEN, 0);
    long minPos = minHdr - (READBLOCKSZ - ENDHDR);
    for (long pos = ziplen - READBLOCKSZ; pos >= minPos; pos -= READBLOCKSZ - ENDHDR) {
      for (int i = READBLOCKSZ - ENDHDR; i >= 0; i--) {
        long p = pos + i;
        if (p < 0 || u32(zip, (int) p) != ENDSIG) {
          continue;
        }
        long centot = u16(zip, (int) p + 10);
        long cenlen = u32(zip, (int) p + 12);
        long cenoff = u32(zip, (int) p + 16);
        int comlen = u16(zip, (int) p + 20);
        if (p + ENDHDR + comlen != ziplen) {
          // Padding after the end record: take it only when the directory and first entry are where it says.
          long cenpos = p - cenlen;
          long locpos = cenpos - cenoff;
          if (cenpos < 0 || locpos < 0 || cenpos + 4 > ziplen || u32(zip, (int) cenpos) != CENSIG
              || locpos + 4 > ziplen || u32(zip, (int) locpos) != LOCSIG) {
            continue;
          }
        }
        if (comlen > 0 && p + ENDHDR + comlen > ziplen) {
          throw new ZipException("zip comment read failed");
        }
        if (p >= ZIP64_LOCHDR && u32(zip, (int) (p - ZIP64_LOCHDR)) == ZIP64_LOCSIG) {
          throw new Zip64Exception();
        }
        return new long[] {centot, cenlen, cenoff, p};
      }
    }
    throw new ZipException("zip END header not found");
  }

  /** The extra fields' framing and zip64 block sizes, as {@code ZipFile.Source.checkExtraFields}. */
  private static void checkExtraFields(byte[] zip, int start, int length, int cenEnd, long csize, long size)
      throws ZipException {
    int end = start + length;
    if (end > cenEnd) {
      throw new ZipException("Invalid CEN header (extra data field size too long)");
    }
    int at = start;
    while (at + 4 <= end) {
      int tag = u16(zip, at);
      int block = u16(zip, at + 2);
      at += 4;
      if (at + block > end) {
        throw new ZipException("Invalid CEN header (invalid extra data field size for tag: " + tag + ")");
      }
      if (tag == ZIP64_EXTID) {
        boolean sized = block == 8 || block == 16 || block == 24 || block == 28;
        if (block == 0 ? csize == ZIP64_MAGICVAL || size == ZIP64_MAGICVAL : !sized) {
          throw new ZipException("Invalid CEN header (invalid zip64 extra data field size)");
        }
        if (block > 0 && (size == ZIP64_MAGICVAL && s64(zip, at) < 0
            || csize == ZIP64_MAGICVAL && block >= 16 && s64(zip, at + 8) < 0)) {
          throw new ZipException("Invalid zip64 extra block size value");
        }
      }
      at += block;
    }
  }

  private static String utf8(byte[] b, int at, int length, String error) throws ZipException {
    boolean ascii = true;
    for (int i = at; i < at + length; i++) {
      if (b[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, at, length)).toString();
    } catch (CharacterCodingException e) {
      throw new ZipException(error);
    }
  }

  static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  static long u32(byte[] b, int at) {
    return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
  }

  private static long s64(byte[] b, int at) {
    return u32(b, at) | u32(b, at + 4) << 32;
  }
}
