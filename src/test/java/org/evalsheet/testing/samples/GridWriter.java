package org.evalsheet.testing.samples;

import static org.evalsheet.testing.Sheets.cell;
import static org.evalsheet.testing.Sheets.filledLeft;
import static org.evalsheet.testing.Sheets.merge;
import static org.evalsheet.testing.Sheets.row;
import static org.evalsheet.testing.Sheets.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.evalsheet.testing.Sheets;
import org.evalsheet.testing.samples.Layout.Col;
import org.evalsheet.testing.samples.Layout.Numbers;

/**
 * Writes a project's table into a sheet in a {@link Layout} (填报表格): the rows above the header, the header,
 * leaves with group labels merged (or, pasted from PDF, not), continuation rows, and the 合计 row. Styles are made
 * once per workbook, as Excel does. A line above the header whose first cell starts with {@code #} is a title,
 * merged across the table.
 */
final class GridWriter {
  private final Workbook wb;
  private final CellStyle text;
  private final CellStyle head;
  private final CellStyle title;
  private final CellStyle number;
  private final CellStyle percent;
  private final FormulaEvaluator eval;

  GridWriter(Workbook wb) {
    this.wb = wb;
    text = Sheets.textStyle(wb);
    head = Sheets.headStyle(wb, text);
    title = Sheets.titleStyle(wb, 16);
    number = wb.createCellStyle();
    number.cloneStyleFrom(text);
    number.setAlignment(HorizontalAlignment.CENTER);
    percent = wb.createCellStyle();
    percent.cloneStyleFrom(number);
    percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
    eval = wb.getCreationHelper().createFormulaEvaluator();
  }

  /** Adds the project's sheet; returns the 1-based header row and the 1-based rows of the leaves. */
  Placement write(Project p, Layout layout) {
    Sheet sheet = wb.createSheet(p.sheet());
    int width = layout.columns().size();
    int r = 0;
    for (List<String> line : layout.above()) {
      boolean isTitle = !line.isEmpty() && line.get(0).startsWith("#");
      for (int c = 0; c < line.size(); c++) {
        String v = c == 0 && isTitle ? line.get(0).substring(1) : line.get(c);
        cell(sheet, r, c, v, isTitle ? title : null);
      }
      if (isTitle) {
        merge(sheet, r, r, 0, width - 1);
      }
      r++;
    }
    int header = r;
    for (int c = 0; c < width; c++) {
      cell(sheet, header, c, layout.headers().get(c), head);
    }
    r++;
    int first = r;
    List<Integer> leafRows = new ArrayList<>();
    List<Leaf> leaves = p.leaves();
    boolean outline = layout.groupRows() == Layout.GroupRows.OUTLINE;
    for (int i = 0; i < leaves.size(); i++) {
      Leaf leaf = leaves.get(i);
      Leaf prev = i == 0 ? null : leaves.get(i - 1);
      if (outline) {
        r = outlineRows(sheet, p, layout, leaf, prev, r);
      }
      leafRows.add(r + 1);
      String[] rule = layout.pdf() ? split(leaf.rule()) : new String[] {leaf.rule(), null};
      String[] expl = layout.pdf() ? split(leaf.explanation()) : new String[] {leaf.explanation(), null};
      for (int c = 0; c < width; c++) {
        Col col = layout.columns().get(c);
        switch (col) {
          case L1 -> label(sheet, r, c, layout, !outline && (prev == null || !prev.l1().equals(leaf.l1())),
              group(p, layout, List.of(leaf.l1())));
          case L2 -> label(sheet, r, c, layout, !outline && (prev == null || !same(prev, leaf, 2)),
              group(p, layout, List.of(leaf.l1(), leaf.l2())));
          case L3 -> {
            if (leaf.l4() == null) {
              cell(sheet, r, c, name(layout, leaf.l3()), text);
            } else {
              label(sheet, r, c, layout, prev == null || !same(prev, leaf, 3) || prev.l4() == null,
                  name(layout, leaf.l3()));
            }
          }
          case L4 -> cell(sheet, r, c, leaf.l4() == null ? "-" : name(layout, leaf.l4()), text);
          case WEIGHT -> amount(sheet, r, c, leaf.weight(), layout.numbers(), i);
          case SCORE -> {
            if (leaf.notApplicable()) {
              cell(sheet, r, c, "不适用", number);
            } else {
              amount(sheet, r, c, leaf.score(), layout.numbers(), i + 1);
            }
          }
          case EXPL -> cell(sheet, r, c, expl[0], text);
          case BENCH -> cell(sheet, r, c, nz(leaf.benchmark()), text);
          case RULE -> cell(sheet, r, c, rule[0], text);
          case REMARK -> cell(sheet, r, c, "", text);
          case RATE -> rate(sheet, r, c, layout);
          default -> throw new IllegalStateException();
        }
      }
      r++;
      if (rule[1] != null || expl[1] != null) {
        for (int c = 0; c < width; c++) {
          Col col = layout.columns().get(c);
          String v = col == Col.RULE ? nz(rule[1]) : col == Col.EXPL ? nz(expl[1]) : "";
          cell(sheet, r, c, v, text);
        }
        r++;
      }
      Leaf next = i + 1 < leaves.size() ? leaves.get(i + 1) : null;
      if (layout.groupRows() == Layout.GroupRows.SUBTOTALS && (next == null || !next.l1().equals(leaf.l1()))) {
        r = statedRow(sheet, layout, r, 0, leaf.l1() + "小计", p.groupWeight(List.of(leaf.l1())),
            p.groupScore(List.of(leaf.l1())));
        int levels = layout.levelColumns();
        merge(sheet, r - 1, r - 1, 0, levels - 1);
      }
    }
    int last = r - 1;
    if (layout.merge()) {
      mergeLevels(sheet, layout, first, last);
    }
    totalRow(sheet, layout, r, first, last, p);
    int[] widths = {12, 14, 16, 16, 7, 40, 10, 50, 16, 7, 9};
    for (int c = 0; c < width; c++) {
      sheet.setColumnWidth(c, widths[layout.columns().get(c).ordinal()] * 256);
    }
    return new Placement(p.sheet(), header + 1, leafRows, r + 1);
  }

