package org.evalsheet.score;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Severity;

/**
 * Everything known about one table after checking (指标表结果): the table, its findings sorted by position and
 * its evaluation.
 */
public record TableResult(IndicatorTable table, List<Finding> findings, Evaluation evaluation) {

  public TableResult {
    findings = findings.stream().sorted().toList();
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
   * The same result without the indicators' long texts (评分标准, 指标解释…), which only validation reads: a round of
   * thousands of tables then keeps its results in a fraction of the memory.
   */
  public TableResult withoutTexts() {
    Map<Indicator, Indicator> slim = new IdentityHashMap<>();
    for (Indicator i : table.indicators()) {
      slim.put(i, i.withoutTexts());
    }
    Function<Indicator, Indicator> map = i -> slim.getOrDefault(i, i.withoutTexts());
    IndicatorTable t = table;
    IndicatorTable slimTable = new IndicatorTable(t.sheet(), t.sheetIndex(), t.title(), t.unit(), t.project(),
        t.headerRow(), t.firstDataRow(), t.columns(), t.groups(), t.indicators().stream().map(map).toList(),
        t.total(), t.lastRow(), t.notes());
    Evaluation e = evaluation;
    Evaluation slimEvaluation = new Evaluation(e.weightTotal(), e.scoreTotal(), e.rate(), e.grade(), e.groups(),
        e.leaves().stream()
            .map(l -> new LeafScore(map.apply(l.indicator()), l.score(), l.rate(), l.derivedFromRate())).toList(),
        e.deductions().stream()
            .map(d -> new Deduction(map.apply(d.indicator()), d.weight(), d.score(), d.points())).toList(),
        e.conclusion(), e.template());
    return new TableResult(slimTable, findings, slimEvaluation);
  }
}
