package org.evalsheet.testing;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A Ministry of Finance 项目支出绩效自评表 (财政部项目支出绩效自评表): title with the year, 项目名称 / 主管部门 /
 * 实施单位 label cells, the funds block (分值 10 for 预算执行率), the indicator block with 一级 | 二级 | 三级 | 年度指标值 |
 * 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 under a 绩效指标 cell merged down column A, and a closing 总分 row.
 * Weights: 预算执行率 10, 产出指标 50, 效益指标 30, 满意度指标 10; scores total 96.6. Laid out by {@link MofForm}, of
 * which this is one fixed filling.
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
    MofForm form = new MofForm().sheetName(sheetName).project(project).agency(AGENCY)
        .funds(500, 480, 0.96, 10, 9.6).appropriation(500, 500, 480)
        .goals("完成全市主次干道日常维护，保障道路完好畅通。", "完成维护面积20万平方米，道路完好率98%。");
    String l1 = "";
    for (String[] v : LEAVES) {
      l1 = v[0].isEmpty() ? l1 : v[0];
      form.leaf(l1, v[1], v[2], v[3], v[4], Double.parseDouble(v[5]), Double.parseDouble(v[6]), v[7]);
    }
    return form.fill(wb);
  }
}
