package org.evalsheet.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.Amount;
import org.evalsheet.model.Column;
import org.evalsheet.model.Group;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.TotalRow;

/**
 * The seed table as model objects, at the positions {@link SeedWorkbook} writes it (header on sheet row 3, leaves
 * on rows 4–23, 合计 on row 24). Lets validation, scoring and writing be tested without the reader.
 */
public final class SeedModel {
  private static final Pattern LABEL = Pattern.compile("^(.*?)\\s*[（(]\\s*([0-9.]+)\\s*分?\\s*[)）]$");

  private SeedModel() {}

  /** The seed table exactly as submitted. */
  public static IndicatorTable table() {
    return table(SeedWorkbook.rows());
  }

  /** A table from rows in seed-table.tsv's shape (tests edit a copy of {@link SeedWorkbook#rows()}). */
  public static IndicatorTable table(List<String[]> rows) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    Column[] order = {
      Column.LEVEL1, Column.LEVEL2, Column.LEVEL3, Column.LEVEL4, Column.WEIGHT, Column.EXPLANATION,
      Column.BENCHMARK, Column.RULE, Column.REMARK, Column.SCORE, Column.RATE
    };
    for (int c = 0; c < order.length; c++) {
      columns.put(order[c], c);
    }
    int first = 3;
    int last = first + rows.size() - 1;
    List<Group> groups = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    String[] current = new String[3];
    for (int i = 0; i < rows.size(); i++) {
      String[] v = rows.get(i);
      int r = first + i;
      for (int level = 1; level <= 3; level++) {
        String cell = v[level - 1];
        boolean leafHere = level == 3 && (v[3].isEmpty() || v[3].equals("-")) && !cell.isEmpty();
        if (cell.isEmpty() || leafHere) {
          continue;
        }
        Matcher m = LABEL.matcher(cell);
        String name = m.matches() ? m.group(1).strip() : cell;
        current[level - 1] = name;
        for (int k = level; k < 3; k++) {
          current[k] = null;
        }
        List<String> path = new ArrayList<>();
        for (int k = 0; k < level; k++) {
          path.add(current[k]);
        }
        BigDecimal declared = m.matches() ? new BigDecimal(m.group(2)) : null;
        groups.add(new Group(level, path, declared, r, level - 1, groupEnd(rows, i, level - 1) + first));
      }
      List<String> path = new ArrayList<>();
      path.add(current[0]);
      path.add(current[1]);
      int nameCol;
      if (v[3].isEmpty() || v[3].equals("-")) {
        path.add(v[2]);
        current[2] = null;
        nameCol = 2;
      } else {
        path.add(current[2]);
        path.add(v[3]);
        nameCol = 3;
      }
      Map<Column, String> texts = new EnumMap<>(Column.class);
      texts.put(Column.EXPLANATION, v[5]);
      texts.put(Column.BENCHMARK, v[6]);
      texts.put(Column.RULE, v[7]);
      if (!v[8].isEmpty()) {
        texts.put(Column.REMARK, v[8]);
      }
      indicators.add(new Indicator(path, r, r, nameCol, amount(v[4]), amount(v[9]), Amount.BLANK, texts));
    }
    TotalRow total = new TotalRow(last + 1, 0, Amount.of("100"), Amount.of("98.4"), Amount.BLANK);
    return new IndicatorTable(SeedWorkbook.SHEET, 0, SeedWorkbook.TITLE, SeedWorkbook.UNIT, "专项业务费", 2, first, columns,
        groups, indicators, total, last + 1, List.of());
  }

  private static int groupEnd(List<String[]> rows, int start, int col) {
    int end = start;
    while (end + 1 < rows.size() && rows.get(end + 1)[col].isEmpty() && !filledLeft(rows.get(end + 1), col)) {
      end++;
    }
    return end;
  }

  private static boolean filledLeft(String[] v, int col) {
    for (int c = 0; c < col; c++) {
      if (!v[c].isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Amount amount(String s) {
    if (s.isEmpty()) {
      return Amount.BLANK;
    }
    try {
      return Amount.of(s);
    } catch (NumberFormatException e) {
      return new Amount(Amount.Kind.TEXT, null, s, false);
    }
  }
}
