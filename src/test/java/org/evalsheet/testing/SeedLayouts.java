package org.evalsheet.testing;

import static org.evalsheet.testing.Sheets.cell;
import static org.evalsheet.testing.Sheets.merge;
import static org.evalsheet.testing.Sheets.row;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The seed table (shared/seed) laid out the ways finance offices lay it out (种子表的各种版式), one habit at a time or
 * mixed: groups merged over their leaves, standing on rows of their own (outline, with or without the group's
 * score), closed by 小计 rows, or repeated on every row (flat); weights as points, fractions of 1, typed
 * percentages, percent-formatted numbers or under a {@code 权重(%)} header; other header words; a reviewer's
 * column under a two-row header; a leaf that does not apply; the unit named only in the title. Every layout holds
 * the same numbers: total 98.4, 决策 18.5 / 过程 19.9 / 产出 25 / 效益 35, 20 leaves.
 *
 * <pre>{@code
 * new SeedLayouts().groups(Groups.OUTLINE_SCORED).weights(Weights.FRACTIONS).write(dir.resolve("t.xlsx"));
 * }</pre>
 */
public final class SeedLayouts {

  /** How groups are shown. */
  public enum Groups {
    /** Level-1 and level-2 labels merged over their leaves, declared weights in the labels (the seed). */
    MERGED,
    /** No merges; each group's label on a row of its own with its weight in 权重; leaves below. */
    OUTLINE,
    /** As {@link #OUTLINE}, with the group's score in 得分 too. */
    OUTLINE_SCORED,
    /** Merged, and a {@code 决策小计} row closing each level-1 group. */
    SUBTOTALS,
    /** Merged, a plain {@code 小计} row closing each level-2 group inside the level-1 label, and each level-1. */
    SUBTOTALS_NESTED,
    /** Outline rows for level 1, merged level-2 labels with declared weights, and {@code 合计（决策）} rows. */
    MIXED,
    /** Every leaf row repeats its group names, no merges, no declared weights (a system export). */
    FLAT
  }

  /** How weights (and scores) are written. */
  public enum Weights {
    /** Points: 3, 2.5. */
    POINTS,
    /** Fractions of 1 (0.03), scores likewise (0.025), 合计 1 and 0.984. */
    FRACTIONS,
    /** Typed text {@code 3%}, scores in points. */
    PERCENT_TEXT,
    /** Numbers 0.03 in a {@code 0%} format, scores in points. */
    PERCENT_FORMAT,
    /** A {@code 权重(%)} header over 3, 2.5 … */
    PERCENT_HEADER
  }

  /** One leaf of the seed: its position, path, the labels its groups are written with, numbers and texts. */
  public record Leaf(int index, List<String> path, List<String> labels, BigDecimal weight, BigDecimal score,
      List<String> texts) {
    /** The leaf's own name. */
    public String name() {
      return path.get(path.size() - 1);
    }
  }

  private static final Pattern LABEL = Pattern.compile("^(.*?)\\s*[（(]\\s*([0-9.]+)\\s*分?\\s*[)）]$");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Groups groups = Groups.MERGED;
  private Weights weights = Weights.POINTS;
  private String weightHeader = "权重";
  private String scoreHeader = "得分";
  private boolean reviewer;
  private boolean titleOnly;
  private Integer notApplicable;
  private String notApplicableText = "不适用";
  private final Map<String, String> groupWeights = new HashMap<>();
  private final Map<String, String> subtotalScores = new HashMap<>();
  private String sheetName = "指标体系";

  /** The 20 leaves of the seed, in order. */
  public static List<Leaf> leaves() {
    List<Leaf> out = new ArrayList<>();
    String[] labels = new String[4];
    for (String[] v : SeedWorkbook.rows()) {
      for (int level = 0; level < 3; level++) {
        if (!v[level].isEmpty()) {
          labels[level] = v[level];
          for (int k = level + 1; k < 4; k++) {
            labels[k] = null;
          }
        }
      }
      boolean fourth = !v[3].isEmpty() && !v[3].equals("-");
      List<String> lab = new ArrayList<>(List.of(labels[0], labels[1]));
      if (fourth) {
        lab.add(labels[2]);
        lab.add(v[3]);
      } else {
        lab.add(v[2]);
      }
      List<String> path = lab.stream().map(SeedLayouts::name).toList();
      out.add(new Leaf(out.size(), path, lab, new BigDecimal(v[4]), new BigDecimal(v[9]),
          List.of(v[5], v[6], v[7], v[8])));
    }
    return out;
  }

