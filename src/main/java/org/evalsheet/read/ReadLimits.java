package org.evalsheet.read;

import java.time.Duration;

/**
 * Bounds on reading one untrusted input (读取限制): its size on disk, the cells taken from it and the time spent.
 *
 * @param maxFileBytes larger files are rejected before they are opened
 * @param maxCellsPerSheet sheets with more non-empty cells are rejected (bounds memory)
 * @param timeout wall-clock budget for reading, validating and writing one file
 */
public record ReadLimits(long maxFileBytes, long maxCellsPerSheet, Duration timeout) {

  /** 50 MB, 2 million cells a sheet, 60 seconds: far above any real self-evaluation workbook. */
  public static final ReadLimits DEFAULT = new ReadLimits(50L << 20, 2_000_000L, Duration.ofSeconds(60));
}
