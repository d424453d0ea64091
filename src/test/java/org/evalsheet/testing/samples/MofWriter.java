package org.evalsheet.testing.samples;

import static org.evalsheet.testing.Sheets.cell;
import static org.evalsheet.testing.Sheets.merge;
import static org.evalsheet.testing.Sheets.row;
import static org.evalsheet.testing.Sheets.value;
import static org.evalsheet.testing.Sheets.widths;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.evalsheet.testing.Sheets;

/**
 * Writes the Ministry of Finance's 项目支出绩效自评表 (财政部统一表样): title with the year, 项目名称/主管部门/实施单位,
 * the funds block whose 预算执行率 is worth 10 points, the 年度总体目标, then the indicator table closed by 总分.
 */
final class MofWriter {

  /** The funds block (项目资金，万元): 年初预算数, 全年预算数, 全年执行数; 执行率 = 执行数 / 全年预算数. */
  record Funds(String initial, String budget, String spent, String weight, String score) {}

  private final Workbook wb;
  private final CellStyle text;
  private final CellStyle head;
  private final CellStyle title;
  private final CellStyle number;
  private final CellStyle percent;

  MofWriter(Workbook wb) {
    this.wb = wb;
    text = Sheets.textStyle(wb);
    text.setAlignment(HorizontalAlignment.CENTER);
    head = Sheets.headStyle(wb, text);
    title = Sheets.titleStyle(wb, 18);
    number = wb.createCellStyle();
    number.cloneStyleFrom(text);
    number.setDataFormat(wb.createDataFormat().getFormat("0.00"));
    percent = wb.createCellStyle();
    percent.cloneStyleFrom(text);
    percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
  }

  /** Writes the sheet; returns the 1-based header row of the indicator table. */
  int write(Project p, int year, Funds f, String[] goals, Map<String, String> deviations) {
    Sheet s = wb.createSheet(p.sheet());
    cell(s, 0, 0, "项目支出绩效自评表", title);
    merge(s, 0, 0, 0, 8);
    cell(s, 1, 0, "（" + year + "年度）", null);
    merge(s, 1, 1, 0, 8);
    cell(s, 2, 0, "项目名称", head);
    cell(s, 2, 1, p.project(), text);
    merge(s, 2, 2, 1, 8);
    cell(s, 3, 0, "主管部门", head);
    cell(s, 3, 1, p.unit(), text);
    merge(s, 3, 3, 1, 4);
    cell(s, 3, 5, "实施单位", head);
    cell(s, 3, 6, p.unit(), text);
    merge(s, 3, 3, 6, 8);
    cell(s, 4, 0, "项目资金（万元）", head);
    merge(s, 4, 8, 0, 0);
    String[] fundHead = {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    for (int c = 0; c < fundHead.length; c++) {
      cell(s, 4, c + 1, fundHead[c], head);
    }
    cell(s, 5, 1, "年度资金总额", text);
    num(s, 5, 2, f.initial(), number);
    num(s, 5, 3, f.budget(), number);
    num(s, 5, 4, f.spent(), number);
    num(s, 5, 5, f.weight(), number);
    BigDecimal rate = new BigDecimal(f.spent()).divide(new BigDecimal(f.budget()), 4, java.math.RoundingMode.HALF_UP);
    num(s, 5, 6, rate.toPlainString(), percent);
    num(s, 5, 7, f.score(), number);
    String[][] parts = {
      {"其中：当年财政拨款", f.initial(), f.budget(), f.spent()},
      {"上年结转资金", "0", "0", "0"},
      {"其他资金", "0", "0", "0"}
    };
    for (int i = 0; i < parts.length; i++) {
      int r = 6 + i;
      cell(s, r, 1, parts[i][0], text);
      for (int k = 1; k <= 3; k++) {
        num(s, r, 1 + k, parts[i][k], number);
      }
      for (int c = 5; c <= 7; c++) {
        cell(s, r, c, "—", text);
      }
    }
    cell(s, 9, 0, "年度总体目标", head);
    merge(s, 9, 10, 0, 0);
    cell(s, 9, 1, "预期目标", head);
    merge(s, 9, 9, 1, 4);
    cell(s, 9, 5, "实际完成情况", head);
    merge(s, 9, 9, 5, 8);
    cell(s, 10, 1, goals[0], text);
    merge(s, 10, 10, 1, 4);
    cell(s, 10, 5, goals[1], text);
    merge(s, 10, 10, 5, 8);
    row(s, 10).setHeightInPoints(60);
    int header = 11;
    cell(s, header, 0, "绩效指标", head);
    String[] h = {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
    for (int c = 0; c < h.length; c++) {
      cell(s, header, c + 1, h[c], head);
    }
    List<Leaf> leaves = p.leaves();
    int first = header + 1;
    for (int i = 0; i < leaves.size(); i++) {
      Leaf l = leaves.get(i);
      Leaf prev = i == 0 ? null : leaves.get(i - 1);
      int r = first + i;
      cell(s, r, 1, prev == null || !prev.l1().equals(l.l1()) ? l.l1() : "", text);
      cell(s, r, 2, prev == null || !prev.path().subList(0, 2).equals(l.path().subList(0, 2)) ? l.l2() : "", text);
      cell(s, r, 3, l.l3(), text);
      cell(s, r, 4, l.benchmark(), text);
      cell(s, r, 5, l.actual(), text);
      num(s, r, 6, Project.plain(l.weight()), number);
      num(s, r, 7, Project.plain(l.score()), number);
      cell(s, r, 8, deviations.getOrDefault(l.l3(), ""), text);
    }
    int last = first + leaves.size() - 1;
    merge(s, header, last, 0, 0);
    for (int c = 1; c <= 2; c++) {
      int start = first;
      for (int r = first + 1; r <= last + 1; r++) {
        if (r > last || !value(s, r, c).isEmpty()) {
          if (r - 1 > start) {
            merge(s, start, r - 1, c, c);
          }
          start = r;
        }
      }
    }
    int total = last + 1;
    cell(s, total, 0, "总分", head);
    merge(s, total, total, 0, 5);
    BigDecimal wsum = p.weightTotal().add(new BigDecimal(f.weight()));
    BigDecimal ssum = p.scoreTotal().add(new BigDecimal(f.score()));
    num(s, total, 6, Project.plain(wsum), number);
    num(s, total, 7, Project.plain(ssum), number);
    cell(s, total, 8, "", text);
    widths(s, 10, 14, 14, 22, 14, 14, 8, 8, 30);
    return header + 1;
  }

  private static void num(Sheet s, int r, int c, String v, CellStyle style) {
    Cell cell = row(s, r).createCell(c);
    cell.setCellValue(Double.parseDouble(v));
    cell.setCellStyle(style);
  }
}
