package org.evalsheet.read.table;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Code;
import org.evalsheet.model.Column;
import org.evalsheet.model.Decimals;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.Text;
import org.evalsheet.read.grid.Grid;

/**
 * The funds block of a 项目支出绩效自评表 (项目资金 / 预算执行情况) above the indicators, as the Ministry's form and its
 * provincial and 一体化 variants lay it out: {@code 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分}, or
 * {@code 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率)} under {@code 预算执行情况(万元)(20分)}, or
 * {@code 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分} under {@code 预算执行情况(10分)}. Its 分值 (from
 * its column, or from the block's label) and 得分 are the 预算执行率 indicator, which completes the indicators'
 * weights to the full mark. Only the block's first row (年度资金总额) counts: its 其中 rows break the amount down.
 */
final class FundsBlock {
  private FundsBlock() {}

  /** The leaf's name, as the Ministry's guidance calls it. */
  static final String LEAF = "预算执行率";

  private static final List<String> BUDGET = List.of("全年预算数", "调整后预算数", "调整预算数", "预算数", "年度预算数");
  private static final List<String> EXECUTED = List.of("全年执行数", "预算执行数", "执行数", "全年实际执行数");
  private static final List<String> INITIAL = List.of("年初预算数", "年初预算");
  private static final List<String> RATE = List.of("执行率", "预算执行率");
  private static final List<String> WEIGHT = List.of("分值", "权重");
  /** A weight written in the block's label or its 得分 heading: {@code (20分)}, {@code 得分(20分*执行率)}. */
  private static final Pattern DECLARED = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*分\\s*[)）*×xX]");
  /** The words that make a label the block's: 预算执行情况, 项目资金, 资金情况. */
  private static final Pattern BLOCK_LABEL = Pattern.compile(".*(预算执行|项目资金|资金情况|项目预算).*");
  private static final List<String> TOTAL_ROW = List.of("年度资金总额", "年度财政资金总额", "资金总额", "总额", "合计");

  /**
   * The 预算执行率 leaf when the rows above the indicator header hold a funds block that is scored: with a 分值 or
   * 权重 column, or a weight in its label or 得分 heading, and a 得分 column or that weight. A block whose total row
   * is 0 or empty while its 其中 rows hold amounts is noted as a warning at that row.
   */
  static Optional<Indicator> find(TableCells cells, int headerRow) {
    Grid grid = cells.grid();
    for (int r = 0; r < headerRow; r++) {
      Map<String, Integer> cols = headings(grid, r);
      Integer budget = first(cols, BUDGET);
      Integer executed = first(cols, EXECUTED);
      if (budget == null && executed == null && first(cols, INITIAL) == null) {
        continue;
      }
      Integer weightCol = first(cols, WEIGHT);
      Integer scoreCol = cols.get("得分");
      Declared declared = declared(grid, r);
      if (weightCol == null && declared == null) {
        continue;
      }
      int valueRow = valueRow(cells, r, headerRow, budget, executed, weightCol, scoreCol);
      if (valueRow < 0) {
        return Optional.empty();
      }
      checkTotal(cells, valueRow, headerRow, budget, executed);
      return Optional.of(leaf(cells, valueRow, weightCol, scoreCol, declared, first(cols, RATE), budget, executed));
    }
    return Optional.empty();
  }

  /** Where the weight was declared: its value and the cell saying it. */
  private record Declared(BigDecimal weight, int row, int col) {}

  /**
   * A weight the block declares: in its label (a cell of the heading row, or a merged label covering it, naming
   * 预算执行情况 or 项目资金) or in the 得分 heading ({@code 得分(20分*执行率)}).
   */
  private static Declared declared(Grid grid, int r) {
    for (int c = 0; c <= grid.lastCol(); c++) {
      Grid.Cell cell = grid.shown(r, c);
      if (cell.kind() != Grid.Kind.TEXT) {
        continue;
      }
      String k = Text.compact(cell.text());
      boolean label = BLOCK_LABEL.matcher(k).matches() || k.startsWith("得分");
      Matcher m = DECLARED.matcher(k);
      if (label && m.find()) {
        Grid.Region region = grid.region(r, c);
        return new Declared(new BigDecimal(m.group(1)), region == null ? r : region.firstRow(),
            region == null ? c : region.firstCol());
      }
    }
    return null;
  }

  /** The block's first row of values: its 年度资金总额 row, else the first row with a number in the block. */
  private static int valueRow(TableCells cells, int r, int headerRow, Integer budget, Integer executed,
      Integer weightCol, Integer scoreCol) {
    for (int v = r + 1; v < headerRow; v++) {
      if (!cells.blank(v, weightCol) || !cells.blank(v, scoreCol) || !cells.blank(v, budget)
          || !cells.blank(v, executed)) {
        return v;
      }
    }
    return -1;
  }

  /**
   * The total row left 0 or empty while a 其中 row below holds amounts: the block then scores nothing that was
   * spent, which the unit must correct (seen where a formula was saved without its values).
   */
  private static void checkTotal(TableCells cells, int row, int headerRow, Integer budget, Integer executed) {
    Integer col = budget != null ? budget : executed;
    Amount total = cells.amount(row, col);
    if (total.isNumber() && total.value().signum() != 0 || !label(cells, row).contains("总额")) {
      return;
    }
    for (int v = row + 1; v < headerRow; v++) {
      Amount part = cells.amount(v, col);
      if (part.isNumber() && part.value().signum() > 0 && label(cells, v).startsWith("其中")) {
        cells.note(Finding.warning(Code.FUNDS_TOTAL_MISSING, cells.ref(row, col), "资金块“" + label(cells, row)
            + "”一行的预算数为 " + (total.isEmpty() ? "空" : total.text()) + "，而“" + label(cells, v) + "”填有 "
            + part.text() + "：年度资金总额应为各项之和，执行率和得分据此计算，请核实"));
        return;
      }
    }
  }

  /** The text label of a row of the block (年度资金总额, 其中：本年财政拨款), compacted. */
  private static String label(TableCells cells, int row) {
    Grid grid = cells.grid();
    for (int c = 0; c <= grid.lastCol(); c++) {
      Grid.Cell cell = grid.own(row, c);
      if (cell.kind() == Grid.Kind.TEXT && !cell.isBlank()) {
        String k = Text.compact(cell.text());
        if (TOTAL_ROW.stream().anyMatch(k::contains) || k.startsWith("其中") || k.contains("资金")) {
          return k.replaceAll("[:：]$", "");
        }
      }
    }
    return "";
  }

  private static Indicator leaf(TableCells cells, int row, Integer weightCol, Integer scoreCol, Declared declared,
      Integer rateCol, Integer budgetCol, Integer executedCol) {
    Map<Column, Integer> own = new EnumMap<>(Column.class);
    Map<Column, String> texts = new EnumMap<>(Column.class);
    Amount weight;
    if (weightCol != null) {
      own.put(Column.WEIGHT, weightCol);
      weight = cells.amount(row, weightCol);
    } else {
      own.put(Column.WEIGHT, declared.col());
      weight = new Amount(Amount.Kind.NUMBER, declared.weight(), Decimals.format(declared.weight()), false);
      cells.note(Finding.info(Code.FUNDS_SCORED, cells.ref(declared.row(), declared.col()), "资金块标明 "
          + Decimals.format(declared.weight()) + " 分，作为“预算执行率”的分值计入满分"));
    }
    Amount score = Amount.BLANK;
    if (scoreCol != null) {
      own.put(Column.SCORE, scoreCol);
      score = cells.amount(row, scoreCol);
    }
    if (rateCol != null) {
      own.put(Column.ACTUAL, rateCol);
      Amount executed = cells.amount(row, rateCol);
      if (!executed.isEmpty()) {
        texts.put(Column.ACTUAL, executed.text());
      }
    }
    for (Map.Entry<Column, Integer> e : Map.of(Column.BUDGET, budgetCol == null ? -1 : budgetCol, Column.EXECUTED,
        executedCol == null ? -1 : executedCol).entrySet()) {
      if (e.getValue() >= 0) {
        own.put(e.getKey(), e.getValue());
        Amount a = cells.amount(row, e.getValue());
        if (a.isNumber()) {
          texts.put(e.getKey(), Decimals.format(a.value()));
        } else if (a.kind() == Amount.Kind.TEXT) {
          texts.put(e.getKey(), a.text()); // 4753.66万元: the review reads the amount with its unit
        }
      }
    }
    int nameCol = weightCol != null ? weightCol : scoreCol != null ? scoreCol : declared.col();
    for (int c = 0; c < nameCol; c++) {
      if (cells.grid().own(row, c).kind() == Grid.Kind.TEXT && !cells.blank(row, c)) {
        nameCol = c;
        break;
      }
    }
    return new Indicator(List.of(LEAF), row, row, nameCol, weight, score, Amount.BLANK, texts, own);
  }

  private static Integer first(Map<String, Integer> cols, List<String> names) {
    for (String n : names) {
      Integer c = cols.get(n);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  /**
   * Compact heading texts of a row and their columns, first occurrence wins; a unit or formula in brackets after
   * the heading ({@code 全年预算数(A)}, {@code 得分(20分*执行率)}) and a lost bracket ({@code 执行数B)}) are dropped.
   */
  private static Map<String, Integer> headings(Grid grid, int r) {
    Map<String, Integer> cols = new HashMap<>();
    for (int c = 0; c <= grid.lastCol(); c++) {
      Grid.Cell cell = grid.own(r, c);
      if (cell.kind() == Grid.Kind.TEXT) {
        String key = Text.compact(cell.text()).replaceAll("\\([^()]*\\)?$", "").replaceAll("[A-Za-z/]+\\)$", "");
        cols.putIfAbsent(key, c);
      }
    }
    return cols;
  }
}
