package org.evalsheet.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units targets and actuals are written in (计量单位): percentages ({@code % ‰}), money ({@code 元 千元 万元 亿元}),
 * counts and measures ({@code 个 项 次 人次 户 亩 公里 吨 天…}), any of them with a {@code 万} in front, and per-units
 * such as {@code 元/亩}. Each converts to a base unit; two quantities compare only in the same base.
 */
final class Units {
  private Units() {}

  /** A unit read: its base unit and the factor to it ({@code 万元} → 元 × 10000). */
  record Unit(String base, BigDecimal factor) {
    static final Unit NONE = new Unit("", BigDecimal.ONE);

    boolean none() {
      return base.isEmpty();
    }
  }

  private static final Map<String, Unit> KNOWN = new LinkedHashMap<>();

  static {
    unit("%", "%", "1");
    unit("百分比", "%", "1");
    unit("‰", "%", "0.1");
    unit("元", "元", "1");
    unit("千元", "元", "1000");
    unit("万元", "元", "10000");
    unit("亿元", "元", "100000000");
    for (String u : List.of("个", "项", "次", "人次", "人", "户", "座", "处", "公里", "平方米", "亩", "公斤", "吨", "天",
        "个月", "月", "年", "小时", "家", "所", "件", "台", "套", "辆", "场", "场次", "期", "篇", "份", "册", "株", "棵",
        "头", "批", "间", "张", "本", "条", "名", "位", "块", "宗", "笔", "单", "类", "种", "门", "节", "课时", "学时",
        "平方公里", "立方米", "米", "千米", "公顷", "千瓦", "千瓦时", "度", "床", "张床", "人天", "天次", "户次", "元/人",
        "次/年", "分钟", "工作日", "个工作日", "倍", "分", "批次", "例", "起", "项次", "车次", "人份", "户数", "人数")) {
      unit(u, u, "1");
    }
    unit("千米", "公里", "1");
    unit("日", "天", "1");
    unit("千克", "公斤", "1");
    unit("斤", "公斤", "0.5");
  }

  private static void unit(String name, String base, String factor) {
    KNOWN.put(name, new Unit(base, new BigDecimal(factor)));
  }

  /**
   * The unit a text after a number names ({@code 万亩}, {@code 元/亩}, {@code %}), or null when it is not a unit
   * (then the text is words, not a quantity).
   */
  static Unit of(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return Unit.NONE;
    }
    Unit u = KNOWN.get(t);
    if (u != null) {
      return u;
    }
    if (t.startsWith("万") && t.length() > 1) {
      Unit rest = of(t.substring(1));
      if (rest != null && !rest.none() && !rest.base().equals("%")) {
        return new Unit(rest.base(), rest.factor().multiply(BigDecimal.valueOf(10_000)));
      }
    }
    int slash = t.indexOf('/');
    if (slash > 0 && slash < t.length() - 1) {
      Unit top = of(t.substring(0, slash));
      Unit bottom = of(t.substring(slash + 1));
      if (top != null && bottom != null && !top.none() && !bottom.none()) {
        return new Unit(top.base() + "/" + bottom.base(),
            top.factor().divide(bottom.factor(), org.evalsheet.model.Decimals.RATIO));
      }
    }
    return null;
  }

  /** Whether two units compare: the same base, or one of them unstated. */
  static boolean compatible(Unit a, Unit b) {
    return a.none() || b.none() || a.base().equals(b.base());
  }
}
