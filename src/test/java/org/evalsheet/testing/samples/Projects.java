package org.evalsheet.testing.samples;

import static org.evalsheet.testing.samples.Indicators.framework;
import static org.evalsheet.testing.samples.Indicators.leaf;
import static org.evalsheet.testing.samples.Indicators.mof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The round's projects (2023年度项目): each department's own 产出/效益 indicators on the common 决策/过程 framework,
 * with the scores its clerk entered. Totals are chosen to give every grade; two tables carry a clerk's mistake.
 */
final class Projects {
  static final int YEAR = 2023;
  private static final String P = "产出";
  private static final String E = "效益";
  private static final String N = "产出数量";
  private static final String Q = "产出质量";
  private static final String T = "产出时效";
  private static final String C = "产出成本";

  private Projects() {}

  private static Project project(String unit, String name, String sheet, List<Leaf> fw, List<Leaf> own,
      Map<String, String> mislabel) {
    List<Leaf> all = new ArrayList<>(fw);
    all.addAll(own);
    String title = unit + YEAR + "年度" + name + "项目绩效自评指标体系";
    return new Project(unit, name, sheet, title, all, mislabel);
  }

  private static Project project(String unit, String name, String sheet, List<Leaf> fw, List<Leaf> own) {
    return project(unit, name, sheet, fw, own, Map.of());
  }

  /** 优 96.5, with 四级 leaves under 社会效益 like the seed. */
  static Project education() {
    return project("青岛市教育局", "课后服务补助", "指标体系",
        framework("3", "3", "2.5", "3", "4", "4", "2", "2", "4", "6", "6"),
        List.of(
            leaf(P, N, "课后服务学校覆盖率", null, "5", "5", "100%", "L"),
            leaf(P, N, "参与学生人数完成率", null, "5", "5", "100%", "L"),
            leaf(P, Q, "课后服务课程开设达标率", null, "5", "4.5", "100%", "L"),
            leaf(P, T, "补助资金拨付及时率", null, "5", "5", "100%", "L"),
            leaf(P, C, "生均补助标准执行率", null, "5", "5", "100%", "L"),
            leaf(E, "项目效益", "社会效益", "减轻家长接送负担", "10", "10", "效果明显", "T"),
            leaf(E, "项目效益", "社会效益", "学生综合素质提升", "10", "7.5", "效果明显", "T"),
            leaf(E, "项目效益", "社会效益", "教师课后服务参与率", "5", "5", "90%", "L"),
            leaf(E, "可持续影响", "项目发展机制可持续性", "长效机制健全性", "10", "10", "建立健全", "T")));
  }

  /** 良 89.8, just under the 优 band. */
  static Project health() {
    return project("青岛市卫生健康委员会", "基本公共卫生服务", "自评表",
        framework("3", "3", "2.5", "2.5", "3.5", "3", "2", "1.5", "4", "6", "4.8"),
        List.of(
            leaf(P, N, "居民电子健康档案建档率", null, "5", "5", "90%", "L"),
            leaf(P, N, "65岁及以上老年人健康管理率", null, "5", "4", "70%", "L"),
            leaf(P, Q, "高血压患者规范管理率", null, "5", "4.5", "65%", "L"),
            leaf(P, T, "补助资金拨付及时率", null, "5", "5", "100%", "L"),
            leaf(P, C, "人均基本公共卫生服务经费补助标准", null, "5", "5", "89元", "B"),
            leaf(E, "社会效益", "居民健康素养水平", null, "10", "7.5", "逐年提升", "T"),
            leaf(E, "社会效益", "重点人群健康管理覆盖面", null, "10", "10", "逐步扩大", "T"),
            leaf(E, "社会效益", "传染病疫情报告及时率", null, "5", "5", "100%", "L"),
            leaf(E, "满意度", "服务对象满意度", null, "10", "8", "90%", "S")));
  }

