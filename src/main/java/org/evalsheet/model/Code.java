package org.evalsheet.model;

/**
 * The stable finding codes (问题代码): each with the severity it usually has and a one-line Chinese description.
 * JSON reports and bureaus' scripts rely on the names; ARCHITECTURE.md lists them (checked by a test).
 */
public enum Code {
  // 检查：权重与得分 / validation: weights and scores
  WEIGHT_TOTAL_NOT_100(Severity.ERROR, "末级指标权重（加资金块分值）合计不等于满分"),
  GROUP_WEIGHT_MISMATCH(Severity.ERROR, "分组标明的分值与其下级指标权重之和不符"),
  GROUP_SCORE_MISMATCH(Severity.ERROR, "分组行或小计行的得分与其下级指标得分之和不符"),
  WEIGHT_MISSING(Severity.ERROR, "末级指标没有填写权重（分值）"),
  WEIGHT_NOT_NUMBER(Severity.ERROR, "权重不是数字"),
  WEIGHT_NEGATIVE(Severity.ERROR, "权重为负数"),
  SCORE_MISSING(Severity.ERROR, "末级指标没有填写得分"),
  SCORE_NOT_NUMBER(Severity.ERROR, "得分不是数字"),
  SCORE_NEGATIVE(Severity.ERROR, "得分为负数"),
  SCORE_ABOVE_WEIGHT(Severity.ERROR, "得分超过权重（分值）"),
  TOTAL_ROW_MISMATCH(Severity.ERROR, "合计（总分）行与各项之和不符"),
  RATE_MISMATCH(Severity.WARNING, "填写的得分率与 得分 ÷ 权重 不符"),
  RATE_NOT_NUMBER(Severity.WARNING, "得分率不是数字"),
  DUPLICATE_INDICATOR(Severity.WARNING, "同一分组下指标名称重复"),
  SCORE_NOT_ALLOWED_BY_RULE(Severity.INFO, "得分不是评分标准可得的分值（级别由评分规则的 scoreNotInRule 决定）"),
  TOTAL_ROW_MISSING(Severity.INFO, "表中没有合计（总分）行"),
  SCORE_FROM_RATE(Severity.INFO, "只填了得分率，得分由得分率推算"),
  TEMPLATE_NO_SCORES(Severity.INFO, "表中没有填写任何得分（空白表或只填了权重）"),
  REVIEWER_SCORE_DIFFERS(Severity.INFO, "复核人员的评分与自评得分不同"),
  FUNDS_SCORE_MISMATCH(Severity.WARNING, "资金块得分与 执行率 × 分值 不符"),
  FUNDS_TOTAL_MISSING(Severity.WARNING, "年度资金总额未填或为 0，而其中各项填有金额"),
  GRADE_MISMATCH(Severity.WARNING, "填报的自评等级与总分应得的等次不符"),

  // 读取：读者自行做出的判断 / reading: decisions the reader took
  CONTINUATION_JOINED(Severity.INFO, "没有权重和得分的续行并入上一行"),
  FORMULA_EVALUATED(Severity.INFO, "公式没有保存计算结果，已按公式计算"),
  GROUP_ROWS(Severity.INFO, "分组单独占一行（大纲式），只用来核对本组"),
  HIDDEN_ROW(Severity.INFO, "隐藏的行也按指标读取"),
  NOT_APPLICABLE(Severity.INFO, "不适用的指标不计分，按适用权重折算"),
  PART_IGNORED(Severity.INFO, "损坏但与指标表无关的部分被跳过"),
  REVIEWER_COLUMN(Severity.INFO, "复核人员的评分列单独列出，不当作自评得分"),
  SCORE_COLUMN_CHOSEN(Severity.INFO, "有多个得分列时选用的自评得分列"),
  SUBTOTAL_ROW(Severity.INFO, "小计行只用来核对本组，不计入合计"),
  SUBTOTAL_WITHOUT_GROUP(Severity.WARNING, "小计行找不到它所小计的分组"),
  UNIT_FROM_FILE_NAME(Severity.INFO, "单位名称取自文件名"),
  UNIT_FROM_TITLE(Severity.INFO, "单位名称取自标题"),
  WEIGHT_SCALE(Severity.INFO, "权重按占比或百分比读取，按百分制核对"),
  NAME_MISSING(Severity.WARNING, "有得分的行没有指标名称"),
  TEMPLATE_ROWS_SKIPPED(Severity.INFO, "表样中未使用的行（指标1：、……、空的指标类别）不作为指标"),
  DETAIL_ROWS(Severity.INFO, "“其中”行是上一项的细分，不作为指标"),
  FUNDS_SCORED(Severity.INFO, "资金块（预算执行率）的分值和得分计入总分"),
  WEIGHTS_FROM_GROUP_LABELS(Severity.INFO, "表中没有末级权重，按分组标签里写的分值核对"),
  LEVEL_WEIGHTS(Severity.INFO, "每一级指标后都有分值列，末级取最深一级的分值"),
  SHARED_SCORE(Severity.INFO, "一个得分合并在几行上，这几行共用一个得分"),
  TARGET_COLUMNS_JOINED(Severity.INFO, "年度指标值分成 指标性质 | 指标值 | 度量单位 三列，合起来读"),

  // 复核 / review
  REVIEW_BASIS(Severity.INFO, "复核的依据（按哪一条规则重算）"),
  SCORE_ABOVE_RULE(Severity.WARNING, "自评得分高于按完成情况计算的得分"),
  SCORE_BELOW_RULE(Severity.INFO, "自评得分低于按完成情况计算的得分"),
  QUALITATIVE_SCORE_OUT_OF_BAND(Severity.WARNING, "定性指标的得分不在其完成等级的区间内"),
  DEVIATION_REASON_MISSING(Severity.WARNING, "得分低于分值或未完成目标，但没写偏差原因"),
  TARGET_FAR_EXCEEDED(Severity.WARNING, "实际完成远超年度指标值，目标可能定得偏低"),
  EXECUTION_RATE_MISMATCH(Severity.WARNING, "资金执行率与 执行数 ÷ 预算数 不符"),
  TOTAL_ABOVE_EXECUTION_CAP(Severity.WARNING, "按执行率封顶后总分超过上限"),
  TARGET_NOT_MEASURABLE(Severity.INFO, "年度指标值不是可计量的数值"),
  UNIT_MISMATCH(Severity.WARNING, "实际完成值与年度指标值的单位不能比较"),
  NOT_VERIFIABLE(Severity.INFO, "实际完成值只是重复目标或空缺，无法核实"),

  // 整轮 / the round
  DUPLICATE_SUBMISSION(Severity.WARNING, "同一单位重复提交，以较新的文件为准"),
  UNIT_FROM_ROSTER(Severity.INFO, "单位名称以名单为准");

  private final Severity severity;
  private final String description;

  Code(Severity severity, String description) {
    this.severity = severity;
    this.description = description;
  }

  /** The severity a finding of this code has unless a rule or a profile says otherwise. */
  public Severity severity() {
    return severity;
  }

  /** What the code means, in one Chinese line. */
  public String description() {
    return description;
  }
}
