package org.evalsheet.read.table;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Column;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.Text;
import org.evalsheet.read.grid.Grid;

/**
 * The funds block of a Ministry of Finance 项目支出绩效自评表 (项目资金): {@code 年初预算数 | 全年预算数 | 全年执行数 |
 * 分值 | 执行率 | 得分}. Its 分值 and 得分 are the 预算执行率 indicator, which completes the weights to 100.
 */
final class FundsBlock {
  private FundsBlock() {}

  /** The leaf's name, as the Ministry's guidance calls it. */
  static final String LEAF = "预算执行率";

  private static final List<String> BUDGET_WORDS = List.of("年初预算数", "全年预算数", "全年执行数");

  /** The 预算执行率 leaf when the rows above the indicator header hold a funds block with a 分值 or 得分. */
  static Optional<Indicator> find(TableCells cells, int headerRow) {
    Grid grid = cells.grid();
    for (int r = 0; r < headerRow; r++) {
      Map<String, Integer> cols = headings(grid, r);
      if (cols.keySet().stream().noneMatch(BUDGET_WORDS::contains)
          || !cols.containsKey("分值") || !cols.containsKey("得分")) {
        continue;
      }
      int weightCol = cols.get("分值");
      int scoreCol = cols.get("得分");
      for (int v = r + 1; v < headerRow; v++) {
        if (!cells.blank(v, weightCol) || !cells.blank(v, scoreCol)) {
          return Optional.of(leaf(cells, v, weightCol, scoreCol, cols.get("执行率"), cols.get("全年预算数"),
              cols.get("全年执行数")));
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Indicator leaf(TableCells cells, int row, int weightCol, int scoreCol, Integer rateCol,
      Integer budgetCol, Integer executedCol) {
    Map<Column, Integer> own = new EnumMap<>(Column.class);
    own.put(Column.WEIGHT, weightCol);
    own.put(Column.SCORE, scoreCol);
    Map<Column, String> texts = new EnumMap<>(Column.class);
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
          texts.put(e.getKey(), org.evalsheet.model.Decimals.format(a.value()));
        }
      }
    }
    int nameCol = weightCol;
    for (int c = 0; c < weightCol; c++) {
      if (cells.grid().own(row, c).kind() == Grid.Kind.TEXT && !cells.blank(row, c)) {
        nameCol = c;
        break;
      }
    }
    return new Indicator(List.of(LEAF), row, row, nameCol, cells.amount(row, weightCol), cells.amount(row, scoreCol),
        Amount.BLANK, texts, own);
  }

  /** Compact heading texts of a row and their columns, first occurrence wins. */
  private static Map<String, Integer> headings(Grid grid, int r) {
    Map<String, Integer> cols = new java.util.HashMap<>();
    for (int c = 0; c <= grid.lastCol(); c++) {
      Grid.Cell cell = grid.own(r, c);
      if (cell.kind() == Grid.Kind.TEXT) {
        String key = Text.compact(cell.text()).replaceAll("\\([^()]*\\)$", "");
        cols.putIfAbsent(key, c);
      }
    }
    return cols;
  }
}
