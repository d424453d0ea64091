package org.evalsheet.validate;

import static org.evalsheet.model.Decimals.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.evalsheet.model.Amount;
import org.evalsheet.model.CellRef;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Profile;
import org.evalsheet.model.TotalRow;

/**
 * The checks of sums (合计校验): the leaves' weights against the full mark, every group's stated totals (the weight
 * in its label, the numbers on its own row in an outline layout, its 小计 row) against its leaves, and the 合计 row
 * against the leaf sums. A sum is only compared when every term in it is a number, so that one missing weight is
 * reported once, on its own cell. Leaves that do not apply count for their weight, never for their score.
 */
final class SumChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SumChecks() {}

  static void check(IndicatorTable table, boolean template, Profile profile, List<Finding> out) {
    if (template) {
      out.add(Finding.info(Code.TEMPLATE_NO_SCORES, headerCell(table, Column.SCORE),
          "表中没有填写任何得分，按空白模板处理：只核对权重，不计算得分和等次"));
    }
    if (table.total() == null) {
      out.add(Finding.info(Code.TOTAL_ROW_MISSING, headerCell(table, Column.LEVEL1),
          "表末没有合计行，填写副本时将追加合计行"));
    }
    if (table.weightsFromLabels()) {
      if (!LabelWeights.covered(table)) {
        out.add(Finding.error(Code.WEIGHT_MISSING, headerCell(table, Column.LEVEL1),
            "表中没有找到权重（分值）列，分组标签中也没有写明分值，无法核对权重和得分"));
        return;
      }
      out.add(Finding.info(Code.WEIGHTS_FROM_GROUP_LABELS, headerCell(table, Column.LEVEL1),
          "表中没有分值（权重）列：按分组标签中写明的分值核对（" + declaredList(table) + "），末级指标的分值未给出，"
              + "不逐项核对得分是否超过分值"));
    }
    BigDecimal weightSum = FullMark.weightSum(table);
    BigDecimal required = profile.ownFullMark() ? HUNDRED : profile.fullMark();
    if (weightSum != null && weightSum.compareTo(required) != 0) {
      CellRef cell = tableCell(table, Column.WEIGHT);
      if (profile.ownFullMark() && FullMark.isOwn(table)) {
        out.add(Finding.warning(Code.WEIGHT_TOTAL_NOT_100, cell, "末级指标权重合计 " + format(weightSum)
            + " 分，与合计行一致，按满分 " + format(weightSum) + " 分评价（得分率和等次按得分÷满分计算）；通常应为 100 分，请核实"));
      } else {
        out.add(Finding.error(Code.WEIGHT_TOTAL_NOT_100, cell, "末级指标权重合计 " + format(weightSum) + " 分，应为 "
            + format(required) + " 分"));
      }
    }
    for (Group g : table.groups()) {
      group(table, g, template, out);
    }
    LabelWeights.check(table, template, out);
    TotalRow total = table.total();
    if (total != null) {
      totalWeight(table, total, weightSum, out);
      if (!template) {
        totalScore(table, total, weightSum, FullMark.of(table, profile), out);
      }
    }
  }

  private static void group(IndicatorTable table, Group g, boolean template, List<Finding> out) {
    List<Indicator> leaves = table.indicators().stream().filter(g::contains).toList();
    if (leaves.isEmpty()) {
      return;
    }
    String who = Group.levelName(g.level()) + "指标“" + g.name() + "”";
    BigDecimal weights = null;
    if (leaves.stream().allMatch(i -> i.weight().isNumber())) {
      weights = sum(leaves.stream().map(i -> i.weight().value()));
    }
    if (g.declaredWeight() != null && weights != null && weights.compareTo(g.declaredWeight()) != 0) {
      out.add(Finding.error(Code.GROUP_WEIGHT_MISMATCH, table.labelCell(g), who + "标明 "
          + format(g.declaredWeight()) + " 分，但其末级指标权重合计 " + format(weights) + " 分"));
    }
    List<Indicator> scored = leaves.stream().filter(i -> !i.notApplicable()).toList();
    BigDecimal scores = null;
    if (!template && scored.stream().allMatch(i -> Submitted.score(i) != null)) {
      scores = sum(scored.stream().map(Submitted::score));
    }
    for (TotalRow row : g.statedRows()) {
      String where = row.equals(g.subtotal()) ? "第 " + (row.row() + 1) + " 行小计" : "所在行";
      stated(table, row, who + where, weights, scores, out);
    }
  }

  /** A group row's or 小计 row's weight and score against its leaves' sums (null: not comparable). */
  private static void stated(IndicatorTable table, TotalRow row, String who, BigDecimal weights, BigDecimal scores,
      List<Finding> out) {
    Amount w = row.weight();
    if (w.isNumber() && weights != null && Submitted.value(w).compareTo(weights) != 0) {
      out.add(Finding.error(Code.GROUP_WEIGHT_MISMATCH, table.cell(row.row(), Column.WEIGHT), who + "填写权重 "
          + format(Submitted.value(w)) + " 分，但其末级指标权重合计 " + format(weights) + " 分"));
    }
    Amount s = row.score();
    if (s.isNumber() && scores != null && Submitted.value(s).compareTo(scores) != 0) {
      out.add(Finding.error(Code.GROUP_SCORE_MISMATCH, table.cell(row.row(), Column.SCORE), who + "填写得分 "
          + format(Submitted.value(s)) + " 分，但其末级指标得分合计 " + format(scores) + " 分"));
    }
    Amount rate = row.rate();
    BigDecimal expected = Decimals.ratio(scores, weights);
    if (rate.isNumber() && expected != null && !Submitted.agrees(rate, expected)) {
      out.add(Finding.warning(Code.RATE_MISMATCH, table.cell(row.row(), Column.RATE), who + "填写得分率 "
          + rate.text() + "，与得分/权重 " + format(scores) + "/" + format(weights) + " = " + Decimals.percent(expected)
          + " 不符"));
    }
  }

  private static void totalWeight(IndicatorTable table, TotalRow total, BigDecimal weightSum, List<Finding> out) {
    CellRef cell = table.cell(total.row(), Column.WEIGHT);
    Amount w = total.weight();
    if (w.isNumber()) {
      BigDecimal given = Submitted.value(w);
      BigDecimal applicable = weightSum == null ? null : weightSum.subtract(FullMark.notApplicableWeight(table));
      if (weightSum != null && given.compareTo(weightSum) != 0 && given.compareTo(applicable) != 0) {
        out.add(Finding.error(Code.TOTAL_ROW_MISMATCH, cell, "合计行权重 " + format(given)
            + " 与末级指标权重合计 " + format(weightSum) + " 不一致"));
      }
    } else if (!w.isEmpty()) {
      out.add(Finding.error(Code.TOTAL_ROW_MISMATCH, cell, "合计行权重" + notNumber(w)));
    }
  }

  /**
   * The 合计 row's score and rate. The score may be the plain sum of the scores, the sum of the typed ones (a SUM
   * formula's cached value leaves out scores derived from 得分率), or, when leaves do not apply, the sum rescaled
   * over the applicable weight; the rate may be over the whole or the applicable weight.
   */
  private static void totalScore(IndicatorTable table, TotalRow total, BigDecimal weightSum, BigDecimal fullMark,
      List<Finding> out) {
    List<Indicator> leaves = table.indicators().stream().filter(i -> !i.notApplicable()).toList();
    boolean allScores = leaves.stream().allMatch(i -> Submitted.score(i) != null);
    BigDecimal scoreSum = sum(leaves.stream().map(Submitted::score).filter(s -> s != null));
    BigDecimal applicable = fullMark.subtract(FullMark.notApplicableWeight(table));
    BigDecimal onApplicable = Decimals.ratio(scoreSum.multiply(fullMark), applicable);
    CellRef cell = table.totalScoreCell();
    Amount s = total.score();
    BigDecimal typedSum = sum(leaves.stream().filter(i -> i.score().isNumber()).map(i -> i.score().value()));
    if (s.isNumber()) {
      BigDecimal given = Submitted.value(s);
      boolean rescaled = applicable.compareTo(fullMark) != 0 && onApplicable != null
          && atShownPrecision(given, onApplicable);
      if (allScores && given.compareTo(scoreSum) != 0 && given.compareTo(typedSum) != 0 && !rescaled) {
        out.add(Finding.error(Code.TOTAL_ROW_MISMATCH, cell, "合计行得分 " + format(given)
            + " 与末级指标得分合计 " + format(scoreSum) + " 不一致"));
      }
    } else if (!s.isEmpty()) {
      out.add(Finding.error(Code.TOTAL_ROW_MISMATCH, cell, "合计行得分" + notNumber(s)));
    }
    Amount rate = total.rate();
    CellRef rateCell = table.cell(total.row(), Column.RATE);
    BigDecimal expected = Decimals.ratio(scoreSum, weightSum);
    BigDecimal overApplicable = Decimals.ratio(scoreSum, applicable);
    if (rate.isNumber()) {
      if (allScores && weightSum != null && expected != null && !Submitted.agrees(rate, expected)
          && !Submitted.agrees(rate, overApplicable)) {
        out.add(Finding.warning(Code.RATE_MISMATCH, rateCell, "合计行得分率 " + rate.text() + " 与得分合计/权重合计 "
            + format(scoreSum) + "/" + format(weightSum) + " = " + Decimals.percent(expected) + " 不符"));
      }
    } else if (!rate.isEmpty()) {
      out.add(Finding.warning(Code.RATE_NOT_NUMBER, rateCell, "合计行得分率" + notNumber(rate) + "，请填写数值或留空"));
    }
  }

  /** Whether a typed number equals a computed one rounded to the typed number's decimals (at least 2). */
  private static boolean atShownPrecision(BigDecimal given, BigDecimal computed) {
    int scale = Math.max(2, given.stripTrailingZeros().scale());
    return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(given.setScale(scale, RoundingMode.HALF_UP)) == 0
        || computed.setScale(Math.max(0, given.stripTrailingZeros().scale()), RoundingMode.HALF_UP)
            .compareTo(given) == 0;
  }

  /** {@code 年度绩效目标 80 分、产出指标 60 分…}: the weights the labels declare, the outermost first. */
  private static String declaredList(IndicatorTable table) {
    java.util.List<String> named = new java.util.ArrayList<>();
    table.declared().sections().stream().filter(s -> s.declaredWeight() != null)
        .forEach(s -> named.add(s.name() + " " + format(s.declaredWeight()) + " 分"));
    table.groups().stream().filter(g -> g.declaredWeight() != null && g.level() == 1)
        .forEach(g -> named.add(g.name() + " " + format(g.declaredWeight()) + " 分"));
    String all = String.join("、", named.subList(0, Math.min(6, named.size())));
    return named.size() > 6 ? all + "等" : all;
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
