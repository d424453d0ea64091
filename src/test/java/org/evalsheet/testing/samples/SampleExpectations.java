package org.evalsheet.testing.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The expected outcome of every bundled sample workbook (样例预期结果), for golden tests: one row per table, or per
 * file when a file has no table (rejected, ignored). The same table is in {@code sample-workbooks/README.md}.
 *
 * <p>Conventions: files are relative to {@code sample-workbooks/submissions/} with {@code /} separators (the seed
 * file is relative to {@code sample-workbooks/}); totals are the plain sum of the submitted leaf scores as a
 * plain decimal string ({@code "93"}, {@code "89.8"}); grades use the default bands 90 优 / 80 良 / 70 中 / else
 * 差; {@code groups} lists level-1 groups as {@code name=score} in table order; {@code errors} lists every
 * error-severity finding as {@code CODE@Sheet!A1} in position order (warnings are not listed and do not change
 * the status); rows are 1-based as Excel shows them.
 */
public final class SampleExpectations {

  /**
   * One expected table (or, for rejected and ignored files, the file).
   *
   * @param file the path relative to the submissions folder
   * @param sheet the sheet holding the table; null for rejected and ignored files
   * @param headerRow the 1-based row of the table's header; 0 for rejected and ignored files
   * @param status ok, invalid, rejected or ignored (the file's status, repeated on each of its tables)
   * @param total the table's score total; null for rejected and ignored files
   * @param grade 优, 良, 中 or 差; null for rejected and ignored files
   * @param unit the department (预算部门/主管部门/部门（单位）名称/单位名称 on the sheet)
   * @param project the project name (项目名称 on the sheet, else from the title)
   * @param groups level-1 group scores, {@code name=score}
   * @param errors error findings, {@code CODE@Sheet!A1}
   * @param reason for rejected files the reason issue 2 names (文件已损坏); for ignored files only a suggestion; null
   *     otherwise
   */
  public record Expected(String file, String sheet, int headerRow, String status, String total, String grade,
      String unit, String project, List<String> groups, List<String> errors, String reason) {

    public Expected {
      groups = List.copyOf(groups);
      errors = List.copyOf(errors);
    }
  }

  /** The seed table laid out by a finance office: {@code sample-workbooks/指标体系-青岛市人民政府办公厅.xlsx}. */
  public static final Expected SEED = table("指标体系-青岛市人民政府办公厅.xlsx", "指标体系", 3, "ok", "98.4", "优",
      "青岛市人民政府办公厅", "专项业务费",
      List.of("决策=18.5", "过程=19.9", "产出=25", "效益=35"),
      List.of());

  /** The seed report's deductions (扣分), as {@code 指标=分}, in table order. */
  public static final List<String> SEED_DEDUCTIONS =
      List.of("绩效目标合理性=0.5", "绩效指标明确性=0.5", "预算编制科学性=0.5", "预算执行率=0.1");

