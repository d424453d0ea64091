package org.evalsheet.read.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.Column;
import org.evalsheet.model.Text;

/**
 * The names a column goes by in real headers (表头同义词). A header is first cleaned (spaces, line feeds and
 * full-width forms removed, units in brackets such as {@code （分）} or {@code (%)} dropped, other brackets opened),
 * then looked up among the names seen on real forms, then read by meaning: a weight column is, or ends in,
 * 权重 / 分值 / 权数 / 满分 / 标准分 / 最高分 / 总分值 / 分数 (指标, 建议, 标准 or 基础 in front, 占比 behind allowed); a
 * score column ends in 得分 / 评分 / 实得分 / 自评分 / 考评分 / 评价分; a score column naming a reviewer (复核, 核查,
 * 审核, 专家, 评审, 财政, 抽查…) is the reviewer's score.
 */
final class HeaderNames {
  private HeaderNames() {}

  /** A unit or note after the name: {@code 分值（分）}, {@code 权重(%)}; what {@link #withoutSuffix} removes. */
  static final Pattern SUFFIX = Pattern.compile("\\([^()]*\\)$");

  private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");
  /** Bracket contents that are only a unit: dropped from the header. */
  private static final List<String> UNITS =
      List.of("分", "%", "百分比", "百分制", "分数", "元", "万元", "个", "项", "满分100分", "100分", "满分100");

  private static final Map<String, Column> NAMES = new HashMap<>();

  static {
    names(Column.LEVEL1, "一级指标", "一级", "1级指标", "一级指标名称", "一级指标内容");
    names(Column.LEVEL2, "二级指标", "二级", "2级指标", "二级指标名称", "二级指标内容");
    names(Column.LEVEL3, "三级指标", "三级", "3级指标", "三级指标名称", "三级指标内容", "指标名称(三级指标)",
        "三级指标名称(具体指标)");
    names(Column.LEVEL4, "四级指标", "四级", "4级指标", "四级指标名称", "四级指标内容");
    names(Column.WEIGHT, "权重", "分值", "权数", "标准分", "满分", "最高分", "权重分", "指标分值", "标准分值", "权重分值");
    names(Column.SCORE, "得分", "自评得分", "评价得分", "考评得分", "实际得分", "自评分", "自评分数", "评价分值", "自评");
    names(Column.TARGET_OP, "指标性质", "指标方向", "运算符");
    names(Column.TARGET_UNIT, "度量单位", "计量单位", "指标单位");
    names(Column.REVIEW_SCORE, "复核", "复核分", "复评", "核查分", "复核分数");
    names(Column.RATE, "得分率", "自评得分率");
    names(Column.RULE, "评分标准", "评分依据", "评价要点", "评分细则", "评分方法", "评分规则", "评价标准", "评分标准及方法",
        "评分办法", "评分标准和方法", "计分方法", "评分要点", "计分标准", "计分办法", "评价标准及依据", "得分计算方法");
    names(Column.EXPLANATION, "指标解释", "指标说明", "指标内涵", "指标释义", "指标定义");
    names(Column.BENCHMARK, "标杆值", "年度指标值", "目标值", "年度工作目标", "指标值", "预期目标值", "年度目标值",
        "年初目标值", "全年目标值", "年初指标值", "预期指标值", "指标值A", "年度绩效目标值",
        "计划值", "目标任务");
    names(Column.ACTUAL, "实际完成值", "实际完成情况", "完成值", "实际值", "全年实际完成值", "实际完成", "完成情况",
        "全年实际值", "实际完成指标值", "年终完成值", "全年完成值", "实际完成数");
    names(Column.REMARK, "备注", "扣分原因", "偏差原因分析及改进措施", "扣分原因和其他说明", "扣分原因及说明", "扣分理由",
        "偏差原因", "偏差原因分析", "未完成原因分析", "扣分说明", "得分说明", "偏差原因及改进措施", "原因分析及改进措施");
  }

  /** Words naming someone other than the department: a score under such a header is a reviewer's. */
  private static final List<String> REVIEWERS =
      List.of("复核", "核查", "审核", "专家", "评审", "财政", "抽查", "复评", "第三方", "核定", "核实", "主管部门", "评价组");
  private static final List<String> SCORE_ENDS = List.of("得分", "评分", "实得分", "自评分", "考评分", "评价分");
  private static final List<String> SCORE_STARTS = List.of("自评", "自我评价", "评价", "考评", "考核", "实际", "实得");
  private static final List<String> WEIGHT_WORDS =
      List.of("权重", "分值", "权数", "满分", "标准分", "最高分", "总分值", "分数");
  private static final List<String> WEIGHT_PREFIXES = List.of("指标", "建议", "标准", "基础", "设定", "计划");
  /** A header about a score rather than a score: 评分标准, 得分说明, 扣分原因, 得分率. */
  private static final Pattern NOT_A_NUMBER =
      Pattern.compile(".*(标准|依据|方法|细则|要点|规则|说明|原因|理由|情况|解释|内容|名称|率|办法|分析)$");
  /** 未完成原因分析及改进措施, 未完成原因及拟采取的改进措施: the reasons a shortfall needs. */
  private static final Pattern REMARK = Pattern.compile("^(未完成|偏差|扣分|差异)?原因.*|.*(改进措施|整改措施)$");
  private static final Pattern LEVEL = Pattern.compile("^([一二三四1-4])级(指标)?(名称|内容)?$");

