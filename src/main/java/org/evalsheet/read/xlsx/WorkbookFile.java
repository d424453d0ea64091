package org.evalsheet.read.xlsx;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import org.evalsheet.model.ReadLimits;

/**
 * An input workbook read into memory once (读入内存的工作簿): the file's bytes and, for a zip package, its directory
 * and its entries, each inflated on first use and kept. The checks, the streaming reader, the optional-part check
 * and the filled copy's zip patcher all read this one copy; nothing opens the file again.
 *
 * <p>Inflating is bounded as POI's {@code ZipSecureFile} bounds it: all entries together at most the limits'
 * inflated size, one entry at most {@value #MAX_ENTRY_BYTES} bytes, and an entry past {@link
 * ZipInspector#GRACE_ENTRY_BYTES} that inflates more than a hundredfold is a zip bomb. Not thread-safe: one file is
 * handled by one thread at a time.
 */
public final class WorkbookFile {
  /** The most one entry may inflate to (POI's ceiling, {@code ZipSecureFile}'s max entry size). */
  static final long MAX_ENTRY_BYTES = WorkbookOpener.MAX_ENTRY_BYTES;
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  /** One inflater per thread, reset for every entry: allocating one costs more than inflating a small part. */
  private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));
  /** Where an entry that is only checked is inflated to, one per thread. */
  private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[1 << 14]);

  /**
   * One entry of the package as its central directory declares it (条目).
   *
   * @param name the entry's name
   * @param method {@link ZipEntry#STORED} or {@link ZipEntry#DEFLATED}
   * @param flag its general purpose flags
   * @param dosTime its last-modified time in MS-DOS form, as stored
   * @param crc the CRC-32 of its inflated bytes, as declared
   * @param compressedSize the bytes stored, as declared
   * @param size the inflated bytes, as declared
   * @param local where its local header starts in the file
   */
  public record Entry(String name, int method, int flag, long dosTime, long crc, long compressedSize, long size,
      long local) {
    /** Whether the entry is a folder rather than a part. */
    public boolean isDirectory() {
      return name.endsWith("/");
    }
  }

  private final Path path;
  private final byte[] bytes;
  private final List<Entry> entries;
  private final ZipException unreadable;
  private final Map<String, Entry> byLowerName = new HashMap<>();
  private final Map<String, Entry> byName = new HashMap<>();
  private final long maxExpandedBytes;
  private final Map<Entry, byte[]> inflated = new HashMap<>();
  private long budget;
  private boolean inspected;
  private List<OptionalParts.Damage> damage;

  private WorkbookFile(Path path, byte[] bytes, long maxExpandedBytes) {
    this.path = path;
    this.bytes = bytes;
    this.budget = maxExpandedBytes;
    this.maxExpandedBytes = maxExpandedBytes;
    List<Entry> read = null;
    ZipException why = null;
    if (startsWith(bytes, ZIP_MAGIC)) {
      try {
        read = ZipDirectory.read(bytes);
      } catch (ZipException | RuntimeException e) {
        why = e instanceof ZipException z ? z : new ZipException(String.valueOf(e));
      }
    } else {
      why = new ZipException("not a zip");
    }
    this.entries = read;
    this.unreadable = why;
    if (read != null) {
      for (Entry e : read) {
        byLowerName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
        // Of two entries of one name the JDK finds the later.
        byName.put(e.name(), e);
      }
    }
  }

  /**
   * Reads a file into memory, at most {@code limits.maxFileBytes()} of it.
   *
   * @throws IOException when it cannot be read, or holds more bytes than the limits allow
   */
  public static WorkbookFile read(Path file, ReadLimits limits) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    }
    if (bytes.length > limits.maxFileBytes()) {
      throw new IOException("文件过大");
    }
    return of(file, bytes, limits);
  }

  /** A file already in memory (tests and the fuzz harness build workbooks this way). */
  static WorkbookFile of(Path file, byte[] bytes, ReadLimits limits) {
    return new WorkbookFile(file, bytes, limits.maxExpandedBytes());
  }

  /** The file it was read from, for messages; never written. */
  public Path path() {
    return path;
  }

  /** How many bytes the file holds. */
  public long length() {
    return bytes.length;
  }

  /** Whether the file starts as a zip does (an .xlsx/.xlsm rather than an .xls). */
  public boolean startsAsZip() {
    return startsWith(bytes, ZIP_MAGIC);
  }

  /** Whether its central directory reads as the JDK's {@code ZipFile} reads one. */
  public boolean isZip() {
    return entries != null;
  }

  /** Whether the file is an .xlsx/.xlsm package that passed the reader's inspection ({@link ZipInspector}). */
  public boolean isPackage() {
    return inspected;
  }

  void inspected() {
    inspected = true;
  }

  /** The file's first bytes, at most {@code max}. */
  byte[] head(int max) {
    return java.util.Arrays.copyOf(bytes, Math.min(max, bytes.length));
  }

  /** Why the central directory does not read, for a file that is not a zip to the JDK's rules. */
  ZipException unreadable() {
    return unreadable;
  }

  /** Every entry in directory order; empty when the file is not a readable zip. */
  public List<Entry> entries() {
    return entries == null ? List.of() : entries;
  }

  /** The entry of a part name, matched ignoring case as package part names are, or null. */
  public Entry entry(String part) {
    return byLowerName.get(part.toLowerCase(Locale.ROOT));
  }

  /** The entry of exactly this name, as the JDK's {@code ZipFile.getEntry} finds it, or null. */
  Entry exact(String name) {
    return byName.get(name);
  }

  /** The bound on all entries inflated together that the file was read under. */
  long maxExpandedBytes() {
    return maxExpandedBytes;
  }

  /** The whole file's bytes, for the readers that take a workbook whole (the caller does not change them). */
  byte[] content() {
    return bytes;
  }

  /**
   * The workbook as POI's usermodel should open it: without its damaged optional parts ({@link OptionalParts}) when
   * it has any, else the file as it is.
   *
   * @throws IOException when the package cannot be rebuilt within the inflate bound
   */
  public byte[] forUsermodel() throws IOException {
    byte[] repaired = startsAsZip() ? OptionalParts.repaired(this) : null;
    return repaired != null ? repaired : bytes;
  }

  /** The damaged or missing optional parts of the package (found once, then remembered). */
  public List<OptionalParts.Damage> damage() {
    if (damage == null) {
      damage = isZip() ? OptionalParts.find(this) : List.of();
    }
    return damage;
  }

  /**
   * An entry's inflated bytes, inflated on first use and kept, counted against the inflate bound.
   *
   * @throws IOException when it cannot be inflated, is a zip bomb, or passes the bound
   */
  public byte[] bytes(Entry e) throws IOException {
    byte[] done = inflated.get(e);
    if (done != null) {
      return done;
    }
    byte[] out = inflate(e, Math.min(budget, MAX_ENTRY_BYTES), true, new long[2]);
    budget -= out.length;
    inflated.put(e, out);
    return out;
  }

  /**
   * What an entry really holds once inflated (解压结果).
   *
   * @param size its inflated bytes
   * @param crc their CRC-32
   */
  public record Inflated(long size, long crc) {}

  /**
   * Inflates an entry without keeping it and says what it holds: a copy is only made of an entry that inflates, to
   * no more than it declared.
   *
   * @throws ZipException when it inflates to more than its declared size
   * @throws IOException when it cannot be inflated
   */
  public Inflated check(Entry e) throws IOException {
    byte[] done = inflated.get(e);
    long[] counted = new long[2];
    if (done != null) {
      CRC32 crc = new CRC32();
      crc.update(done);
      counted[0] = done.length;
      counted[1] = crc.getValue();
    } else {
      try {
        inflate(e, e.size(), false, counted);
      } catch (ZipException | EOFException ex) {
        throw ex;
      } catch (IOException ex) {
        counted[0] = e.size() + 1;
      }
    }
    if (counted[0] > e.size()) {
      throw new ZipException("压缩包条目大于其声明的大小：" + e.name());
    }
    return new Inflated(counted[0], counted[1]);
  }

  /** How many stored (compressed) bytes an entry has in the file. */
  public long storedLength(Entry e) throws ZipException {
    return data(e)[1];
  }

  /** Writes an entry's stored (compressed) bytes as they are in the file. */
  public void writeStored(Entry e, OutputStream out) throws IOException {
    int[] span = data(e);
    out.write(bytes, span[0], span[1]);
  }

  /** A stream over an entry's inflated bytes, inflated as it is read (for reading only a part's first bytes). */
  InputStream stream(Entry e) throws IOException {
    if (e == null) {
      throw new ZipException("没有该条目");
    }
    byte[] done = inflated.get(e);
    if (done != null) {
      return new ByteArrayInputStream(done);
    }
    int[] span = data(e);
    InputStream raw = new ByteArrayInputStream(bytes, span[0], span[1]);
    if (e.method() == ZipEntry.STORED) {
      return raw;
    }
    return Inflating.over(raw);
  }

  /** Where an entry's stored bytes are: {offset, length}, cut at the end of the file as the JDK reads them. */
  private int[] data(Entry e) throws ZipException {
    long loc = e.local();
    if (loc < 0 || loc + ZipDirectory.LOCHDR > bytes.length) {
      throw new ZipException("ZipFile error reading zip file");
    }
    if (ZipDirectory.u32(bytes, (int) loc) != 0x04034b50L) {
      throw new ZipException("ZipFile invalid LOC header (bad signature)");
    }
    long start = loc + ZipDirectory.LOCHDR + ZipDirectory.u16(bytes, (int) loc + 26)
        + ZipDirectory.u16(bytes, (int) loc + 28);
    long end = Math.min(bytes.length, start + e.compressedSize());
    return new int[] {(int) Math.min(start, bytes.length), (int) Math.max(0, end - start)};
  }

  /**
   * An entry inflated, at most {@code max} bytes, beyond which it fails. Fed as the JDK's {@code ZipFile} feeds its
   * inflater (a zero byte after the stored bytes), so that the same entries inflate and fail the same way.
   *
   * @param keep whether to keep the bytes (else only count them: the result is null)
   * @param counted receives the inflated length and, when not kept, their CRC-32
   */
  private byte[] inflate(Entry e, long max, boolean keep, long[] counted) throws IOException {
    int[] span = data(e);
    if (e.method() == ZipEntry.STORED) {
      if (span[1] > max) {
        throw new IOException("解压后过大：" + e.name());
      }
      counted[0] = span[1];
      if (!keep) {
        CRC32 crc = new CRC32();
        crc.update(bytes, span[0], span[1]);
        counted[1] = crc.getValue();
        return null;
      }
      return java.util.Arrays.copyOfRange(bytes, span[0], span[0] + span[1]);
    }
    Inflater inf = INFLATER.get();
    inf.reset();
    inf.setInput(bytes, span[0], span[1]);
    boolean padded = false;
    long cap = Math.min(max, Integer.MAX_VALUE - 8);
    byte[] out = keep ? new byte[(int) Math.min(cap + 1, Math.max(64, Math.min(e.size(), 1 << 20)))] : SCRATCH.get();
    long total = 0;
    int n = 0;
    CRC32 crc = keep ? null : new CRC32();
    try {
      while (true) {
        if (n == out.length) {
          if (!keep) {
            crc.update(out, 0, n);
            n = 0;
          } else {
            out = java.util.Arrays.copyOf(out, (int) Math.min(cap + 1, (long) out.length * 2));
          }
        }
        int k = inf.inflate(out, n, out.length - n);
        n += k;
        total += k;
        if (total > cap) {
          throw new IOException("解压后过大：" + e.name());
        }
        if (k == 0) {
          if (inf.finished() || inf.needsDictionary()) {
            break;
          }
          if (inf.needsInput()) {
            if (padded) {
              throw new EOFException("Unexpected end of ZLIB input stream");
            }
            inf.setInput(new byte[1]);
            padded = true;
          }
        } else if (keep && total > ZipInspector.GRACE_ENTRY_BYTES
            && (double) inf.getBytesRead() / total < ZipInspector.MIN_INFLATE_RATIO) {
          throw new ZipException("Zip bomb detected! The file would exceed the max. ratio of compressed file size "
              + "to the size of the expanded data: " + e.name());
        }
      }
    } catch (DataFormatException ex) {
      String s = ex.getMessage();
      throw new ZipException(s != null ? s : "Invalid ZLIB data format");
    }
    counted[0] = total;
    if (!keep) {
      crc.update(out, 0, n);
      counted[1] = crc.getValue();
      return null;
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /**
   * An entry's stream inflated as the JDK's {@code ZipFile} inflates one, a zero byte fed after the data. The checks
   * read a dozen parts' first bytes a file, one after another: one inflater and buffer per thread serve them all,
   * and a stream opened while another is still open gets its own.
   */
  private static final class Inflating extends InflaterInputStream {
    private static final ThreadLocal<Inflating> IDLE = new ThreadLocal<>();
    private boolean eof;
    private boolean done;

    private Inflating(InputStream raw, Inflater inf) {
      super(raw, inf, 8192);
    }

    static Inflating over(InputStream raw) {
      Inflating idle = IDLE.get();
      if (idle == null) {
        return new Inflating(raw, new Inflater(true));
      }
      IDLE.remove();
      idle.inf.reset();
      return new Inflating(raw, idle.inf);
    }

    @Override
    protected void fill() throws IOException {
      if (eof) {
        throw new EOFException("Unexpected end of ZLIB input stream");
      }
      len = in.read(buf, 0, buf.length);
      if (len == -1) {
        buf[0] = 0;
        len = 1;
        eof = true;
      }
      inf.setInput(buf, 0, len);
    }

    @Override
    public void close() throws IOException {
      if (done) {
        return;
      }
      done = true;
      super.close();
      // The inflater goes back for the next stream on this thread; one that is not needed there is ended.
      if (IDLE.get() == null) {
        inf.reset();
        IDLE.set(this);
      } else {
        inf.end();
      }
    }
  }

  private static boolean startsWith(byte[] b, byte[] magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (b[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
