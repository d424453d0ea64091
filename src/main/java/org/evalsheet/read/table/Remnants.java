package org.evalsheet.read.table;

import java.util.List;
import java.util.regex.Pattern;
import org.evalsheet.model.Text;

/**
 * What the Ministry form's template leaves in a table that units publish (表样残留): the rows {@code 指标1：},
 * {@code 指标2：}, {@code ……} a unit did not use, {@code 指标1：/} written into one it did not need, a 二级 category such
 * as 生态效益指标 listed with nothing under it, a row of {@code -}; and the {@code 其中…} rows that break a scored
 * indicator down. None of them is an indicator.
 */
final class Remnants {
  private Remnants() {}

  /** The template's numbering of a row: {@code 指标1：}, {@code 指标2:}, {@code 指标3}. */
  private static final Pattern NUMBERED = Pattern.compile("^指标[0-9一二三四五六七八九十]+[:：.、]?");
  /** Text standing for "more rows like these" or for nothing. */
  private static final Pattern FILLER = Pattern.compile("^(…+|\\.{2,}|。{2,}|[-—–_/／\\\\*]+|无)$");
  private static final List<String> DETAIL = List.of("其中", "其中:", "其中：");

  /**
   * Whether a leaf name is only the template's: {@code 指标2：}, {@code ……}, {@code 指标1：/}, {@code -}. A name with
   * words after the numbering ({@code 指标1：工程质量合格}, {@code 指标1工程完工率}) is a real indicator.
   */
  static boolean isTemplateName(String name) {
    String c = Text.compact(name);
    String rest = NUMBERED.matcher(c).replaceFirst("");
    return rest.isEmpty() || FILLER.matcher(rest).matches();
  }

  /** Whether a cell's text is a filler: {@code ……}, {@code -}, {@code /}, {@code —}. */
  static boolean isFiller(String text) {
    String c = Text.compact(text);
    return c.isEmpty() || FILLER.matcher(c).matches();
  }

  /** Whether a name starts a breakdown of the indicator above: {@code 其中桃树种植面积}, {@code 其中：…}. */
  static boolean isDetail(String name) {
    String c = Text.compact(name);
    return DETAIL.stream().anyMatch(c::startsWith) && c.length() > 2;
  }

  /** Rows listed in a note: {@code 15、16、19} or {@code 15、16、19 等 12 行}. */
  static String rows(List<Integer> rows, int listed) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(listed, rows.size()); i++) {
      sb.append(i == 0 ? "" : "、").append(rows.get(i) + 1);
    }
    if (rows.size() > listed) {
      sb.append(" 等 ").append(rows.size());
    }
    return sb.toString();
  }
}