  /** Every file in {@code sample-workbooks/submissions/}: 19 files, 18 tables. */
  public static final List<Expected> SUBMISSIONS = List.of(
      table("附件3-1 青岛市教育局2023年度课后服务补助项目绩效自评表.xlsx", "指标体系", 3, "ok", "96.5", "优", "青岛市教育局", "课后服务补助",
          List.of("决策=19.5", "过程=20", "产出=24.5", "效益=32.5"),
          List.of()),
      table("青岛市卫生健康委员会-2023年度基本公共卫生服务项目绩效自评表.xlsx", "自评表", 7, "ok", "89.8", "良", "青岛市卫生健康委员会",
          "基本公共卫生服务",
          List.of("决策=17.5", "过程=18.3", "产出=23.5", "效益=30.5"),
          List.of()),
      table("民政局 养老服务补贴 自评表（终稿）.xlsx", "Sheet1", 3, "ok", "94.5", "优", "青岛市民政局", "养老服务补贴",
          List.of("决策=18.5", "过程=20", "产出=24.5", "效益=31.5"),
          List.of()),
      table("青岛市交通运输局农村公路养护项目绩效自评表.xls", "指标体系", 3, "ok", "77.85", "中", "青岛市交通运输局", "农村公路养护",
          List.of("决策=15", "过程=16.1", "产出=20.25", "效益=26.5"),
          List.of()),
      // Ministry layout: the funds block's 预算执行率 (分值 10, 得分 8.5) is a leaf of its own, outside 一级指标.
      table("附件2 项目支出绩效自评表（青岛市农业农村局 高标准农田建设）.xlsx", "自评表", 12, "ok", "89.5", "良", "青岛市农业农村局",
          "高标准农田建设",
          List.of("预算执行率=8.5", "产出指标=48.5", "效益指标=23.5", "满意度指标=9"),
          List.of()),
      // Written by openpyxl: 得分率 and 合计 are formulas with no cached value (<v></v>) and must be evaluated.
      table("青岛市文化和旅游局公共文化服务体系建设项目自评表.xlsx", "绩效自评", 3, "ok", "95.5", "优", "青岛市文化和旅游局",
          "公共文化服务体系建设",
          List.of("决策=18.5", "过程=20", "产出=24.5", "效益=32.5"),
          List.of()),
      // Re-saved by LibreOffice Calc 7.4; 得分率 holds =得分/权重 formulas, which must not raise RATE_MISMATCH.
      table("青岛市生态环境局大气污染防治专项资金绩效自评表.xlsx", "指标体系", 3, "ok", "82.45", "良", "青岛市生态环境局",
          "大气污染防治专项资金",
          List.of("决策=16", "过程=17.2", "产出=23.25", "效益=26"),
          List.of()),
      // Two project sheets after a 填表说明 sheet that holds no table.
      table("司法局报送/青岛市司法局2023年度项目绩效自评表（2个项目）.xlsx", "法律援助", 3, "ok", "95.25", "优", "青岛市司法局",
          "法律援助专项经费",
          List.of("决策=20", "过程=20", "产出=24.5", "效益=30.75"),
          List.of()),
      table("司法局报送/青岛市司法局2023年度项目绩效自评表（2个项目）.xlsx", "人民调解", 3, "ok", "71.65", "中", "青岛市司法局",
          "人民调解以奖代补",
          List.of("决策=14", "过程=14.4", "产出=20", "效益=23.25"),
          List.of()),
      // Pasted from PDF: no merges, text numbers, line-broken labels, 11 continuation rows, 合 计.
      table("青岛市科学技术局2023年科技创新券项目自评指标体系.xlsx", "Sheet1", 3, "ok", "87.55", "良", "青岛市科学技术局", "科技创新券补助",
          List.of("决策=17.5", "过程=18.8", "产出=23.5", "效益=27.75"),
          List.of()),
      table("青岛市体育局-绩效自评表.xlsx", "指标体系", 3, "ok", "59.95", "差", "青岛市体育局", "全民健身设施建设",
          List.of("决策=11", "过程=12.2", "产出=16.75", "效益=20"),
          List.of()),
      ignored("~$青岛市体育局-绩效自评表.xlsx", "临时文件"),
      // Mistake: 资金分配合理性 scored 5 against its weight 4; the total is the plain sum (uncapped).
      table("青岛市商务局外贸发展专项资金绩效自评表.xlsx", "指标体系", 3, "invalid", "93", "优", "青岛市商务局", "外贸发展专项资金",
          List.of("决策=20", "过程=20", "产出=23.5", "效益=29.5"),
          List.of("SCORE_ABOVE_WEIGHT@指标体系!J9")),
      // Mistakes: 产出数量 labelled (8分) over leaves 4 + 3; the 合计 得分 typed as 94.15, the leaves sum to 93.15.
      table("青岛市人力资源和社会保障局就业补助资金绩效自评表 修改版.xlsx", "Sheet1", 3, "invalid", "93.15", "优",
          "青岛市人力资源和社会保障局", "就业补助资金",
          List.of("决策=18.5", "过程=20", "产出=24.4", "效益=30.25"),
          List.of("GROUP_WEIGHT_MISMATCH@Sheet1!B15", "TOTAL_ROW_MISMATCH@Sheet1!I23")),
      // An outline: every group's label on a row of its own with its weight and score.
      table("青岛市水务管理局城乡供水保障项目绩效自评表.xlsx", "指标体系", 3, "ok", "94.5", "优", "青岛市水务管理局", "城乡供水保障",
          List.of("决策=19", "过程=19.5", "产出=23.5", "效益=32.5"),
          List.of()),
      // 小计 rows close each level-1 group; 单位面积防护成本 is 不适用: 86 of the 95 that apply, 90.53 on 100, 优.
      table("青岛市园林和林业局森林防火项目绩效自评表.xlsx", "指标体系", 3, "ok", "86", "优", "青岛市园林和林业局", "森林防火",
          List.of("决策=18", "过程=17.8", "产出=18.5", "效益=31.7"),
          List.of()),
      rejected("青岛市住房和城乡建设局2023年度老旧小区改造项目绩效自评表.xlsx", "文件已损坏"),
      // The Ministry form as units publish it: its template's unused rows (指标1：, 指标2：, ……, an empty
      // 生态效益指标) left in, the funds block's 10 beside the indicators' 90 (real_form_submissions.py).
      table("青岛市医疗保障局2023年度城乡居民基本医疗保障项目支出绩效自评表.xlsx", "项目支出绩效自评表", 12, "ok", "96.8", "优",
          "青岛市医疗保障局", "城乡居民基本医疗保障",
          List.of("预算执行率=9.8", "产出指标=50", "效益指标=27", "满意度指标=10"),
          List.of()),
      // The provincial form without a 分值 column: 预算执行情况（20分）, 年度绩效目标（80分）, weights only in labels.
      table("青岛市退役军人事务局春节走访慰问项目自评表.xlsx", "自评表", 7, "ok", "99", "优", "青岛市退役军人事务局", "春节走访慰问经费",
          List.of("预算执行率=19", "产出指标=50", "效益指标=20", "满意度指标=10"),
          List.of()),
      // The 一体化 export: 年度指标值 split into 指标性质 | 指标值 | 度量单位 (≧ ═ 百分比), saved as .xls by LibreOffice.
      table("青岛市市场监督管理局食品安全抽检监测项目绩效自评表.xls", "项目支出绩效自评表", 11, "ok", "98.5", "优", "青岛市市场监督管理局",
          "食品安全抽检监测",
          List.of("预算执行率=9.5", "产出指标=50", "效益指标=30", "满意度指标=9"),
          List.of()));