  /** 优 94.5, typed as text with full-width brackets. */
  static Project civilAffairs() {
    return project("青岛市民政局", "养老服务补贴", "Sheet1",
        framework("3", "3", "3", "2.5", "4", "3", "2", "2", "4", "6", "6"),
        List.of(
            leaf(P, N, "高龄津贴发放人数完成率", null, "5", "5", "100%", "L"),
            leaf(P, N, "居家养老服务覆盖老人数", null, "5", "5", "1.2万人", "P"),
            leaf(P, Q, "补贴发放准确率", null, "5", "5", "100%", "L"),
            leaf(P, T, "补贴按月发放及时率", null, "5", "4.5", "100%", "L"),
            leaf(P, C, "补贴标准执行合规性", null, "5", "5", "合规", "B"),
            leaf(E, "社会效益", "老年人生活质量改善", null, "10", "7.5", "明显改善", "T"),
            leaf(E, "社会效益", "养老服务体系完善程度", null, "10", "10", "完善", "T"),
            leaf(E, "社会效益", "困难老人兜底保障率", null, "5", "5", "100%", "L"),
            leaf(E, "满意度", "受助老人满意度", null, "10", "9", "90%", "S")));
  }

  /** 中 77.85, saved as old .xls. */
  static Project transport() {
    return project("青岛市交通运输局", "农村公路养护", "指标体系",
        framework("3", "2", "2", "2", "3", "3", "2", "1.5", "3", "4.8", "4.8"),
        List.of(
            leaf(P, N, "农村公路养护里程完成率", null, "5", "4", "100%", "L"),
            leaf(P, N, "危桥改造完成率", null, "5", "3.5", "100%", "L"),
            leaf(P, Q, "优良中等路率", null, "5", "3.75", "85%", "T"),
            leaf(P, T, "养护工程按期完工率", null, "5", "4", "100%", "L"),
            leaf(P, C, "养护成本控制", null, "5", "5", "不超预算", "B"),
            leaf(E, "社会效益", "群众出行条件改善", null, "10", "7.5", "明显改善", "T"),
            leaf(E, "社会效益", "农村公路列养率", null, "10", "10", "100%", "L"),
            leaf(E, "可持续影响", "养护长效机制健全性", null, "10", "5", "健全", "T"),
            leaf(E, "满意度", "沿线群众满意度", null, "5", "4", "90%", "S")));
  }

  /** 良 82.45, later round-tripped through LibreOffice; 得分率 as formulas. */
  static Project ecology() {
    return project("青岛市生态环境局", "大气污染防治专项资金", "指标体系",
        framework("3", "3", "2", "2", "3", "3", "2", "1.6", "4", "4.8", "4.8"),
        List.of(
            leaf(P, N, "大气污染治理项目完成率", null, "5", "4.5", "100%", "L"),
            leaf(P, N, "空气质量监测站点建设完成率", null, "5", "5", "100%", "L"),
            leaf(P, Q, "治理工程验收合格率", null, "5", "5", "100%", "L"),
            leaf(P, T, "项目按期完成率", null, "5", "3.75", "100%", "L"),
            leaf(P, C, "成本节约率", null, "5", "5", "0%-15%", "B"),
            leaf(E, "生态效益", "PM2.5平均浓度下降比例", null, "10", "7.5", "5%", "T"),
            leaf(E, "生态效益", "空气质量优良天数比例", null, "10", "8.5", "90%", "L"),
            leaf(E, "生态效益", "重污染天数控制", null, "5", "5", "不超过3天", "O"),
            leaf(E, "可持续影响", "环境监管长效机制", null, "10", "5", "健全", "T")));
  }

