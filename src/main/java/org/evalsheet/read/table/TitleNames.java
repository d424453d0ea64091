package org.evalsheet.read.table;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.Text;

/**
 * The unit and project a title or file name names (标题中的单位和项目), as departments write them:
 * {@code <单位><年度>年(度)<项目>(项目)(支出)绩效(自评表|评价表|指标体系)} and the usual variants, such as
 * {@code 附件3-1 青岛市教育局2023年度课后服务项目绩效自评表} or {@code 项目支出绩效自评表（青岛市农业农村局 高标准农田建设）}.
 */
final class TitleNames {
  private TitleNames() {}

  /**
   * What a title names.
   *
   * @param unit the unit, or "" when none could be told
   * @param project the project, or ""
   */
  record Names(String unit, String project) {
    static final Names NONE = new Names("", "");
  }

  private static final Pattern CAPTION = Pattern.compile("^(附件|附表)[0-9一二三四五六七八九十]+(-[0-9]+)?[:：.、]?");
  private static final Pattern DRAFT = Pattern.compile("(\\((终稿|定稿|修改稿|修改版|修订版|最终版|正式版|盖章版|[0-9]+)\\)"
      + "|终稿|定稿|修改版|修订版|最终版|正式版|[-_]?副本|[-_]?v[0-9]+)$");
  private static final Pattern BRACKETED = Pattern.compile("^(.*)\\(([^()]+)\\)$");
  private static final Pattern TAIL = Pattern.compile("(项目|部门整体|整体)?(支出)?(绩效)?(自评|评价|自我评价)?"
      + "(指标体系|自评表|评价表|评分表|考核表|指标表|情况表|表)$");
  private static final Pattern YEAR = Pattern.compile("([0-9]{4})年度?");
  private static final Pattern EDGE = Pattern.compile("^[-_、,.:：·]+|[-_、,.:：·]+$");
  private static final Pattern PROJECT_TAIL = Pattern.compile("(项目)?(支出)?$");

  /** Endings of unit names, longest first so that 委员会 wins over 委. */
  private static final List<String> ENDINGS = List.of("街道办事处", "委员会", "办公厅", "办公室", "联合会", "管委会",
      "检察院", "法院", "中心", "政府", "工会", "协会", "商会", "公司", "集团", "医院", "学校", "大学", "局", "委", "厅",
      "院", "馆", "站", "所", "部", "处", "室", "队", "校", "厂", "办");
  /** What may continue a unit name that already ended: 政府 + 办公厅, 公安局 + 交通警察支队 is not one. */
  private static final List<String> CONTINUATIONS =
      List.of("办公厅", "办公室", "管理局", "分局", "服务中心", "管理中心", "事务中心", "管理处", "支队", "大队");
  /** Characters after which an ending is only the start of a longer word: 处理, 委员, 办公, 部门, 所属. */
  private static final List<String> NOT_ENDINGS = List.of("处理", "委员", "办公", "办事", "部门", "所属", "所有", "院校",
      "站点", "中心城");

  /** The unit and project a title names. */
  static Names of(String title) {
    String t = Text.compact(title);
    t = CAPTION.matcher(t).replaceFirst("");
    t = DRAFT.matcher(t).replaceFirst("");
    Matcher b = BRACKETED.matcher(t);
    if (b.matches() && TAIL.matcher(b.group(1)).replaceFirst("").isEmpty()) {
      // 项目支出绩效自评表（青岛市农业农村局 高标准农田建设）: the names are in the brackets.
      t = b.group(2);
    }
    t = TAIL.matcher(t).replaceFirst("");
    Matcher lead = YEAR.matcher(t);
    if (lead.lookingAt()) {
      t = t.substring(lead.end());
    }
    if (t.isEmpty()) {
      return Names.NONE;
    }
    Matcher y = YEAR.matcher(t);
    String unit;
    String rest;
    if (y.find() && y.start() >= 2) {
      unit = edges(t.substring(0, y.start()));
      rest = t.substring(y.end());
    } else {
      int end = unitEnd(t);
      if (end < 0) {
        return Names.NONE;
      }
      unit = t.substring(0, end);
      rest = t.substring(end);
    }
    String project = PROJECT_TAIL.matcher(edges(rest)).replaceFirst("");
    return new Names(unit.length() >= 2 ? unit : "", project.length() >= 2 ? project : "");
  }

  /** Where a unit's name ends in {@code t}: the first unit ending, extended by 办公厅 and the like; -1 for none. */
  private static int unitEnd(String t) {
    for (int p = 2; p <= t.length(); p++) {
      String head = t.substring(0, p);
      if (p >= 3 && ENDINGS.stream().anyMatch(head::endsWith) && !insideWord(t, p)) {
        int end = p;
        for (boolean grew = true; grew; ) {
          grew = false;
          for (String c : CONTINUATIONS) {
            if (t.startsWith(c, end)) {
              end += c.length();
              grew = true;
            }
          }
        }
        return end;
      }
    }
    return -1;
  }

  /** Whether position {@code p} falls inside one of {@link #NOT_ENDINGS} in {@code t}. */
  private static boolean insideWord(String t, int p) {
    for (String w : NOT_ENDINGS) {
      for (int q = Math.max(0, p - w.length() + 1); q < p; q++) {
        if (t.startsWith(w, q)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String edges(String s) {
    return EDGE.matcher(s).replaceAll("");
  }
}
