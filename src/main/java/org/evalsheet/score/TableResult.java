package org.evalsheet.score;

import java.util.List;
import org.evalsheet.model.Finding;
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
}