  /** 优 95.25: first sheet of the 司法局 workbook. */
  static Project legalAid() {
    return project("青岛市司法局", "法律援助专项经费", "法律援助",
        framework("3", "3", "3", "3", "4", "4", "2", "2", "4", "6", "6"),
        List.of(
            leaf(P, N, "法律援助案件办结数", null, "5", "5", "3000件", "P"),
            leaf(P, N, "法律咨询服务人次", null, "5", "5", "5万人次", "P"),
            leaf(P, Q, "案件质量评查合格率", null, "5", "5", "95%", "L"),
            leaf(P, T, "案件补贴发放及时率", null, "5", "4.5", "100%", "L"),
            leaf(P, C, "案均补贴标准执行", null, "5", "5", "合规", "B"),
            leaf(E, "社会效益", "困难群众合法权益保障", null, "15", "11.25", "有效保障", "T"),
            leaf(E, "社会效益", "应援尽援率", null, "10", "10", "100%", "L"),
            leaf(E, "满意度", "受援人满意度", null, "10", "9.5", "95%", "S")));
  }

  /** 中 71.65: second sheet of the 司法局 workbook. */
  static Project mediation() {
    return project("青岛市司法局", "人民调解以奖代补", "人民调解",
        framework("3", "2", "2", "2", "3", "2", "2", "1", "3", "4.8", "3.6"),
        List.of(
            leaf(P, N, "调解案件数量完成率", null, "5", "4", "100%", "L"),
            leaf(P, N, "以奖代补覆盖调委会数", null, "5", "4.5", "1200个", "P"),
            leaf(P, Q, "调解成功率", null, "5", "4", "95%", "L"),
            leaf(P, T, "奖补资金发放及时率", null, "5", "2.5", "100%", "L"),
            leaf(P, C, "奖补标准执行", null, "5", "5", "合规", "B"),
            leaf(E, "社会效益", "矛盾纠纷就地化解率", null, "15", "11.25", "90%", "T"),
            leaf(E, "社会效益", "民转刑案件发生情况", null, "10", "7", "0件", "O"),
            leaf(E, "可持续影响", "人民调解组织长效运行", null, "10", "5", "长效运行", "T")));
  }

  /** 良 87.55, pasted from a PDF. */
  static Project science() {
    return project("青岛市科学技术局", "科技创新券补助", "Sheet1",
        framework("3", "3", "2.5", "2", "4", "3", "2", "2", "4", "6", "4.8"),
        List.of(
            leaf(P, N, "创新券发放企业数", null, "5", "5", "500家", "P"),
            leaf(P, N, "创新券兑付金额完成率", null, "5", "4.5", "100%", "L"),
            leaf(P, Q, "服务合同履约率", null, "5", "5", "100%", "L"),
            leaf(P, T, "创新券兑付及时率", null, "5", "4", "100%", "L"),
            leaf(P, C, "单家企业补助上限执行", null, "5", "5", "不超过20万元", "B"),
            leaf(E, "经济效益", "带动企业研发投入", null, "10", "7.5", "2亿元", "T"),
            leaf(E, "社会效益", "科技型中小企业培育数量", null, "15", "11.25", "300家", "T"),
            leaf(E, "满意度", "企业满意度", null, "10", "9", "90%", "S")));
  }

  /** 差 59.95. */
  static Project sport() {
    return project("青岛市体育局", "全民健身设施建设", "指标体系",
        framework("2", "2", "1.5", "1.5", "2", "2", "2", "1", "2", "3.6", "3.6"),
        List.of(
            leaf(P, N, "新建健身场地完成率", null, "5", "3", "100%", "L"),
            leaf(P, N, "健身器材更新数量", null, "5", "3.5", "800套", "P"),
            leaf(P, Q, "工程验收合格率", null, "5", "4", "100%", "L"),
            leaf(P, T, "项目按期完工率", null, "5", "2.5", "100%", "L"),
            leaf(P, C, "成本控制", null, "5", "3.75", "不超预算", "T"),
            leaf(E, "社会效益", "群众健身参与率提升", null, "10", "5", "明显提升", "T"),
            leaf(E, "社会效益", "人均体育场地面积", null, "10", "7.5", "2.6平方米", "T"),
            leaf(E, "社会效益", "健身设施使用率", null, "5", "2.5", "80%", "L"),
            leaf(E, "可持续影响", "设施管护机制健全性", null, "10", "5", "健全", "T")));
  }