  /** Where a table landed, 1-based as Excel shows rows. */
  record Placement(String sheet, int headerRow, List<Integer> leafRows, int totalRow) {}

  /** The outline rows of the groups a leaf opens: 一级 and 二级 labels on rows of their own with weight and score. */
  private int outlineRows(Sheet sheet, Project p, Layout layout, Leaf leaf, Leaf prev, int r) {
    boolean newL1 = prev == null || !prev.l1().equals(leaf.l1());
    if (newL1) {
      List<String> g = List.of(leaf.l1());
      r = statedRow(sheet, layout, r, layout.index(Col.L1), leaf.l1(), p.groupWeight(g), p.groupScore(g));
    }
    if (newL1 || !same(prev, leaf, 2)) {
      List<String> g = List.of(leaf.l1(), leaf.l2());
      r = statedRow(sheet, layout, r, layout.index(Col.L2), leaf.l2(), p.groupWeight(g), p.groupScore(g));
    }
    return r;
  }

  /** A row stating a group's totals (an outline group row or a 小计 row): its label, weight and score. */
  private int statedRow(Sheet sheet, Layout layout, int r, int labelCol, String label, BigDecimal weight,
      BigDecimal score) {
    for (int c = 0; c < layout.columns().size(); c++) {
      Col col = layout.columns().get(c);
      if (c == labelCol) {
        cell(sheet, r, c, label, text);
      } else if (col == Col.WEIGHT) {
        amount(sheet, r, c, weight, layout.numbers(), 0);
      } else if (col == Col.SCORE) {
        amount(sheet, r, c, score, layout.numbers(), 0);
      } else {
        cell(sheet, r, c, "", text);
      }
    }
    return r + 1;
  }

  private void totalRow(Sheet sheet, Layout layout, int r, int first, int last, Project p) {
    cell(sheet, r, 0, layout.totalLabel(), head);
    int levels = layout.levelColumns();
    if (levels > 1) {
      merge(sheet, r, r, 0, levels - 1);
    }
    int w = layout.index(Col.WEIGHT);
    int s = layout.index(Col.SCORE);
    BigDecimal weight = layout.groupRows() == Layout.GroupRows.NONE ? sumColumn(sheet, w, first, last) : p.weightTotal();
    BigDecimal score = layout.groupRows() == Layout.GroupRows.NONE ? sumColumn(sheet, s, first, last) : p.scoreTotal();
    if (layout.typedScoreTotal() != null) {
      score = new BigDecimal(layout.typedScoreTotal());
    }
    switch (layout.total()) {
      case FORMULA -> {
        formula(sheet, r, w, "SUM(" + col(w) + (first + 1) + ":" + col(w) + (last + 1) + ")", number);
        formula(sheet, r, s, "SUM(" + col(s) + (first + 1) + ":" + col(s) + (last + 1) + ")", number);
      }
      case NUMBER -> {
        num(sheet, r, w, weight);
        num(sheet, r, s, score);
      }
      case TEXT -> {
        cell(sheet, r, w, Project.plain(weight), number);
        cell(sheet, r, s, Project.plain(score), number);
      }
      default -> throw new IllegalStateException();
    }
    int rate = layout.index(Col.RATE);
    if (rate >= 0) {
      if (layout.rateFormulas()) {
        formula(sheet, r, rate, col(s) + (r + 1) + "/" + col(w) + (r + 1), percent);
      } else {
        cell(sheet, r, rate, "", text);
      }
    }
  }

