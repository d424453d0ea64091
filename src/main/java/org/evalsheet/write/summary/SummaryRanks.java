package org.evalsheet.write.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.TableResult;

/**
 * Ranks of total scores (排名) the way Excel's RANK does it: highest first, equal scores share a rank and the next
 * rank skips. Only tables with a score in passing files (通过, not superseded) take part: a file that must go back
 * is not ranked until it comes back corrected.
 */
final class SummaryRanks {
  private final BigDecimal[] ascending;

  private SummaryRanks(BigDecimal[] ascending) {
    this.ascending = ascending;
  }

  static SummaryRanks of(Round round) {
    List<BigDecimal> scores = new ArrayList<>();
    for (FileResult f : round.files()) {
      if (round.passing(f)) {
        for (TableResult t : f.tables()) {
          BigDecimal s = score(t);
          if (s != null) {
            scores.add(s);
          }
        }
      }
    }
    BigDecimal[] a = scores.toArray(new BigDecimal[0]);
    Arrays.sort(a);
    return new SummaryRanks(a);
  }

  /**
   * The table's score on 100 (the plain total for a table on 100 with every leaf applicable), which is what ranks
   * and statistics compare; null for a template or a table that could not be scored.
   */
  static BigDecimal score(TableResult t) {
    return t.evaluation() == null ? null : t.evaluation().onHundred();
  }

  /** How many ranked scores there are. */
  int count() {
    return ascending.length;
  }

  /** 1 + the number of ranked scores strictly above {@code score}. */
  int rank(BigDecimal score) {
    int lo = 0;
    int hi = ascending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid].compareTo(score) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return 1 + ascending.length - lo;
  }
}
