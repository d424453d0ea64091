package org.evalsheet.validate;

import static org.evalsheet.model.Decimals.format;

import java.math.BigDecimal;
import java.util.List;
import org.evalsheet.model.Amount;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Column;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.TotalRow;

/**
 * The checks of sums (合计校验): the leaves' weights against 100, every group's declared weight against its
 * leaves, and the 合计 row against the leaf sums. A sum is only compared when every term in it is a number, so
 * that one missing weight is reported once, on its own cell.
 */
final class SumChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String[] LEVELS = {"一级", "二级", "三级", "四级"};

  private SumChecks() {}

  static void check(IndicatorTable table, boolean template, List<Finding> out) {
    if (template) {
      out.add(Finding.info(Codes.TEMPLATE_NO_SCORES, headerCell(table, Column.SCORE),
          "表中没有填写任何得分，按空白模板处理：只核对权重，不计算得分和等次"));
    }
    if (table.total() == null) {
      out.add(Finding.info(Codes.TOTAL_ROW_MISSING, headerCell(table, Column.LEVEL1),
          "表末没有合计行，填写副本时将追加合计行"));
    }
    if (!table.has(Column.WEIGHT)) {
      out.add(Finding.error(Codes.WEIGHT_MISSING, headerCell(table, Column.LEVEL1),
          "表中没有找到权重（分值）列，无法核对权重和得分"));
      return;
    }
    List<Indicator> leaves = table.indicators();
    boolean allWeights = leaves.stream().allMatch(i -> i.weight().isNumber());
    BigDecimal weightSum = sum(leaves.stream().filter(i -> i.weight().isNumber()).map(i -> i.weight().value()));
    if (allWeights && !leaves.isEmpty() && weightSum.compareTo(HUNDRED) != 0) {
      out.add(Finding.error(Codes.WEIGHT_TOTAL_NOT_100, tableCell(table, Column.WEIGHT),
          "末级指标权重合计 " + format(weightSum) + " 分，应为 100 分"));
    }
    for (Group g : table.groups()) {
      group(table, g, out);
    }
    TotalRow total = table.total();
    if (total != null) {
      totalWeight(table, total, allWeights, weightSum, out);
      if (!template) {
        totalScore(table, total, weightSum, allWeights, out);
      }
    }
  }

  private static void group(IndicatorTable table, Group g, List<Finding> out) {
    if (g.declaredWeight() == null) {
      return;
    }
    List<Indicator> leaves = table.indicators().stream().filter(g::contains).toList();
    if (leaves.isEmpty() || !leaves.stream().allMatch(i -> i.weight().isNumber())) {
      return;
    }
    BigDecimal sum = sum(leaves.stream().map(i -> i.weight().value()));
    if (sum.compareTo(g.declaredWeight()) != 0) {
      String level = g.level() <= LEVELS.length ? LEVELS[g.level() - 1] : g.level() + "级";
      out.add(Finding.error(Codes.GROUP_WEIGHT_MISMATCH, table.labelCell(g), level + "指标“" + g.name() + "”标明 "
          + format(g.declaredWeight()) + " 分，但其末级指标权重合计 " + format(sum) + " 分"));
    }
  }

  private static void totalWeight(IndicatorTable table, TotalRow total, boolean allWeights, BigDecimal weightSum,
      List<Finding> out) {
    CellRef cell = table.cell(total.row(), Column.WEIGHT);
    Amount w = total.weight();
    if (w.isNumber()) {
      if (allWeights && Submitted.value(w).compareTo(weightSum) != 0) {
        out.add(Finding.error(Codes.TOTAL_ROW_MISMATCH, cell, "合计行权重 " + format(Submitted.value(w))
            + " 与末级指标权重合计 " + format(weightSum) + " 不一致"));
      }
    } else if (!w.isEmpty()) {
      out.add(Finding.error(Codes.TOTAL_ROW_MISMATCH, cell, "合计行权重" + notNumber(w)));
    }
  }

  private static void totalScore(IndicatorTable table, TotalRow total, BigDecimal weightSum, boolean allWeights,
      List<Finding> out) {
    List<Indicator> leaves = table.indicators();
    boolean allScores = leaves.stream().allMatch(i -> Submitted.score(i) != null);
    BigDecimal scoreSum = sum(leaves.stream().map(Submitted::score).filter(s -> s != null));
    CellRef cell = table.cell(total.row(), Column.SCORE);
    Amount s = total.score();
    // A SUM formula's cached value leaves out scores derived from 得分率; it is right once those are filled in.
    BigDecimal typedSum = sum(leaves.stream().filter(i -> i.score().isNumber()).map(i -> i.score().value()));
    if (s.isNumber()) {
      BigDecimal given = Submitted.value(s);
      if (allScores && given.compareTo(scoreSum) != 0 && given.compareTo(typedSum) != 0) {
        out.add(Finding.error(Codes.TOTAL_ROW_MISMATCH, cell, "合计行得分 " + format(Submitted.value(s))
            + " 与末级指标得分合计 " + format(scoreSum) + " 不一致"));
      }
    } else if (!s.isEmpty()) {
      out.add(Finding.error(Codes.TOTAL_ROW_MISMATCH, cell, "合计行得分" + notNumber(s)));
    }
    Amount rate = total.rate();
    CellRef rateCell = table.cell(total.row(), Column.RATE);
    BigDecimal expected = Decimals.ratio(scoreSum, weightSum);
    if (rate.isNumber()) {
      if (allScores && allWeights && expected != null && !Submitted.agrees(rate, expected)) {
        out.add(Finding.warning(Codes.RATE_MISMATCH, rateCell, "合计行得分率 " + rate.text() + " 与得分合计/权重合计 "
            + format(scoreSum) + "/" + format(weightSum) + " = " + Decimals.percent(expected) + " 不符"));
      }
    } else if (!rate.isEmpty()) {
      out.add(Finding.warning(Codes.RATE_NOT_NUMBER, rateCell, "合计行得分率" + notNumber(rate) + "，将重新计算"));
    }
  }

  private static String notNumber(Amount a) {
    return a.kind() == Amount.Kind.ERROR ? LeafChecks.errorValue(a) : "“" + a.text() + "”不是数字";
  }

  private static BigDecimal sum(java.util.stream.Stream<BigDecimal> values) {
    return values.reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A table-wide finding's cell: the 合计 row's cell of the column when there is one, else the header's. */
  private static CellRef tableCell(IndicatorTable table, Column column) {
    if (table.total() != null) {
      CellRef c = table.cell(table.total().row(), column);
      if (c != null) {
        return c;
      }
    }
    return headerCell(table, column);
  }

  private static CellRef headerCell(IndicatorTable table, Column column) {
    CellRef c = table.cell(table.headerRow(), column);
    return c != null ? c : new CellRef(table.sheet(), table.headerRow(), 0);
  }
}
