package org.evalsheet.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Finding;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.score.Deduction;
import org.evalsheet.score.Evaluation;
import org.evalsheet.score.FileResult;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.LeafScore;
import org.evalsheet.score.TableResult;

/**
 * Hand-built results of a round (评审轮次样例): seed tables with chosen totals, evaluated by a few lines of plain
 * arithmetic here rather than by the scorer, so that writers can be tested on their own.
 */
public final class RoundFixtures {
  /** Column of 得分 in {@link SeedWorkbook#rows()}. */
  private static final int SCORE = 9;

  private RoundFixtures() {}

  /** The seed table (total 98.4) submitted by {@code unit} for {@code project}, with {@code minus} points lost. */
  public static IndicatorTable table(String unit, String project, String minus) {
    List<String[]> rows = SeedWorkbook.rows();
    BigDecimal left = new BigDecimal(minus);
    for (String[] r : rows) {
      if (left.signum() <= 0) {
        break;
      }
      BigDecimal score = new BigDecimal(r[SCORE]);
      BigDecimal take = score.min(left);
      r[SCORE] = score.subtract(take).toPlainString();
      left = left.subtract(take);
    }
    return rename(SeedModel.table(rows), unit, project);
  }

  /** The seed table with every 得分 blank: a template, no total score. */
  public static IndicatorTable template(String unit, String project) {
    List<String[]> rows = SeedWorkbook.rows();
    for (String[] r : rows) {
      r[SCORE] = "";
    }
    return rename(SeedModel.table(rows), unit, project);
  }

  /** A copy of a table under another unit and project. */
  public static IndicatorTable rename(IndicatorTable t, String unit, String project) {
    return new IndicatorTable(t.sheet(), t.sheetIndex(), t.title(), unit, project, t.headerRow(), t.firstDataRow(),
        t.columns(), t.groups(), t.indicators(), t.total(), t.lastRow(), t.notes());
  }

  /** A table's result with the given findings and a hand-made evaluation on {@code scale}. */
  public static TableResult result(IndicatorTable table, GradeScale scale, Finding... findings) {
    return new TableResult(table, Arrays.asList(findings), evaluate(table, scale));
  }

  /** One read file holding one seed table with {@code minus} points lost (invalid when a finding is an error). */
  public static FileResult file(String name, String unit, String minus, Finding... findings) {
    return FileResult.read(name, List.of(result(table(unit, "专项业务费", minus), GradeScale.DEFAULT, findings)));
  }

  /** An error on a table's 得分 cell, as a validator would report it. */
  public static Finding scoreError(int row) {
    return Finding.error(Code.SCORE_ABOVE_WEIGHT, new CellRef(SeedWorkbook.SHEET, row, SCORE), "得分超过权重");
  }

  /** A warning on a table's 得分 cell. */
  public static Finding ruleWarning(int row) {
    return Finding.warning(Code.SCORE_NOT_ALLOWED_BY_RULE, new CellRef(SeedWorkbook.SHEET, row, SCORE),
        "得分不符合评分标准");
  }

  /**
   * {@code n} files, one table each, unit {@code 单位0001}…, totals cycling from 98.4 down in steps of 0.5, every
   * third one with an error; tables are shared between files with the same total to keep the fixture small.
   */
  public static List<FileResult> many(int n) {
    List<TableResult> variants = new ArrayList<>();
    for (int v = 0; v < 40; v++) {
      variants.add(result(table("", "专项业务费", new BigDecimal(v).multiply(new BigDecimal("0.5")).toPlainString()),
          GradeScale.DEFAULT, ruleWarning(5)));
    }
    List<FileResult> files = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      TableResult base = variants.get(i % variants.size());
      String unit = String.format("单位%04d", i);
      List<Finding> findings = new ArrayList<>(base.findings());
      if (i % 3 == 0) {
        findings.add(scoreError(7));
      }
      TableResult t = new TableResult(rename(base.table(), unit, "项目" + i), findings, base.evaluation());
      files.add(FileResult.read(String.format("dept/%04d.xlsx", i), List.of(t)));
    }
    return files;
  }

  /** Scores a table the plain way: sums, rates, deductions and the grade of the total. */
  public static Evaluation evaluate(IndicatorTable table, GradeScale scale) {
    List<LeafScore> leaves = new ArrayList<>();
    List<Deduction> deductions = new ArrayList<>();
    BigDecimal weightTotal = BigDecimal.ZERO;
    BigDecimal scoreTotal = null;
    for (Indicator i : table.indicators()) {
      BigDecimal w = i.weight().isNumber() ? i.weight().value() : null;
      BigDecimal s = i.score().isNumber() ? i.score().value() : null;
      if (w != null) {
        weightTotal = weightTotal.add(w);
      }
      if (s != null) {
        scoreTotal = scoreTotal == null ? s : scoreTotal.add(s);
      }
      leaves.add(new LeafScore(i, s, ratio(s, w), false));
      if (w != null && s != null && w.compareTo(s) > 0) {
        deductions.add(new Deduction(i, w, s, w.subtract(s)));
      }
    }
    List<GroupScore> groups = SeedResults.groupScores(table, leaves);
    String grade = scoreTotal == null ? null : scale.grade(scoreTotal);
    String conclusion = scoreTotal == null ? ""
        : "经评价，项目综合得分 " + scoreTotal.stripTrailingZeros().toPlainString() + " 分，等次：" + grade + "。";
    return new Evaluation(weightTotal, scoreTotal, ratio(scoreTotal, weightTotal), grade, groups, leaves,
        deductions, conclusion, scoreTotal == null);
  }

  private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
    return part == null || whole == null || whole.signum() == 0 ? null
        : part.divide(whole, 4, RoundingMode.HALF_UP);
  }
}
