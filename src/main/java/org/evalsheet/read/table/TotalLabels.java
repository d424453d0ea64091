package org.evalsheet.read.table;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalsheet.model.TotalRow;

/**
 * What a 合计-like label says (合计与小计标签): a row closing the table ({@code 合计}, {@code 总计}, {@code 总分},
 * {@code 合 计}) or a row closing one group ({@code 小计}, {@code 决策小计}, {@code 一级指标小计}, {@code 分项合计},
 * {@code 合计（决策）}, {@code 决策合计}).
 */
final class TotalLabels {
  private TotalLabels() {}

  /**
   * A label read.
   *
   * @param kind what the label says
   * @param group the group it names ({@code 决策} for {@code 决策小计}), or null
   * @param level the level it names ({@code 1} for {@code 一级指标小计}), or 0
   */
  record Label(Kind kind, String group, int level) {}

  /** What a label says. */
  enum Kind {
    /** 合计, 总计, 总分: the table's total, unless indicator rows follow it. */
    TOTAL,
    /** 小计, 决策小计, 合计（决策）: a group's total. */
    SUBTOTAL,
    /** 决策合计: a group's total when it names an open group, else the table's total. */
    NAMED_TOTAL
  }

  private static final Pattern SUBTOTAL =
      Pattern.compile("^(.*?)(小计|分项合计|分类合计|分组合计|分项小计)(?:\\((.*)\\))?:?$");
  private static final Pattern NAMED_TOTAL = Pattern.compile("^(.+?)(合计|总计)(?:\\((.*)\\))?:?$");
  private static final Pattern LEVEL = Pattern.compile("^([一二三四1-4])级(指标)?$");

  /** The label a compacted cell text is, or null when it is none. */
  static Label read(String key) {
    if (key.isEmpty() || key.indexOf('计') < 0 && key.charAt(0) != '总') {
      return null;
    }
    String closing = TotalRow.closingLabel(key);
    if (closing != null) {
      return closing.isEmpty() ? new Label(Kind.TOTAL, null, 0) : named(Kind.SUBTOTAL, closing);
    }
    Matcher m = SUBTOTAL.matcher(key);
    if (m.matches()) {
      String name = !m.group(1).isEmpty() ? m.group(1) : m.group(3);
      return name == null || name.isEmpty() ? new Label(Kind.SUBTOTAL, null, 0) : named(Kind.SUBTOTAL, name);
    }
    m = NAMED_TOTAL.matcher(key);
    if (m.matches() && !m.group(1).equals("得分")) {
      // 决策合计: a group's total when 决策 is an open group, else read as the table's total (see RowWalker).
      return named(Kind.NAMED_TOTAL, m.group(1));
    }
    return null;
  }

  private static Label named(Kind kind, String name) {
    Matcher level = LEVEL.matcher(name);
    if (level.matches()) {
      char d = level.group(1).charAt(0);
      return new Label(Kind.SUBTOTAL, null, d <= '9' ? d - '0' : "一二三四".indexOf(d) + 1);
    }
    return new Label(kind, name, 0);
  }
}
