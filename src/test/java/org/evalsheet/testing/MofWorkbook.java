package org.evalsheet.testing;

import static org.evalsheet.testing.Sheets.merge;
import static org.evalsheet.testing.Sheets.number;
import static org.evalsheet.testing.Sheets.text;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A Ministry of Finance 项目支出绩效自评表 (财政部项目支出绩效自评表): title with the year, 项目名称 / 主管部门 /
 * 实施单位 label cells, the funds block (分值 10 for 预算执行率), the indicator block with 一级 | 二级 | 三级 | 年度指标值 |
 * 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 under a 绩效指标 cell merged down column A, and a closing 总分 row.
 * Weights: 预算执行率 10, 产出指标 50, 效益指标 30, 满意度指标 10; scores total 96.6.
 */
public final class MofWorkbook {

  public static final String TITLE = "项目支出绩效自评表（2023年度）";
  public static final String DEPARTMENT = "青岛市城市管理局";
  public static final String AGENCY = "青岛市市政工程维护中心";
  /** Zero-based row of the indicator header. */
  public static final int HEADER_ROW = 10;

  /** 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因 per leaf; empty level cells are merged above. */
  static final List<String[]> LEAVES = List.of(
      new String[] {"产出指标", "数量指标", "道路维护面积", "20万平方米", "20万平方米", "20", "20", ""},
      new String[] {"", "质量指标", "维护质量合格率", "≥95%", "98%", "15", "15", ""},
      new String[] {"", "时效指标", "按期完成率", "100%", "90%", "10", "9", "雨季影响工期"},
      new String[] {"", "成本指标", "单位维护成本", "≤25元/平方米", "24元/平方米", "5", "5", ""},
      new String[] {"效益指标", "社会效益指标", "道路通行状况改善", "明显改善", "较明显", "15", "14", "部分路段施工期长"},
      new String[] {"", "可持续影响指标", "长效管护机制", "健全", "健全", "15", "15", ""},
      new String[] {"满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "92%", "10", "9", "投诉处理不及时"});

  private String sheetName = "项目支出绩效自评表";
  private String project = "城市道路维护项目";

  public MofWorkbook sheetName(String name) {
    this.sheetName = name;
    return this;
  }

  public MofWorkbook project(String name) {
    this.project = name;
    return this;
  }

  public Path write(Path file) {
    return Sheets.write(new XSSFWorkbook(), file, this::fill);
  }

  public Sheet fill(Workbook wb) {
    Sheet s = wb.createSheet(sheetName);
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
    text(s, 0, 0, TITLE);
    merge(s, 0, 0, 0, 8);
    text(s, 1, 0, "项目名称");
    text(s, 1, 1, project);
    merge(s, 1, 1, 1, 8);
    text(s, 2, 0, "主管部门");
    text(s, 2, 1, DEPARTMENT);
    merge(s, 2, 2, 1, 3);
    text(s, 2, 4, "实施单位");
    text(s, 2, 5, AGENCY);
    merge(s, 2, 2, 5, 8);
    text(s, 3, 0, "项目资金（万元）");
    merge(s, 3, 7, 0, 0);
    String[] funds = {"", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
    for (int c = 1; c < funds.length; c++) {
      text(s, 3, c + 1, funds[c]);
    }
    text(s, 4, 1, "年度资金总额");
    number(s, 4, 2, 500);
    number(s, 4, 3, 500);
    number(s, 4, 4, 480);
    number(s, 4, 5, 10);
    number(s, 4, 6, 0.96).setCellStyle(percent);
    number(s, 4, 7, 9.6);
    String[] others = {"其中：当年财政拨款", "上年结转资金", "其他资金"};
    for (int i = 0; i < others.length; i++) {
      text(s, 5 + i, 1, others[i]);
      for (int c = 5; c <= 7; c++) {
        text(s, 5 + i, c, "—");
      }
    }
    number(s, 5, 2, 500);
    number(s, 5, 3, 500);
    number(s, 5, 4, 480);
    text(s, 8, 0, "年度总体目标");
    merge(s, 8, 9, 0, 0);
    text(s, 8, 1, "预期目标");
    merge(s, 8, 8, 1, 4);
    text(s, 8, 5, "实际完成情况");
    merge(s, 8, 8, 5, 8);
    text(s, 9, 1, "完成全市主次干道日常维护，保障道路完好畅通。");
    merge(s, 9, 9, 1, 4);
    text(s, 9, 5, "完成维护面积20万平方米，道路完好率98%。");
    merge(s, 9, 9, 5, 8);
    String[] header = {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
    for (int c = 0; c < header.length; c++) {
      text(s, HEADER_ROW, c, header[c]);
    }
    int first = HEADER_ROW + 1;
    for (int i = 0; i < LEAVES.size(); i++) {
      String[] v = LEAVES.get(i);
      int r = first + i;
      for (int c = 0; c < v.length; c++) {
        if (c == 5 || c == 6) {
          number(s, r, c + 1, Double.parseDouble(v[c]));
        } else {
          text(s, r, c + 1, v[c]);
        }
      }
    }
    int last = first + LEAVES.size() - 1;
    merge(s, HEADER_ROW, last, 0, 0);
    merge(s, first, first + 3, 1, 1);
    merge(s, first + 4, first + 5, 1, 1);
    int total = last + 1;
    text(s, total, 0, "总分");
    merge(s, total, total, 0, 5);
    number(s, total, 6, 100);
    number(s, total, 7, 96.6);
    return s;
  }
}
