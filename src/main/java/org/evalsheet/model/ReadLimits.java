package org.evalsheet.model;

import java.time.Duration;

/**
 * Bounds on reading one untrusted input (读取限制): its size on disk, the cells taken from it and the time spent.
 *
 * @param maxFileBytes larger files are rejected before they are opened
 * @param maxCellsPerSheet sheets with more non-empty cells are rejected (bounds memory)
 * @param timeout wall-clock budget for reading, validating and writing one file
 * @param maxExpandedBytes a zip-based workbook whose entries declare more bytes than this once inflated is rejected
 *     before POI parses it (bounds memory; POI's own per-entry ceiling backs it up)
 */
public record ReadLimits(long maxFileBytes, long maxCellsPerSheet, Duration timeout, long maxExpandedBytes) {

  /** More zip entries than this is rejected by the reader and the writer; no self-evaluation workbook comes near. */
  public static final int MAX_ZIP_ENTRIES = 1000;

  /** 256 MB inflated: roughly ten times the XML of the largest sheet {@code maxCellsPerSheet} allows. */
  public static final long DEFAULT_MAX_EXPANDED_BYTES = 256L << 20;

  /** 50 MB, 2 million cells a sheet, 60 seconds: far above any real self-evaluation workbook. */
  public static final ReadLimits DEFAULT = new ReadLimits(50L << 20, 2_000_000L, Duration.ofSeconds(60));

  /** The limits with the default bound on inflated size. */
  public ReadLimits(long maxFileBytes, long maxCellsPerSheet, Duration timeout) {
    this(maxFileBytes, maxCellsPerSheet, timeout, DEFAULT_MAX_EXPANDED_BYTES);
  }
}
