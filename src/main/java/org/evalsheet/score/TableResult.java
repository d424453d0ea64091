package org.evalsheet.score;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Severity;
import org.evalsheet.review.LeafReview;
import org.evalsheet.review.Review;

/**
 * Everything known about one table after checking (指标表结果): the table, its findings sorted by position, its
 * evaluation and its review (自评复核; {@link Review#NONE} when the table has nothing to recompute from).
 */
public record TableResult(IndicatorTable table, List<Finding> findings, Evaluation evaluation, Review review) {

  public TableResult {
    findings = findings.stream().sorted().toList();
    review = review == null ? Review.NONE : review;
  }

  /** A result without a review. */
  public TableResult(IndicatorTable table, List<Finding> findings, Evaluation evaluation) {
    this(table, findings, evaluation, Review.NONE);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public long errors() {
    return count(Severity.ERROR);
  }

  public long warnings() {
    return count(Severity.WARNING);
  }

  /**
   * The conclusion as the clerk is told it (评价结论), line by line: the evaluation's ({@code 经评价，项目综合得分 98.4
   * 分，等次：优。}, the level-1 scores, the deductions); for a table with errors, what must be done instead
   * ({@code 本表有 2 处错误，需更正后重新报送。}) and the total its scores add to for reference, with no grade
   * ({@code 更正后评定等次}); "" for a template without errors.
   */
  public String conclusion() {
    return conclusion(false);
  }

  /**
   * The conclusion of a table in a file that goes back as a whole (文件需退回): a table without errors of such a file
   * is not graded either — the file is graded when it comes back — and says why.
   *
   * @param fileReturned whether the file holding the table must go back (another of its tables has errors)
   */
  public String conclusion(boolean fileReturned) {
    String text = evaluation == null ? "" : evaluation.conclusion();
    long n = errors();
    if (n == 0 && (!fileReturned || evaluation == null || evaluation.template())) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n > 0 ? "本表有 " + n + " 处错误，需更正后重新报送。"
        : "本表未发现错误；同一文件中的其他表有错误，文件需更正后重新报送，届时一并评定等次。");
    if (evaluation != null && evaluation.scoreTotal() != null && !evaluation.template()) {
      sb.append("\n按所填得分合计 ").append(Decimals.format(evaluation.scoreTotal())).append(" 分，仅供参考；")
          .append(REGRADE).append('。');
      int rest = text.indexOf('\n');
      if (rest >= 0) {
        sb.append(text, rest, text.length());
      }
    }
    return sb.toString();
  }

  /**
   * The grade a clerk is shown (等次): none for a table with errors or in a file that goes back — such a table is
   * graded when the file comes back corrected.
   *
   * @param fileReturned whether the file holding the table must go back
   */
  public String grade(boolean fileReturned) {
    return evaluation == null || fileReturned || errors() > 0 ? null : evaluation.grade();
  }

  /** What stands in place of the grade of a table with errors. */
  public static final String REGRADE = "更正后评定等次";

  /**
   * The same result without the indicators' long texts (评分标准, 指标解释…), which only validation reads: a round of
   * thousands of tables then keeps its results in a fraction of the memory.
   */
  public TableResult withoutTexts() {
    Map<Indicator, Indicator> slim = new IdentityHashMap<>();
    for (Indicator i : table.indicators()) {
      slim.put(i, i.withoutTexts());
    }
    Function<Indicator, Indicator> map = i -> slim.getOrDefault(i, i.withoutTexts());
    IndicatorTable slimTable = table.withIndicators(table.indicators().stream().map(map).toList());
    Evaluation e = evaluation;
    Evaluation slimEvaluation = e.withLeaves(
        e.leaves().stream()
            .map(l -> new LeafScore(map.apply(l.indicator()), l.score(), l.rate(), l.derivedFromRate())).toList(),
        e.deductions().stream()
            .map(d -> new Deduction(map.apply(d.indicator()), d.weight(), d.score(), d.points())).toList());
    Review r = review;
    Review slimReview = new Review(r.applies(), r.leaves().stream()
        .map(l -> new LeafReview(map.apply(l.indicator()), l.kind(), l.target(), l.actual(), l.ruleScore(), l.bandLow(),
            l.bandHigh(), l.grade(), l.shortOfTarget(), l.ratio(), l.explanation())).toList(),
        r.selfTotal(), r.ruleTotal(), r.executionRate(), r.cap(), r.findings(), r.tolerance());
    return new TableResult(slimTable, findings, slimEvaluation, slimReview);
  }
}
