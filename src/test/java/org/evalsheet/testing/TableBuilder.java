package org.evalsheet.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Column;
import org.evalsheet.model.Finding;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.TotalRow;

/**
 * Hand-made indicator tables for tests (测试用指标表), laid out like the seed (columns 一级…四级, 权重, 指标解释, 标杆值,
 * 评分标准, 备注, 得分, 得分率; header on sheet row 3, one leaf per row from row 4):
 *
 * <pre>{@code
 * IndicatorTable t = TableBuilder.create()
 *     .leaf("决策(20)/项目立项(6)/立项依据充分性", "3", "3")
 *     .leaf("决策/项目立项/立项程序规范性", "3", "2.5").rule("5项各占1/5权重分")
 *     .total("6", "5.5")
 *     .build();
 * }</pre>
 *
 * <p>A path segment's {@code (20)} is that group's declared weight (write it on the group's first appearance).
 * Cell texts are read the way the reader reads cells: {@code ""} blank, {@code -}/{@code —}/{@code /} not
 * applicable, {@code #REF!} an error value, {@code 83.33%} a percentage, a number, anything else text.
 */
public final class TableBuilder {
  public static final String SHEET = "指标体系";
  private static final Pattern SEGMENT = Pattern.compile("^(.*?)\\s*[（(]\\s*([0-9.]+)\\s*分?\\s*[)）]$");
  private static final int HEADER_ROW = 2;
  private static final int FIRST_ROW = 3;

  private record Leaf(List<String> path, Amount weight, Amount score, Map<Column, String> texts, Amount[] rate) {}

  private final List<Leaf> leaves = new ArrayList<>();
  private final Map<List<String>, BigDecimal> declared = new HashMap<>();
  private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
  private boolean hasTotal;
  private String[] totalCells;
  private final List<Finding> notes = new ArrayList<>();

  private TableBuilder() {
    Column[] order = {
      Column.LEVEL1, Column.LEVEL2, Column.LEVEL3, Column.LEVEL4, Column.WEIGHT, Column.EXPLANATION,
      Column.BENCHMARK, Column.RULE, Column.REMARK, Column.SCORE, Column.RATE
    };
    for (int c = 0; c < order.length; c++) {
      columns.put(order[c], c);
    }
  }

  public static TableBuilder create() {
    return new TableBuilder();
  }

  /** Adds a leaf: {@code "一级(20)/二级(6)/三级"}, its 权重 and 得分 as typed. */
  public TableBuilder leaf(String path, String weight, String score) {
    List<String> names = new ArrayList<>();
    for (String seg : path.split("/")) {
      Matcher m = SEGMENT.matcher(seg.strip());
      String name = m.matches() ? m.group(1).strip() : seg.strip();
      names.add(name);
      if (m.matches()) {
        declared.put(List.copyOf(names), new BigDecimal(m.group(2)));
      }
    }
    leaves.add(new Leaf(List.copyOf(names), amount(weight), amount(score), new EnumMap<>(Column.class),
        new Amount[] {Amount.BLANK}));
    return this;
  }

  /** Sets the last leaf's submitted 得分率. */
  public TableBuilder rate(String rate) {
    last().rate()[0] = amount(rate);
    return this;
  }

  /** Sets the last leaf's 评分标准. */
  public TableBuilder rule(String rule) {
    last().texts().put(Column.RULE, rule);
    return this;
  }

  /** Adds a 合计 row with 权重 and 得分 as typed (得分率 blank). */
  public TableBuilder total(String weight, String score) {
    return total(weight, score, "");
  }

  /** Adds a 合计 row with 权重, 得分 and 得分率 as typed. */
  public TableBuilder total(String weight, String score, String rate) {
    hasTotal = true;
    totalCells = new String[] {weight, score, rate};
    return this;
  }

  /** Drops a column, as in a table that has none (for example no 得分率). */
  public TableBuilder without(Column column) {
    columns.remove(column);
    return this;
  }

  /** Adds a finding the reader made. */
  public TableBuilder note(Finding note) {
    notes.add(note);
    return this;
  }

  public IndicatorTable build() {
    List<Indicator> indicators = new ArrayList<>();
    Map<List<String>, int[]> spans = new LinkedHashMap<>();
    for (int i = 0; i < leaves.size(); i++) {
      Leaf l = leaves.get(i);
      int row = FIRST_ROW + i;
      for (int level = 1; level < l.path().size(); level++) {
        spans.computeIfAbsent(l.path().subList(0, level), k -> new int[] {row, row})[1] = row;
      }
      Amount rate = columns.containsKey(Column.RATE) ? l.rate()[0] : Amount.BLANK;
      Amount score = columns.containsKey(Column.SCORE) ? l.score() : Amount.BLANK;
      indicators.add(new Indicator(l.path(), row, row, l.path().size() - 1, l.weight(), score, rate, l.texts()));
    }
    List<Group> groups = new ArrayList<>();
    spans.forEach((path, span) -> groups.add(
        new Group(path.size(), path, declared.get(path), span[0], path.size() - 1, span[1])));
    groups.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.level(),
        b.level()));
    int lastRow = FIRST_ROW + leaves.size() - 1;
    TotalRow total = null;
    if (hasTotal) {
      lastRow++;
      total = new TotalRow(lastRow, 0, amount(totalCells[0]), amount(totalCells[1]),
          columns.containsKey(Column.RATE) ? amount(totalCells[2]) : Amount.BLANK);
    }
    return new IndicatorTable(SHEET, 0, "测试指标表", "测试单位", "", HEADER_ROW, FIRST_ROW, columns, groups,
        indicators, total, lastRow, notes);
  }

  private Leaf last() {
    return leaves.get(leaves.size() - 1);
  }

  /** A cell's text read as the reader reads it. */
  public static Amount amount(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Amount.BLANK;
    }
    if (s.equals("-") || s.equals("—") || s.equals("/") || s.equals("*")) {
      return new Amount(Amount.Kind.NOT_APPLICABLE, null, s, false);
    }
    if (s.startsWith("#")) {
      return new Amount(Amount.Kind.ERROR, null, s, false);
    }
    try {
      if (s.endsWith("%")) {
        return new Amount(Amount.Kind.NUMBER, new BigDecimal(s.substring(0, s.length() - 1)).movePointLeft(2), s,
            true);
      }
      return new Amount(Amount.Kind.NUMBER, new BigDecimal(s), s, false);
    } catch (NumberFormatException e) {
      return new Amount(Amount.Kind.TEXT, null, s, false);
    }
  }
}
