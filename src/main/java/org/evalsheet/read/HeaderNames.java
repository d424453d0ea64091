package org.evalsheet.read;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.evalsheet.model.Column;

/** The names a column goes by in real headers (表头同义词), matched after spaces and full-width forms are removed. */
final class HeaderNames {
  private HeaderNames() {}

  /** A unit or note after the name: {@code 分值（分）}, {@code 权重(%)}; what {@link #withoutSuffix} removes. */
  static final Pattern SUFFIX = Pattern.compile("\\([^()]*\\)$");

  private static final Map<String, Column> NAMES = new HashMap<>();

  static {
    names(Column.LEVEL1, "一级指标", "一级", "1级指标");
    names(Column.LEVEL2, "二级指标", "二级", "2级指标");
    names(Column.LEVEL3, "三级指标", "三级", "3级指标");
    names(Column.LEVEL4, "四级指标", "四级", "4级指标");
    names(Column.WEIGHT, "权重", "分值", "权数", "标准分", "满分", "最高分", "权重分", "指标分值", "标准分值", "权重分值");
    names(Column.SCORE, "得分", "自评得分", "评价得分", "考评得分", "实际得分", "自评分", "自评分数", "评价分值");
    names(Column.RATE, "得分率", "自评得分率");
    names(Column.RULE, "评分标准", "评分依据", "评价要点", "评分细则", "评分方法", "评分规则", "评价标准", "评分标准及方法");
    names(Column.EXPLANATION, "指标解释", "指标说明", "指标内涵");
    names(Column.BENCHMARK, "标杆值", "年度指标值", "目标值", "年度工作目标", "指标值", "预期目标值");
    names(Column.ACTUAL, "实际完成值", "实际完成情况", "完成值", "实际值");
    names(Column.REMARK, "备注", "扣分原因", "偏差原因分析及改进措施", "扣分原因和其他说明", "扣分原因及说明", "扣分理由",
        "偏差原因");
  }

  private static void names(Column column, String... names) {
    for (String n : names) {
      NAMES.put(n, column);
    }
  }

  /** The column a header cell names, or null: {@code 权 重} and {@code 得\n分} match, {@code 得分率} is not 得分. */
  static Column match(String header) {
    String key = Labels.compact(header);
    Column c = NAMES.get(key);
    // The suffix pattern ends with ")": other keys are never shortened by it.
    if (c == null && key.endsWith(")")) {
      c = NAMES.get(withoutSuffix(key));
    }
    return c;
  }

  /**
   * {@code key} without its {@link #SUFFIX}, found without the regex: for a key ending in {@code )}, the bracket
   * before that last one, when it is {@code (}, starts the suffix; otherwise there is none.
   */
  static String withoutSuffix(String key) {
    for (int i = key.length() - 2; i >= 0; i--) {
      char ch = key.charAt(i);
      if (ch == '(') {
        return key.substring(0, i);
      }
      if (ch == ')') {
        return key;
      }
    }
    return key;
  }
}