  private static void names(Column column, String... names) {
    for (String n : names) {
      NAMES.put(n, column);
    }
  }

  /**
   * Headers that name the indicator column of a table without 一级/二级 headings ({@code 考核内容}, {@code 评价指标 |
   * 评价内容 | 指标名称}): the first is level 1, the next level 2 and so on, left to right, when a header row has no
   * level heading of its own.
   */
  static final java.util.Set<String> NAME_COLUMNS = java.util.Set.of("考核内容", "考核指标", "考核项目", "评价指标",
      "评价内容", "评价项目", "指标名称", "指标内容", "项目名称及内容", "评分项目");

  /** The column a header cell names, or null: {@code 权 重} and {@code 得\n分} match, {@code 得分率} is not 得分. */
  static Column match(String header) {
    String compact = Text.compact(header);
    Column c = NAMES.get(compact);
    if (c != null || compact.isEmpty()) {
      return c;
    }
    String cleaned = clean(compact);
    c = NAMES.get(cleaned);
    if (c == null && compact.endsWith(")")) {
      // A known name with a note after it: 一级指标（分值）, 得分（自评）; 得分（复核） is the reviewer's.
      String base = withoutSuffix(compact);
      c = NAMES.get(base);
      String note = compact.substring(base.length());
      if (c == Column.SCORE && REVIEWERS.stream().anyMatch(note::contains)) {
        return Column.REVIEW_SCORE;
      }
    }
    return c != null ? c : byMeaning(cleaned);
  }

  /** Whether a header says its numbers are percentages: {@code 权重(%)}, {@code 权重（百分比）}. */
  static boolean percent(String header) {
    String k = Text.compact(header);
    return k.contains("%") || k.contains("百分比");
  }

  /**
   * The header without its unit brackets and the letters forms name columns by ({@code 年初目标值(A)},
   * {@code 执行率(B/A)}, also with a bracket lost in copying: {@code 年初目标值(A}), other brackets opened:
   * {@code 得分(复核)} → {@code 得分复核}.
   */
  static String clean(String compact) {
    String c = LOST_BRACKET.matcher(compact).replaceFirst("");
    if (c.indexOf('(') < 0) {
      return c;
    }
    Matcher m = BRACKETS.matcher(c);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String inside = m.group(1);
      boolean drop = UNITS.contains(inside) || LETTERS.matcher(inside).matches();
      m.appendReplacement(sb, Matcher.quoteReplacement(drop ? "" : inside));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Column letters of a form: {@code A}, {@code B/A}, {@code A-B}. */
  private static final Pattern LETTERS = Pattern.compile("[A-Za-z][A-Za-z/+\\-*×÷]*");
  /** A letter bracket whose other half was lost: {@code (A} or {@code B)} at the end. */
  private static final Pattern LOST_BRACKET = Pattern.compile("(\\([A-Za-z][A-Za-z/]*|(?<=[^(A-Za-z/])[A-Za-z][A-Za-z/]*\\))$");

  private static Column byMeaning(String key) {
    Matcher level = LEVEL.matcher(key);
    if (level.matches()) {
      char digit = level.group(1).charAt(0);
      return Column.level(digit <= '9' ? digit - '0' : "一二三四".indexOf(digit) + 1);
    }
    if (REMARK.matcher(key).matches()) {
      return Column.REMARK;
    }
    if (NOT_A_NUMBER.matcher(key).matches()) {
      return null;
    }
    if (isScore(key)) {
      return REVIEWERS.stream().anyMatch(key::contains) ? Column.REVIEW_SCORE : Column.SCORE;
    }
    return isWeight(key) ? Column.WEIGHT : null;
  }

  private static boolean isScore(String key) {
    if (SCORE_ENDS.stream().anyMatch(key::endsWith) || key.contains("得分")) {
      return true;
    }
    boolean starts = SCORE_STARTS.stream().anyMatch(key::startsWith) || REVIEWERS.stream().anyMatch(key::startsWith);
    return starts && (key.endsWith("分") || key.endsWith("分数") || key.endsWith("分值"));
  }

  private static boolean isWeight(String key) {
    String k = key;
    for (String tail : List.of("占比", "比例", "比重")) {
      if (k.endsWith(tail) && k.length() > tail.length()) {
        k = k.substring(0, k.length() - tail.length());
        if (k.equals("权重") || k.equals("分值")) {
          return true;
        }
      }
    }
    for (String p : WEIGHT_PREFIXES) {
      if (k.startsWith(p) && k.length() > p.length()) {
        k = k.substring(p.length());
        break;
      }
    }
    String w = k;
    return WEIGHT_WORDS.stream().anyMatch(word -> w.equals(word) || w.endsWith(word) && w.length() <= word.length() + 2);
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
