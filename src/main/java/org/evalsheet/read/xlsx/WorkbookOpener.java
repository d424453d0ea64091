package org.evalsheet.read.xlsx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.UnreadableFileException;

/**
 * Opens an untrusted file as a POI workbook, read-only, or says in Chinese why it cannot (打开工作簿).
 *
 * <p>Three layers: the size on disk; a sniff of the first bytes and, for zips, of the central directory and XML
 * prologs ({@link InputSniffer}, {@link ZipInspector}), all on the file read into memory once ({@link
 * WorkbookFile}), which names renamed web pages, CSV, Word and ODS files, encryption, bombs, duplicate entries and
 * DOCTYPEs precisely; then the reader, inflating within {@link WorkbookFile}'s bounds, or POI itself with its
 * zip-bomb, entry-count and entity protections pinned on by {@link #configureSecurity()}, whose every failure maps
 * to a reason.
 *
 * <p>Nothing in an input is ever executed or followed: POI keeps a VBA project ({@code xl/vbaProject.bin}) as an
 * opaque part and never runs macros, and it parses external workbook links ({@code xl/externalLinks/*.xml}) as
 * data without opening the linked file; formulas that point at them evaluate to errors unless a caller sets up
 * collaborating workbooks, which evalsheet never does. XML parsing goes through POI's XMLHelper and XmlBeans
 * options, which refuse DOCTYPE declarations, so neither entity expansion nor external entities can happen.
 */
public final class WorkbookOpener {
  /** POI's ceiling on one inflated entry; {@link ReadLimits#maxExpandedBytes()} is the tighter per-call bound. */
  static final long MAX_ENTRY_BYTES = 512L << 20;
  /** POI's ceiling on text extracted from one file, in characters (its default, stated so it stays on). */
  static final long MAX_TEXT_CHARS = 10L << 20;

  private WorkbookOpener() {}

  /**
   * Sets POI's process-wide zip limits: inflate ratio, grace size, entry size, entry count and text size. POI keeps
   * them in static fields, so they are set again on every {@link #open} in case other code loosened them.
   */
  public static void configureSecurity() {
    ZipSecureFile.setMinInflateRatio(ZipInspector.MIN_INFLATE_RATIO);
    ZipSecureFile.setGraceEntrySize(ZipInspector.GRACE_ENTRY_BYTES);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    ZipSecureFile.setMaxFileCount(ReadLimits.MAX_ZIP_ENTRIES);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
  }

  /**
   * Opens {@code file} read-only as an .xlsx, .xlsm or .xls workbook; the file is never modified.
   *
   * @param file the untrusted input
   * @param limits bounds on its size on disk and once inflated
   * @return the workbook, which the caller closes
   * @throws UnreadableFileException when the file cannot or must not be read, with a Chinese
   *     {@link UnreadableFileException#reason() reason}; no other exception leaves this method
   */
  public static Workbook open(Path file, ReadLimits limits) throws UnreadableFileException {
    check(file, limits);
    return openChecked(file);
  }

  /**
   * The checks of {@link #open} without opening: size on disk, sniff, zip inspection; POI's limits are pinned on.
   * The file is read into memory once, here, for everything that follows.
   *
   * @return the file in memory; {@link WorkbookFile#isPackage()} says whether it is an .xlsx/.xlsm package that
   *     passed the inspection (else an OLE2 file, or a zip whose directory does not read: POI's usermodel decides)
   * @throws UnreadableFileException with the reason when the file must not be read
   */
  static WorkbookFile check(Path file, ReadLimits limits) throws UnreadableFileException {
    configureSecurity();
    String reason;
    WorkbookFile read = null;
    try {
      long size = Thread.currentThread().isInterrupted() ? -1 : Files.size(file);
      if (size < 0) {
        reason = InputReasons.INTERRUPTED;
      } else if (size == 0) {
        reason = InputReasons.EMPTY;
      } else if (size > limits.maxFileBytes()) {
        reason = InputReasons.tooLarge(limits.maxFileBytes());
      } else {
        read = WorkbookFile.read(file, limits);
        InputSniffer.Kind sniffed = InputSniffer.classify(read.head(InputSniffer.HEAD_BYTES));
        if (sniffed == InputSniffer.Kind.ZIP) {
          try {
            reason = ZipInspector.reason(read, limits);
            read.inspected();
          } catch (IOException | RuntimeException e) {
            // The zip's directory does not read: POI decides, since it recovers some damaged files by reading
            // entries in order, with the same limits on; unless an entry claims a compression no workbook uses.
            reason = ZipInspector.foreignCompression(read.content()) ? InputReasons.COMPRESSION : null;
          }
        } else {
          reason = switch (sniffed) {
            case OLE2 -> InputSniffer.ole2Reason(file);
            case HTML -> InputReasons.HTML;
            case TEXT -> InputReasons.TEXT;
            case XML_2003 -> InputReasons.XML_2003;
            default -> InputReasons.CORRUPT;
          };
        }
      }
    } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
      throw rejected(file, e);
    }
    if (reason != null) {
      throw new UnreadableFileException(file, reason);
    }
    return read;
  }

  /** Opens with POI a file that {@link #check} has passed. */
  static Workbook openChecked(Path file) throws UnreadableFileException {
    Workbook workbook = openWithPoi(file);
    // A timeout cancels by interrupting; POI may swallow the interrupt (it falls back to stream reading when the
    // channel closes), so the flag is checked once more here.
    if (Thread.currentThread().isInterrupted()) {
      closeQuietly(workbook);
      throw new UnreadableFileException(file, InputReasons.INTERRUPTED);
    }
    return workbook;
  }

  /**
   * Opens with POI a workbook's bytes already in memory (a checked file's, or its repaired bytes from
   * {@link OptionalParts#repaired}), its zip protections on: POI counts entries, ratios and sizes on a stream as
   * on a file. Nothing can write back to {@code file}.
   *
   * @throws UnreadableFileException with the reason a clerk reads when POI cannot open it
   */
  public static Workbook open(Path file, byte[] bytes) throws UnreadableFileException {
    configureSecurity();
    Workbook workbook;
    try {
      workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
      throw rejected(file, e);
    }
    if (Thread.currentThread().isInterrupted()) {
      closeQuietly(workbook);
      throw new UnreadableFileException(file, InputReasons.INTERRUPTED);
    }
    return workbook;
  }

  /** POI alone, without the sniff: tests use it to prove that POI's own protections stay on. */
  static Workbook openWithPoi(Path file) throws UnreadableFileException {
    configureSecurity();
    try {
      return WorkbookFactory.create(file.toFile(), null, true);
    } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
      // Errors are caught only where unwinding frees what caused them: the half-built workbook is garbage once we
      // are out of POI, and a deep stack is gone. Other errors (linkage, internal) are bugs, not bad input.
      throw rejected(file, e);
    }
  }

  private static void closeQuietly(Workbook workbook) {
    try {
      workbook.close();
    } catch (IOException | RuntimeException e) {
      // Read-only: closing cannot lose anything, and the file is already being rejected.
    }
  }

  /** The reason a file larger than the limits allow is rejected with. */
  public static String tooLarge(ReadLimits limits) {
    return InputReasons.tooLarge(limits.maxFileBytes());
  }

  /** The rejection for a failure while reading, with the reason {@link InputReasons#forFailure} gives. */
  public static UnreadableFileException rejected(Path file, Throwable e) {
    String reason = InputReasons.forFailure(e);
    if (reason.equals(InputReasons.INTERRUPTED)) {
      Thread.currentThread().interrupt();
    }
    return new UnreadableFileException(file, reason, e);
  }
}
