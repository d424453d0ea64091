package org.evalsheet.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.evalsheet.testing.SeedWorkbook;
import org.evalsheet.testing.Sheets;

/**
 * Writes one large indicator table (大表) in the seed's layout: title, 预算部门 line, the 11-column header, four
 * level-1 groups of five level-2 groups each, merged over their leaves, then a 合计 row of SUM formulas with cached
 * values. Group labels declare the sum of their leaves' weights; about one leaf in twenty scores 0. Streams rows
 * (SXSSF with a shared-strings table, as Excel writes) so 20,000 rows need little memory.
 */
final class BigTable {

  static final String[] LEVEL1 = {"决策", "过程", "产出", "效益"};
  static final int LEVEL2_PER_LEVEL1 = 5;
  private static final String[] LEVEL2 = {"项目立项", "绩效目标", "资金投入", "资金管理", "组织实施", "产出数量",
    "产出质量", "产出时效", "产出成本", "社会效益", "经济效益", "生态效益", "可持续影响", "服务对象满意度", "管理制度",
    "制度执行", "预算执行", "政府采购", "资产管理", "信息公开"};
  private static final String RULE = "达100%得满分，每降低1%扣5%权重分，扣完为止。";

  private BigTable() {}

  /** Writes {@code leaves} leaf rows; the leaf weight is 100 / leaves to four decimals (the total may miss 100). */
  static Path write(Path file, int leaves, long seed) {
    int groups = LEVEL1.length * LEVEL2_PER_LEVEL1;
    BigDecimal w = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(leaves), 4, RoundingMode.DOWN).stripTrailingZeros();
    Random random = new Random(seed);
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, true, true)) {
      SXSSFSheet sheet = wb.createSheet("指标体系");
      CellStyle text = Sheets.textStyle(wb);
      CellStyle head = Sheets.headStyle(wb, text);

      text(sheet.createRow(0), 0, "大型项目支出指标体系（" + leaves + "项）", head);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 10));
      text(sheet.createRow(1), 0, "预算部门：青岛市基准测试局", null);
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 4));
      Row header = sheet.createRow(2);
      for (int c = 0; c < SeedWorkbook.HEADER.size(); c++) {
        text(header, c, SeedWorkbook.HEADER.get(c), head);
      }
      int first = 3;
      int r = first;
      BigDecimal totalScore = BigDecimal.ZERO;
      for (int g = 0; g < groups; g++) {
        int from = g * leaves / groups;
        int to = (g + 1) * leaves / groups;
        int l1 = g / LEVEL2_PER_LEVEL1;
        int n = to - from;
        BigDecimal groupWeight = w.multiply(BigDecimal.valueOf(n)).stripTrailingZeros();
        BigDecimal l1Weight = w.multiply(BigDecimal.valueOf(l1Leaves(l1, leaves, groups))).stripTrailingZeros();
        for (int i = from; i < to; i++, r++) {
          Row row = sheet.createRow(r);
          text(row, 0, i == l1First(l1, leaves, groups) ? LEVEL1[l1] + " (" + l1Weight.toPlainString() + "分)" : "",
              text);
          text(row, 1, i == from ? LEVEL2[g] + "（" + groupWeight.toPlainString() + "分）" : "", text);
          text(row, 2, String.format("%s指标%05d", LEVEL2[g], i + 1), text);
          text(row, 3, "-", text);
          BigDecimal score = random.nextInt(20) == 0 ? BigDecimal.ZERO : w;
          totalScore = totalScore.add(score);
          number(row, 4, w, text);
          text(row, 5, "考察第" + (i + 1) + "项工作的完成情况，用以反映和考核项目产出目标的实现程度。", text);
          text(row, 6, "100%", text);
          text(row, 7, RULE, text);
          text(row, 8, "", text);
          number(row, 9, score, text);
          text(row, 10, "", text);
        }
        if (n > 1) {
          sheet.addMergedRegion(new CellRangeAddress(r - n, r - 1, 1, 1));
        }
        if (g % LEVEL2_PER_LEVEL1 == LEVEL2_PER_LEVEL1 - 1 && l1Leaves(l1, leaves, groups) > 1) {
          sheet.addMergedRegion(new CellRangeAddress(l1First(l1, leaves, groups) + first, r - 1, 0, 0));
        }
      }
      int last = r - 1;
      Row total = sheet.createRow(r);
      text(total, 0, "合计", head);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
      formula(total, 4, "SUM(E" + (first + 1) + ":E" + (last + 1) + ")", w.multiply(BigDecimal.valueOf(leaves)));
      formula(total, 9, "SUM(J" + (first + 1) + ":J" + (last + 1) + ")", totalScore);
      Sheets.widths(sheet, 12, 14, 16, 16, 7, 40, 10, 50, 16, 7, 9);
      Files.createDirectories(file.getParent());
      try (OutputStream os = Files.newOutputStream(file)) {
        wb.write(os);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int l1First(int l1, int leaves, int groups) {
    return l1 * LEVEL2_PER_LEVEL1 * leaves / groups;
  }

  private static int l1Leaves(int l1, int leaves, int groups) {
    return (l1 + 1) * LEVEL2_PER_LEVEL1 * leaves / groups - l1First(l1, leaves, groups);
  }

  private static void text(Row row, int c, String value, CellStyle style) {
    Cell cell = row.createCell(c);
    if (!value.isEmpty()) {
      cell.setCellValue(value);
    }
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static void number(Row row, int c, BigDecimal value, CellStyle style) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value.doubleValue());
    cell.setCellStyle(style);
  }

  private static void formula(Row row, int c, String formula, BigDecimal cached) {
    Cell cell = row.createCell(c);
    cell.setCellFormula(formula);
    cell.setCellValue(cached.doubleValue());
  }
}
