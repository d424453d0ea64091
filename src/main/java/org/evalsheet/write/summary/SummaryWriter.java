package org.evalsheet.write.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.evalsheet.write.AtomicFiles;

/**
 * Writes the consolidated workbook of a round (汇总表 summary.xlsx): 汇总, 退回清单, 问题清单, 复核差异 (when a
 * table was reviewed), 扣分明细, 指标明细, 提示, 名单核对 (with a roster only), 统计 with its charts and 说明. Rows
 * are streamed ({@link SummaryXlsx}), so memory stays bounded however many tables the round has; the file appears
 * under its name only once it is complete.
 */
public final class SummaryWriter {
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
    try (SummaryXlsx wb = new SummaryXlsx(os)) {
      SummaryOverview.write(wb, round);
      SummaryReturns.returns(wb, round);
      SummaryDetails.findings(wb, round);
      List<SummaryReview.Gap> gaps = SummaryReview.any(round) ? SummaryReview.gaps(round) : null;
      if (gaps != null) {
        SummaryReview.write(wb, round, gaps);
      }
      SummaryDetails.deductions(wb, round);
      SummaryDetails.indicators(wb, round);
      SummaryDetails.infos(wb, round);
      if (round.roster() != null) {
        SummaryReturns.roster(wb, round);
      }
      SummaryStatistics.write(wb, round, gaps);
      SummaryNotes.write(wb, round);
      wb.finish();
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