  private BigDecimal sumColumn(Sheet sheet, int c, int first, int last) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int r = first; r <= last; r++) {
      Cell cell = sheet.getRow(r).getCell(c);
      String v = cell == null ? "" : cell.toString().strip();
      if (!v.isEmpty()) {
        sum = sum.add(parse(v));
      }
    }
    return sum;
  }

  private static BigDecimal parse(String v) {
    if (v.chars().noneMatch(ch -> Character.isDigit(ch) || ch >= '０' && ch <= '９')) {
      return BigDecimal.ZERO;
    }
    StringBuilder sb = new StringBuilder();
    for (char ch : v.toCharArray()) {
      if (ch >= '０' && ch <= '９') {
        sb.append((char) (ch - '０' + '0'));
      } else if (ch == '.' || Character.isDigit(ch)) {
        sb.append(ch);
      }
    }
    return new BigDecimal(sb.toString());
  }

  private void mergeLevels(Sheet sheet, Layout layout, int first, int last) {
    for (int c = 0; c < layout.columns().size(); c++) {
      Col col = layout.columns().get(c);
      if (col != Col.L1 && col != Col.L2 && col != Col.L3) {
        continue;
      }
      for (int r = first; r <= last; r++) {
        if (value(sheet, r, c).isEmpty()) {
          continue;
        }
        int end = r;
        while (end < last && value(sheet, end + 1, c).isEmpty() && !filledLeft(sheet, end + 1, c)) {
          end++;
        }
        if (col == Col.L3 && layout.columns().contains(Col.L4) && value(sheet, r, layout.index(Col.L4)).equals("-")) {
          end = r;
        }
        if (end > r) {
          merge(sheet, r, end, c, c);
        }
        r = end;
      }
    }
  }

  private static boolean same(Leaf a, Leaf b, int levels) {
    return a.path().subList(0, levels).equals(b.path().subList(0, levels));
  }

  private static String group(Project p, Layout layout, List<String> path) {
    String name = name(layout, path.get(path.size() - 1));
    String w = p.declared(path);
    if (layout.pdf()) {
      return name + "\n（" + w + "分）";
    }
    return layout.fullWidth() ? name + "（" + w + "分）" : name + " (" + w + "分)";
  }

  /** PDF text extraction breaks narrow cells every two characters: 绩效\n指标\n明确\n性. */
  private static String name(Layout layout, String name) {
    if (!layout.pdf() || name.length() <= 4) {
      return name;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i += 2) {
      sb.append(i == 0 ? "" : "\n").append(name, i, Math.min(name.length(), i + 2));
    }
    return sb.toString();
  }

  /** A long text split where a PDF page's cell would wrap onto the next row: after a ；or ，past 30 characters. */
  private static String[] split(String s) {
    if (s == null || s.length() <= 50) {
      return new String[] {s, null};
    }
    for (int i = 30; i < s.length() - 10; i++) {
      char ch = s.charAt(i);
      if (ch == '；' || ch == '，' || ch == '。') {
        return new String[] {s.substring(0, i + 1), s.substring(i + 1)};
      }
    }
    return new String[] {s, null};
  }

  private void label(Sheet sheet, int r, int c, Layout layout, boolean start, String v) {
    cell(sheet, r, c, start ? v : "", text);
  }

  private void rate(Sheet sheet, int r, int c, Layout layout) {
    if (!layout.rateFormulas()) {
      cell(sheet, r, c, "", text);
      return;
    }
    int w = layout.index(Col.WEIGHT);
    int s = layout.index(Col.SCORE);
    formula(sheet, r, c, col(s) + (r + 1) + "/" + col(w) + (r + 1), percent);
  }

  /**
   * A weight or score as typed. TEXT_MIXED cycles through the habits seen in real files: plain text, padded text,
   * a trailing 分 and full-width digits.
   */
  private void amount(Sheet sheet, int r, int c, BigDecimal v, Numbers how, int i) {
    String s = Project.plain(v);
    switch (how) {
      case NUMBER -> num(sheet, r, c, v);
      case TEXT -> cell(sheet, r, c, s, number);
      case TEXT_MIXED -> {
        String typed = switch (i % 4) {
          case 0 -> s;
          case 1 -> " " + s + " ";
          case 2 -> s + "分";
          default -> s.indexOf('.') < 0 ? fullWidth(s) : s;
        };
        cell(sheet, r, c, typed, number);
      }
      default -> throw new IllegalStateException();
    }
  }

  private static String fullWidth(String digits) {
    StringBuilder sb = new StringBuilder();
    for (char ch : digits.toCharArray()) {
      sb.append((char) (ch - '0' + '０'));
    }
    return sb.toString();
  }

  private void num(Sheet sheet, int r, int c, BigDecimal v) {
    Cell cell = row(sheet, r).createCell(c);
    cell.setCellValue(v.doubleValue());
    cell.setCellStyle(number);
  }

  private void formula(Sheet sheet, int r, int c, String f, CellStyle style) {
    Cell cell = row(sheet, r).createCell(c);
    cell.setCellFormula(f);
    cell.setCellStyle(style);
    eval.evaluateFormulaCell(cell);
  }

  private static String col(int c) {
    return CellReference.convertNumToColString(c);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