  public SeedLayouts groups(Groups g) {
    this.groups = g;
    return this;
  }

  public SeedLayouts weights(Weights w) {
    this.weights = w;
    return this;
  }

  /** Other header words for the weight and score columns, such as {@code 标准分值} and {@code 评分}. */
  public SeedLayouts headers(String weight, String score) {
    this.weightHeader = weight;
    this.scoreHeader = score;
    return this;
  }

  /** A two-row header with 得分 merged over 自评 and 复核; the reviewer gives 绩效目标合理性 2 instead of 2.5. */
  public SeedLayouts reviewer() {
    this.reviewer = true;
    return this;
  }

  /** No 预算部门 line: the unit is named only in the title {@code 青岛市教育局2023年度课后服务项目绩效自评表}. */
  public SeedLayouts titleOnly() {
    this.titleOnly = true;
    return this;
  }

  /** Leaf {@code index} (0-based) scored {@code 不适用} instead of its score. */
  public SeedLayouts notApplicable(int index, String text) {
    this.notApplicable = index;
    this.notApplicableText = text;
    return this;
  }

  /** A group row's (outline) weight typed wrong, by group name. */
  public SeedLayouts groupWeight(String group, String weight) {
    groupWeights.put(group, weight);
    return this;
  }

  /** A 小计 row's score typed wrong, by group name. */
  public SeedLayouts subtotalScore(String group, String score) {
    subtotalScores.put(group, score);
    return this;
  }

  public SeedLayouts sheetName(String name) {
    this.sheetName = name;
    return this;
  }

  /** The title this layout writes. */
  public String title() {
    return titleOnly ? "青岛市教育局2023年度课后服务项目绩效自评表" : SeedWorkbook.TITLE;
  }

  /** Writes an .xlsx, or an .xls when the file name ends in .xls. */
  public Path write(Path file) {
    return Sheets.write(file, this::fill);
  }

  /** One row to write: a group's own row, a leaf, a 小计 or the 合计. */
  private record Line(String kind, int level, Leaf leaf, List<String> group, String label) {}

  /** The rows of the body, in order. */
  private List<Line> lines() {
    List<Leaf> leaves = leaves();
    List<Line> out = new ArrayList<>();
    List<String> prev = List.of();
    for (int i = 0; i < leaves.size(); i++) {
      Leaf leaf = leaves.get(i);
      List<String> groupsOf = leaf.path().subList(0, leaf.path().size() - 1);
      int common = common(prev, groupsOf);
      close(out, prev, common);
      for (int level = common + 1; level <= groupsOf.size(); level++) {
        if (groups == Groups.OUTLINE || groups == Groups.OUTLINE_SCORED || groups == Groups.MIXED && level == 1) {
          out.add(new Line("group", level, null, groupsOf.subList(0, level), leaf.labels().get(level - 1)));
        }
      }
      out.add(new Line("leaf", leaf.path().size(), leaf, groupsOf, null));
      prev = groupsOf;
    }
    close(out, prev, 0);
    return out;
  }

  /** 小计 rows for the groups of {@code prev} deeper than {@code keep}, innermost first. */
  private void close(List<Line> out, List<String> prev, int keep) {
    for (int level = prev.size(); level > keep; level--) {
      List<String> g = prev.subList(0, level);
      if ((groups == Groups.SUBTOTALS || groups == Groups.MIXED) && level == 1) {
        String label = groups == Groups.MIXED ? "合计（" + g.get(0) + "）" : g.get(0) + "小计";
        out.add(new Line("subtotal", 1, null, g, label));
      } else if (groups == Groups.SUBTOTALS_NESTED && level <= 2) {
        out.add(new Line("subtotal", level, null, g, level == 1 ? "一级指标小计" : "小计"));
      }
    }
  }