  /** 优 94.5, laid out as an outline: every group's label on a row of its own with its weight and score. */
  static Project water() {
    return project("青岛市水务管理局", "城乡供水保障", "指标体系",
        framework("3", "3", "3", "2.5", "4", "3.5", "2", "2", "4", "6", "5.5"),
        List.of(
            leaf(P, N, "供水管网改造完成率", null, "5", "5", "100%", "L"),
            leaf(P, N, "新建加压泵站完成率", null, "5", "4.5", "100%", "L"),
            leaf(P, Q, "出厂水水质综合合格率", null, "5", "5", "100%", "L"),
            leaf(P, T, "工程按期完工率", null, "5", "5", "100%", "L"),
            leaf(P, C, "单位管网改造成本控制率", null, "5", "4", "100%", "L"),
            leaf(E, "社会效益", "城乡供水普及率", null, "10", "9.5", "98%", "L"),
            leaf(E, "社会效益", "供水水压达标率", null, "10", "10", "100%", "L"),
            leaf(E, "可持续影响", "管网运维机制健全性", null, "5", "4", "健全", "T"),
            leaf(E, "满意度", "用水户满意度", null, "10", "9", "90%", "S")));
  }

  /**
   * 86 points of the 95 that apply: 单位面积防护成本 does not apply (不适用), so the table is rescaled to 90.53 and
   * graded 优; each level-1 group is closed by a 小计 row.
   */
  static Project forestry() {
    return project("青岛市园林和林业局", "森林防火", "指标体系",
        framework("3", "3", "2.5", "2.5", "3.5", "3.5", "2", "1.8", "4", "5", "5"),
        List.of(
            leaf(P, N, "森林防火巡查覆盖率", null, "5", "5", "100%", "L"),
            leaf(P, N, "防火隔离带建设完成率", null, "5", "4.5", "100%", "L"),
            leaf(P, Q, "防火设施验收合格率", null, "5", "5", "100%", "L"),
            leaf(P, T, "防火物资储备及时率", null, "5", "4", "100%", "L"),
            leaf(P, C, "单位面积防护成本", null, "5", "5", "≤12元/亩", "P").withScore(null),
            leaf(E, "社会效益", "森林火灾受害率控制", null, "10", "10", "≤0.9‰", "L"),
            leaf(E, "社会效益", "林区群众防火意识提升", null, "10", "7.5", "明显提升", "T"),
            leaf(E, "生态效益", "森林覆盖率", null, "5", "5", "≥40%", "L"),
            leaf(E, "满意度", "林区群众满意度", null, "10", "9.2", "90%", "S")));
  }

  /** Mistake: 资金分配合理性 scored 5 against a weight of 4 (leaf 6, the 6th framework row). */
  static Project commerce() {
    return project("青岛市商务局", "外贸发展专项资金", "指标体系",
        framework("3", "3", "3", "2.5", "3.5", "5", "2", "2", "4", "6", "6"),
        List.of(
            leaf(P, N, "支持外贸企业数", null, "5", "5", "200家", "P"),
            leaf(P, N, "跨境电商主体培育数", null, "5", "4.5", "50家", "P"),
            leaf(P, Q, "资金审核合规率", null, "5", "5", "100%", "L"),
            leaf(P, T, "资金兑付及时率", null, "5", "4", "100%", "L"),
            leaf(P, C, "单个企业支持上限执行", null, "5", "5", "不超过50万元", "B"),
            leaf(E, "经济效益", "外贸进出口额增长率", null, "10", "8", "5%", "L"),
            leaf(E, "经济效益", "带动企业出口增长", null, "10", "7.5", "效果明显", "T"),
            leaf(E, "社会效益", "稳外贸稳就业作用", null, "5", "5", "效果明显", "T"),
            leaf(E, "满意度", "企业满意度", null, "10", "9", "90%", "S")));
  }