  /** The units in {@code sample-workbooks/roster.txt} with no file in the round. */
  public static final List<String> NOT_SUBMITTED = List.of("青岛市审计局");

  private SampleExpectations() {}

  /** The expected rows grouped by file, files in path order. */
  public static Map<String, List<Expected>> byFile() {
    Map<String, List<Expected>> out = new TreeMap<>();
    for (Expected e : SUBMISSIONS) {
      out.merge(e.file(), List.of(e), (a, b) -> {
        List<Expected> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
      });
    }
    return out;
  }

  /** The report's {@code totals}: files 19, ok 15, invalid 2, rejected 1, ignored 1. */
  public static Map<String, Integer> totals() {
    Map<String, Integer> t = new LinkedHashMap<>();
    Map<String, List<Expected>> files = byFile();
    t.put("files", files.size());
    for (String status : List.of("ok", "invalid", "rejected", "ignored")) {
      t.put(status, (int) files.values().stream().filter(v -> v.get(0).status().equals(status)).count());
    }
    return t;
  }

  private static Expected table(String file, String sheet, int headerRow, String status, String total, String grade,
      String unit, String project, List<String> groups, List<String> errors) {
    return new Expected(file, sheet, headerRow, status, total, grade, unit, project, groups, errors, null);
  }

  private static Expected rejected(String file, String reason) {
    return new Expected(file, null, 0, "rejected", null, null, unitOf(file), null, List.of(), List.of(), reason);
  }

  private static Expected ignored(String file, String reason) {
    return new Expected(file, null, 0, "ignored", null, null, null, null, List.of(), List.of(), reason);
  }

  /** A rejected file's unit, from its name, as the roster check sees it. */
  private static String unitOf(String file) {
    int end = file.indexOf("局");
    return end < 0 ? null : file.substring(0, end + 1);
  }
}