  private static int common(List<String> a, List<String> b) {
    int n = 0;
    while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
      n++;
    }
    return n;
  }

  /** Adds the sheet to a workbook the caller owns. */
  public Sheet fill(Workbook wb) {
    Sheet sheet = wb.createSheet(sheetName);
    CellStyle text = Sheets.textStyle(wb);
    CellStyle head = Sheets.headStyle(wb, text);
    CellStyle percent = wb.createCellStyle();
    percent.cloneStyleFrom(text);
    percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    List<String> header = new ArrayList<>(SeedWorkbook.HEADER);
    header.set(4, weights == Weights.PERCENT_HEADER ? "权重(%)" : weightHeader);
    header.set(9, scoreHeader);
    int scoreCol = 9;
    int reviewCol = reviewer ? 10 : -1;
    int rateCol = reviewer ? 11 : 10;
    if (reviewer) {
      header.add(10, "复核");
    }
    int width = header.size();
    cell(sheet, 0, 0, title(), Sheets.titleStyle(wb, 16));
    merge(sheet, 0, 0, 0, width - 1);
    int h = 1;
    if (!titleOnly) {
      cell(sheet, 1, 0, "预算部门：" + SeedWorkbook.UNIT, null);
      merge(sheet, 1, 1, 0, 4);
      h = 2;
    }
    for (int c = 0; c < width; c++) {
      cell(sheet, h, c, header.get(c), head);
    }
    int first = h + 1;
    if (reviewer) {
      for (int c = 0; c < width; c++) {
        cell(sheet, h + 1, c, c == scoreCol ? "自评" : c == reviewCol ? "复核" : "", head);
        if (c != scoreCol && c != reviewCol) {
          merge(sheet, h, h + 1, c, c);
        }
      }
      row(sheet, h).getCell(reviewCol).setBlank();
      merge(sheet, h, h, scoreCol, reviewCol);
      first = h + 2;
    }
    List<Line> lines = lines();
    Map<List<String>, int[]> spans = new HashMap<>();
    int r = first;
    List<Leaf> all = leaves();
    for (Line line : lines) {
      switch (line.kind()) {
        case "group" -> {
          String label = line.label();
          String name = name(label);
          BigDecimal w = groupSum(all, line.group(), true);
          BigDecimal s = groupSum(all, line.group(), false);
          cell(sheet, r, line.level() - 1, groups == Groups.MIXED ? label : name, text);
          String typed = groupWeights.get(name);
          weight(sheet, r, typed != null ? new BigDecimal(typed) : w, text, percent);
          if (groups == Groups.OUTLINE_SCORED) {
            score(sheet, r, scoreCol, s, text);
          }
        }
        case "subtotal" -> {
          int labelCol = groups == Groups.SUBTOTALS_NESTED && line.level() == 2 ? 1 : 0;
          cell(sheet, r, labelCol, line.label(), text);
          merge(sheet, r, r, labelCol, 3);
          weight(sheet, r, groupSum(all, line.group(), true), text, percent);
          String typed = subtotalScores.get(line.group().get(line.group().size() - 1));
          score(sheet, r, scoreCol, typed != null ? new BigDecimal(typed) : groupSum(all, line.group(), false), text);
        }
        default -> leafRow(sheet, r, line.leaf(), line.leaf().index(), scoreCol, reviewCol, text, percent);
      }
      for (int level = 1; level <= line.group().size(); level++) {
        spans.computeIfAbsent(line.group().subList(0, level), k -> new int[] {Integer.MAX_VALUE, -1});
      }
      if (!line.kind().equals("subtotal") || line.level() > 1 && groups == Groups.SUBTOTALS_NESTED) {
        int upTo = line.kind().equals("subtotal") ? 1 : line.group().size();
        for (int level = 1; level <= upTo; level++) {
          int[] span = spans.get(line.group().subList(0, level));
          span[0] = Math.min(span[0], r);
          span[1] = Math.max(span[1], r);
        }
      }
      r++;
    }
    if (groups == Groups.MERGED || groups == Groups.SUBTOTALS || groups == Groups.SUBTOTALS_NESTED
        || groups == Groups.MIXED) {
      mergeLabels(sheet, spans, text);
    }
    cell(sheet, r, 0, "合计", head);
    merge(sheet, r, r, 0, 3);
    weight(sheet, r, HUNDRED, text, percent);
    BigDecimal total = new BigDecimal("98.4");
    if (notApplicable != null) {
      total = total.subtract(all.get(notApplicable).score());
    }
    score(sheet, r, scoreCol, total, text);
    if (reviewer) {
      score(sheet, r, reviewCol, total.subtract(new BigDecimal("0.5")), text);
    }
    cell(sheet, r, rateCol, "", text);
    Sheets.widths(sheet, 12, 14, 16, 16, 7, 40, 10, 50, 16, 7, 9, 9);
    return sheet;
  }

  private void leafRow(Sheet sheet, int r, Leaf leaf, int index, int scoreCol, int reviewCol, CellStyle text,
      CellStyle percent) {
    int depth = leaf.path().size();
    boolean flat = groups == Groups.FLAT;
    boolean merged = groups != Groups.OUTLINE && groups != Groups.OUTLINE_SCORED && !flat;
    for (int level = 1; level < depth; level++) {
      if (flat) {
        cell(sheet, r, level - 1, leaf.path().get(level - 1), text);
      } else if (merged && !(groups == Groups.MIXED && level == 1)) {
        cell(sheet, r, level - 1, "", text);
      }
    }
    cell(sheet, r, depth - 1, leaf.name(), text);
    if (depth == 3) {
      cell(sheet, r, 3, "-", text);
    }
    weight(sheet, r, leaf.weight(), text, percent);
    for (int t = 0; t < 4; t++) {
      cell(sheet, r, 5 + t, leaf.texts().get(t), text);
    }
    if (notApplicable != null && notApplicable == index) {
      cell(sheet, r, scoreCol, notApplicableText, text);
    } else {
      score(sheet, r, scoreCol, leaf.score(), text);
    }
    if (reviewCol >= 0) {
      score(sheet, r, reviewCol, index == 2 ? new BigDecimal("2") : leaf.score(), text);
    }
  }

  /** Merges each group's label (on its first row) down over the rows it spans, as Excel users do. */
  private void mergeLabels(Sheet sheet, Map<List<String>, int[]> spans, CellStyle text) {
    List<Leaf> all = leaves();
    for (Map.Entry<List<String>, int[]> e : spans.entrySet()) {
      List<String> g = e.getKey();
      int[] span = e.getValue();
      if (span[1] < 0 || g.size() > 2 || groups == Groups.MIXED && g.size() == 1) {
        continue;
      }
      String label = all.stream().filter(l -> l.path().size() > g.size() && l.path().subList(0, g.size()).equals(g))
          .findFirst().orElseThrow().labels().get(g.size() - 1);
      cell(sheet, span[0], g.size() - 1, label, text);
      if (span[1] > span[0]) {
        merge(sheet, span[0], span[1], g.size() - 1, g.size() - 1);
      }
    }
    // 社会效益 and 项目发展机制可持续性 (level 3 over 四级 leaves) are merged like the seed.
    for (Map.Entry<List<String>, int[]> e : spans.entrySet()) {
      if (e.getKey().size() == 3 && e.getValue()[1] >= 0) {
        cell(sheet, e.getValue()[0], 2, e.getKey().get(2), text);
        if (e.getValue()[1] > e.getValue()[0]) {
          merge(sheet, e.getValue()[0], e.getValue()[1], 2, 2);
        }
      }
    }
  }

  private BigDecimal groupSum(List<Leaf> all, List<String> group, boolean weight) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < all.size(); i++) {
      Leaf l = all.get(i);
      if (l.path().size() > group.size() && l.path().subList(0, group.size()).equals(group)) {
        if (weight) {
          sum = sum.add(l.weight());
        } else if (notApplicable == null || notApplicable != i) {
          sum = sum.add(l.score());
        }
      }
    }
    return sum;
  }

  private void weight(Sheet sheet, int r, BigDecimal w, CellStyle text, CellStyle percent) {
    switch (weights) {
      case FRACTIONS -> number(sheet, r, 4, w.movePointLeft(2), text);
      case PERCENT_TEXT -> cell(sheet, r, 4, w.stripTrailingZeros().toPlainString() + "%", text);
      case PERCENT_FORMAT -> number(sheet, r, 4, w.movePointLeft(2), percent);
      default -> number(sheet, r, 4, w, text);
    }
  }

  private void score(Sheet sheet, int r, int c, BigDecimal s, CellStyle text) {
    number(sheet, r, c, weights == Weights.FRACTIONS ? s.movePointLeft(2) : s, text);
  }

  private static void number(Sheet sheet, int r, int c, BigDecimal v, CellStyle style) {
    Cell cell = row(sheet, r).createCell(c);
    cell.setCellValue(v.doubleValue());
    cell.setCellStyle(style);
  }

  /** A label without its declared weight: {@code 决策 (20分)} → 决策. */
  static String name(String label) {
    Matcher m = LABEL.matcher(label);
    return m.matches() ? m.group(1).strip() : label.strip();
  }
}