  /** Mistake: 产出数量 labelled (8分) over leaves 4 + 3; the 合计 得分 typed by hand disagrees with the sum. */
  static Project labour() {
    return project("青岛市人力资源和社会保障局", "就业补助资金", "Sheet1",
        framework("3", "3", "2.5", "2.5", "4", "3.5", "2", "2", "4", "6", "6"),
        List.of(
            leaf(P, N, "职业技能培训人次完成率", null, "4", "4", "100%", "L"),
            leaf(P, N, "新增城镇就业人数完成率", null, "3", "3", "100%", "L"),
            leaf(P, Q, "培训合格率", null, "6", "5.4", "90%", "L"),
            leaf(P, T, "补贴发放及时率", null, "6", "6", "100%", "L"),
            leaf(P, C, "补贴标准执行", null, "6", "6", "合规", "B"),
            leaf(E, "社会效益", "城镇登记失业率控制", null, "10", "10", "不超过3%", "B"),
            leaf(E, "社会效益", "重点群体就业帮扶", null, "15", "11.25", "应帮尽帮", "T"),
            leaf(E, "满意度", "服务对象满意度", null, "10", "9", "90%", "S")),
        Map.of("产出/产出数量", "8"));
  }

  /** The file that arrives truncated; its content never gets read. */
  static Project housing() {
    return project("青岛市住房和城乡建设局", "老旧小区改造", "指标体系",
        framework("3", "3", "3", "3", "4", "4", "2", "2", "4", "6", "6"),
        List.of(
            leaf(P, N, "老旧小区改造完成数", null, "10", "10", "120个", "P"),
            leaf(P, Q, "工程验收合格率", null, "5", "5", "100%", "L"),
            leaf(P, T, "按期完工率", null, "5", "5", "100%", "L"),
            leaf(P, C, "户均改造成本", null, "5", "5", "不超预算", "B"),
            leaf(E, "社会效益", "居住环境改善", null, "25", "25", "明显改善", "T"),
            leaf(E, "满意度", "居民满意度", null, "10", "10", "90%", "S")));
  }

  /** Ministry layout: 产出指标 50, 效益指标 30, 满意度指标 10; the funds block adds 预算执行率 10. */
  static Project agriculture() {
    String o = "产出指标";
    String b = "效益指标";
    String s = "满意度指标";
    return new Project("青岛市农业农村局", "高标准农田建设", "自评表",
        "项目支出绩效自评表",
        List.of(
            mof(o, "数量指标", "新建高标准农田面积", "≥5万亩", "5.2万亩", "15", "15"),
            mof(o, "数量指标", "配套灌溉排水设施", "≥120处", "114处", "10", "9.5"),
            mof(o, "质量指标", "工程验收合格率", "100%", "100%", "10", "10"),
            mof(o, "时效指标", "项目按期完工率", "≥95%", "90%", "5", "4"),
            mof(o, "成本指标", "亩均投资", "≤3000元/亩", "2950元/亩", "10", "10"),
            mof(b, "经济效益指标", "项目区粮食亩产提高", "≥50公斤", "40公斤", "10", "8"),
            mof(b, "社会效益指标", "带动农户增收", "≥3万户", "3.1万户", "10", "10"),
            mof(b, "生态效益指标", "节水灌溉面积占比", "≥60%", "36%", "5", "3"),
            mof(b, "可持续影响指标", "工程设施管护机制", "健全", "基本健全", "5", "2.5"),
            mof(s, "服务对象满意度指标", "项目区农户满意度", "≥90%", "88%", "10", "9")),
        Map.of());
  }

  static final MofWriter.Funds AGRICULTURE_FUNDS = new MofWriter.Funds("3000", "3200", "2720", "10", "8.5");
}
