package org.evalsheet.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the consolidated workbook of a round (汇总表 summary.xlsx): 汇总, 问题清单, 扣分明细, 指标明细, 未通过文件,
 * 未提交 (with a roster only) and 统计 with its charts. Rows are streamed, so memory stays bounded however many
 * tables the round has; the file appears under its name only once it is complete.
 */
public final class SummaryWriter {
  /** Rows kept in memory per sheet before the streaming writer flushes them to its temporary file. */
  private static final int WINDOW = 100;

  private SummaryWriter() {}

  /**
   * Writes {@code round} to {@code out}, replacing any file there.
   *
   * @param round the round's results
   * @param out the workbook to write, usually {@code OUTDIR/summary.xlsx}; its folder is created when missing
   * @throws IOException when the folder or the file cannot be written; {@code out} is then left as it was
   */
  public static void write(Round round, Path out) throws IOException {
    AtomicFiles.write(out, os -> write(round, os));
  }

  private static void write(Round round, OutputStream os) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    try {
      SummaryStyles styles = new SummaryStyles(wb);
      SummaryOverview.ChartData overview = SummaryOverview.write(wb, styles, round);
      SummaryDetails.findings(wb, styles, round);
      if (SummaryReview.any(round)) {
        SummaryReview.write(wb, styles, round);
      }
      SummaryDetails.deductions(wb, styles, round);
      SummaryDetails.indicators(wb, styles, round);
      SummaryDetails.failed(wb, styles, round);
      if (round.roster() != null) {
        SummaryDetails.missing(wb, styles, round);
      }
      SummaryStatistics.write(wb, styles, round, overview);
      wb.setActiveSheet(0);
      wb.write(os);
    } finally {
      wb.dispose();
      wb.close();
    }
  }
}
