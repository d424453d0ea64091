package org.evalsheet.model;

/** The columns of an indicator table by meaning (列), whatever the header calls them. */
public enum Column {
  LEVEL1("一级指标"),
  LEVEL2("二级指标"),
  LEVEL3("三级指标"),
  LEVEL4("四级指标"),
  WEIGHT("权重"),
  EXPLANATION("指标解释"),
  BENCHMARK("标杆值"),
  /** The 年度指标值's comparison when the 一体化 export splits it: {@code 指标性质} ({@code ≧}, {@code ═}, {@code ≦}). */
  TARGET_OP("指标性质"),
  /** The 年度指标值's unit when the 一体化 export splits it: {@code 度量单位} ({@code 人次}, {@code %}, {@code 百分比}). */
  TARGET_UNIT("度量单位"),
  ACTUAL("实际完成值"),
  RULE("评分标准"),
  REMARK("备注"),
  SCORE("得分"),
  /** The reviewer's score (复核得分, 核查得分, 专家评分…), kept apart from the self-evaluation's 得分. */
  REVIEW_SCORE("复核得分"),
  RATE("得分率"),
  /** The funds block's 全年预算数 (Ministry 自评表), on the 预算执行率 leaf only. */
  BUDGET("全年预算数"),
  /** The funds block's 全年执行数, on the 预算执行率 leaf only. */
  EXECUTED("全年执行数");

  private final String label;

  Column(String label) {
    this.label = label;
  }

  /** The canonical Chinese header, used when evalsheet has to add the column itself. */
  public String label() {
    return label;
  }

  /** The level column for a 1-based level, LEVEL1..LEVEL4. */
  public static Column level(int level) {
    return switch (level) {
      case 1 -> LEVEL1;
      case 2 -> LEVEL2;
      case 3 -> LEVEL3;
      case 4 -> LEVEL4;
      default -> throw new IllegalArgumentException("level " + level);
    };
  }
}
