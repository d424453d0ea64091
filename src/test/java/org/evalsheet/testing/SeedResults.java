package org.evalsheet.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.score.Deduction;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.LeafScore;
import org.evalsheet.score.TableResult;

/**
 * The seed table's results (种子表结果) as the scorer should produce them, computed here by plain sums so that
 * writers can be tested without the validator and scorer: total 98.4, 决策 18.5 / 过程 19.9 / 产出 25 / 效益 35, 优,
 * four deductions, plus two hand-made findings (an error on J12, a warning on J6).
 */
public final class SeedResults {
  private SeedResults() {}

  /** The seed table's result with {@link #findings()}. */
  public static TableResult seed() {
    return of(SeedModel.table(), findings());
  }

  /** An error SCORE_ABOVE_WEIGHT on 指标体系!J12 and a warning on 指标体系!J6 (made up for the writers' tests). */
  public static List<Finding> findings() {
    return List.of(
        Finding.error(Code.SCORE_ABOVE_WEIGHT, new CellRef(SeedWorkbook.SHEET, 11, 9), "得分 5 超过权重 4"),
        Finding.warning(Code.SCORE_NOT_ALLOWED_BY_RULE, new CellRef(SeedWorkbook.SHEET, 5, 9),
            "得分 2.5 不是评分标准“4项各占1/4权重分”能给出的分数"));
  }

  /** A table's result: its evaluation by plain sums, and the given findings. */
  public static TableResult of(IndicatorTable table, List<Finding> findings) {
    return new TableResult(table, findings, evaluation(table));
  }

  /** The evaluation of a table by plain sums (scores derived from a submitted 得分率 when 得分 is empty). */
  public static Evaluation evaluation(IndicatorTable table) {
    List<LeafScore> leaves = new ArrayList<>();
    List<Deduction> deductions = new ArrayList<>();
    BigDecimal weightTotal = BigDecimal.ZERO;
    BigDecimal scoreTotal = null;
    for (Indicator i : table.indicators()) {
      BigDecimal w = i.weight().isNumber() ? i.weight().value() : null;
      BigDecimal s = i.score().isNumber() ? i.score().value() : null;
      boolean derived = false;
      if (s == null && w != null && i.rate().isNumber()) {
        s = w.multiply(i.rate().value());
        derived = true;
      }
      leaves.add(new LeafScore(i, s, Decimals.ratio(s, w), derived));
      weightTotal = w == null ? weightTotal : weightTotal.add(w);
      if (s != null) {
        scoreTotal = scoreTotal == null ? s : scoreTotal.add(s);
        if (w != null && w.compareTo(s) > 0) {
          deductions.add(new Deduction(i, w, s, w.subtract(s)));
        }
      }
    }
    List<GroupScore> groups = groupScores(table, leaves);
    boolean template = scoreTotal == null;
    String grade = template ? null : GradeScale.DEFAULT.grade(scoreTotal);
    String conclusion = template ? "" : "经评价，项目综合得分 " + Decimals.format(scoreTotal) + " 分，等次：" + grade + "。"
        + groups.stream().filter(g -> g.level() == 1)
            .map(g -> g.name() + " " + Decimals.format(g.score()) + " 分").collect(Collectors.joining("，", "其中", "。"))
        + deductions.stream().map(d -> d.name() + "扣 " + Decimals.format(d.points()) + " 分")
            .collect(Collectors.joining("；", "", deductions.isEmpty() ? "" : "。"));
    return new Evaluation(weightTotal, scoreTotal, Decimals.ratio(scoreTotal, weightTotal), grade, groups, leaves,
        deductions, conclusion, template);
  }

  /** Each group's sums over its leaves: the numeric weights, and the scores (null when no leaf has one). */
  public static List<GroupScore> groupScores(IndicatorTable table, List<LeafScore> leaves) {
    List<GroupScore> groups = new ArrayList<>();
    for (Group g : table.groups()) {
      BigDecimal w = BigDecimal.ZERO;
      BigDecimal s = null;
      for (LeafScore l : leaves) {
        if (g.contains(l.indicator())) {
          Indicator i = l.indicator();
          w = i.weight().isNumber() ? w.add(i.weight().value()) : w;
          s = l.score() == null ? s : (s == null ? l.score() : s.add(l.score()));
        }
      }
      groups.add(new GroupScore(g, w, s));
    }
    return groups;
  }

  /** The same table read from a sheet without a 得分率 column. */
  public static IndicatorTable withoutRateColumn(IndicatorTable t) {
    Map<Column, Integer> columns = new EnumMap<>(t.columns());
    columns.remove(Column.RATE);
    return new IndicatorTable(t.sheet(), t.sheetIndex(), t.title(), t.unit(), t.project(), t.headerRow(),
        t.firstDataRow(), columns, t.groups(), t.indicators(), t.total(), t.lastRow(), t.notes());
  }

  /** The same table read from a sheet without a 合计 row. */
  public static IndicatorTable withoutTotal(IndicatorTable t) {
    int last = t.indicators().get(t.indicators().size() - 1).lastRow();
    return new IndicatorTable(t.sheet(), t.sheetIndex(), t.title(), t.unit(), t.project(), t.headerRow(),
        t.firstDataRow(), t.columns(), t.groups(), t.indicators(), null, last, t.notes());
  }
}
