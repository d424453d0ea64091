package org.evalsheet.testing;

import static org.evalsheet.testing.Sheets.merge;
import static org.evalsheet.testing.Sheets.number;
import static org.evalsheet.testing.Sheets.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A Ministry of Finance 项目支出绩效自评表 with the leaves a test needs (财政部自评表), laid out as the Ministry's form
 * is: title, 项目名称 / 主管部门 / 实施单位, the funds block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分), the
 * 年度总体目标 block, then 绩效指标 merged down column A over 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 |
 * 偏差原因分析及改进措施, 一级 and 二级 merged over their leaves, and a 总分 row. The funds block's values sit on sheet
 * row 5 (G5 is 执行率, H5 得分); the indicator header on row 11, the first leaf on row 12.
 */
public final class MofForm {

  /** One leaf as the department typed it; a number-like 实际完成值 given as a Double is written as a number. */
  public record Leaf(String l1, String l2, String l3, String target, Object actual, double weight, double score,
      String reason) {}

  private final List<Leaf> leaves = new ArrayList<>();
  private double budget = 3200;
  private double spent = 2720;
  private Object rateCell = 0.85;
  private double fundsWeight = 10;
  private double fundsScore = 8.5;
  private boolean rateColumn;
  private String sheetName = "自评表";
  private String project = "城乡环境整治";
  private String agency = "青岛市环境卫生发展中心";
  private String goal = "完成城乡环境整治任务，新建站点20个，群众满意度90%以上。";
  private String achieved = "新建站点18个，其余任务按计划完成。";
  private double[] appropriation;

  public MofForm sheetName(String name) {
    this.sheetName = name;
    return this;
  }

  public MofForm project(String name) {
    this.project = name;
    return this;
  }

  public MofForm agency(String name) {
    this.agency = name;
    return this;
  }

  /** The 年度总体目标 block: 预期目标 and 实际完成情况. */
  public MofForm goals(String expected, String done) {
    this.goal = expected;
    this.achieved = done;
    return this;
  }

  /** The 其中：当年财政拨款 row of the funds block: 年初预算数, 全年预算数, 全年执行数 (left empty otherwise). */
  public MofForm appropriation(double planned, double budgeted, double spent) {
    this.appropriation = new double[] {planned, budgeted, spent};
    return this;
  }

  /** Adds a 得分率 column (J) after 偏差原因, as some bureaus' versions of the form have. */
  public MofForm withRateColumn() {
    this.rateColumn = true;
    return this;
  }

  public MofForm leaf(String l1, String l2, String l3, String target, Object actual, double weight, double score,
      String reason) {
    leaves.add(new Leaf(l1, l2, l3, target, actual, weight, score, reason));
    return this;
  }

  /** The funds block: 全年预算数, 全年执行数, the 执行率 cell (a number shown as %, or text), 分值 and 得分. */
  public MofForm funds(double budget, double spent, Object rateCell, double weight, double score) {
    this.budget = budget;
    this.spent = spent;
    this.rateCell = rateCell;
    this.fundsWeight = weight;
    this.fundsScore = score;
    return this;
  }

  public Path write(Path file) {
    return Sheets.write(file, this::fill);
  }

  public Sheet fill(Workbook wb) {
    Sheet s = wb.createSheet(sheetName);
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
    text(s, 0, 0, "项目支出绩效自评表（2023年度）");
    merge(s, 0, 0, 0, 8);
    text(s, 1, 0, "项目名称");
    text(s, 1, 1, project);
    merge(s, 1, 1, 1, 8);
    text(s, 2, 0, "主管部门");
    text(s, 2, 1, "青岛市城市管理局");
    merge(s, 2, 2, 1, 3);
    text(s, 2, 4, "实施单位");
    text(s, 2, 5, agency);
    merge(s, 2, 2, 5, 8);
    text(s, 3, 0, "项目资金（万元）");
    merge(s, 3, 7, 0, 0);
    String[] head = {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    for (int c = 1; c < head.length; c++) {
      text(s, 3, c + 1, head[c]);
    }
    text(s, 4, 1, "年度资金总额");
    number(s, 4, 2, budget);
    number(s, 4, 3, budget);
    number(s, 4, 4, spent);
    number(s, 4, 5, fundsWeight);
    if (rateCell instanceof Double d) {
      number(s, 4, 6, d).setCellStyle(percent);
    } else {
      text(s, 4, 6, rateCell.toString());
    }
    number(s, 4, 7, fundsScore);
    String[] others = {"其中：当年财政拨款", "上年结转资金", "其他资金"};
    for (int i = 0; i < others.length; i++) {
      text(s, 5 + i, 1, others[i]);
      for (int c = 5; c <= 7; c++) {
        text(s, 5 + i, c, "—");
      }
    }
    if (appropriation != null) {
      for (int c = 0; c < 3; c++) {
        number(s, 5, 2 + c, appropriation[c]);
      }
    }
    text(s, 8, 0, "年度总体目标");
    merge(s, 8, 9, 0, 0);
    text(s, 8, 1, "预期目标");
    merge(s, 8, 8, 1, 4);
    text(s, 8, 5, "实际完成情况");
    merge(s, 8, 8, 5, 8);
    text(s, 9, 1, goal);
    merge(s, 9, 9, 1, 4);
    text(s, 9, 5, achieved);
    merge(s, 9, 9, 5, 8);
    int header = 10;
    String[] h = {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
    for (int c = 0; c < h.length; c++) {
      text(s, header, c, h[c]);
    }
    if (rateColumn) {
      text(s, header, 9, "得分率");
    }
    int first = header + 1;
    double weights = fundsWeight;
    double scores = fundsScore;
    for (int i = 0; i < leaves.size(); i++) {
      Leaf l = leaves.get(i);
      Leaf prev = i == 0 ? null : leaves.get(i - 1);
      int r = first + i;
      if (prev == null || !prev.l1().equals(l.l1())) {
        text(s, r, 1, l.l1());
      }
      if (prev == null || !prev.l1().equals(l.l1()) || !prev.l2().equals(l.l2())) {
        text(s, r, 2, l.l2());
      }
      text(s, r, 3, l.l3());
      text(s, r, 4, l.target());
      if (l.actual() instanceof Double d) {
        number(s, r, 5, d);
      } else {
        text(s, r, 5, l.actual().toString());
      }
      number(s, r, 6, l.weight());
      number(s, r, 7, l.score());
      text(s, r, 8, l.reason());
      weights += l.weight();
      scores += l.score();
    }
    int last = first + leaves.size() - 1;
    merge(s, header, last, 0, 0);
    for (int c = 1; c <= 2; c++) {
      int start = first;
      for (int r = first + 1; r <= last + 1; r++) {
        if (r > last || !Sheets.value(s, r, c).isEmpty()) {
          if (r - 1 > start) {
            merge(s, start, r - 1, c, c);
          }
          start = r;
        }
      }
    }
    int total = last + 1;
    text(s, total, 0, "总分");
    merge(s, total, total, 0, 5);
    number(s, total, 6, weights);
    number(s, total, 7, Math.round(scores * 100) / 100.0);
    return s;
  }
}
