package org.evalsheet.batch;

import java.util.Comparator;
import java.util.List;

/**
 * The short forms departments write their names in (单位简称): 人社 for 人力资源和社会保障, 卫健委 for 卫生健康委员会,
 * 科技局 for 科学技术局. Names are compared in their short form, so {@code 青岛市科技局} is {@code 青岛市科学技术局}
 * without the roster saying so. Only forms in common official use are listed: a looser rule would merge units that
 * differ (科技局 is not 科协).
 */
final class ShortForms {
  /** Full form → short form, over the keys of {@link org.evalsheet.model.Text#key}. */
  private static final List<String[]> PAIRS = List.of(
      pair("人力资源和社会保障", "人社"),
      pair("人力资源社会保障", "人社"),
      pair("卫生健康委员会", "卫健委"),
      pair("卫生和健康委员会", "卫健委"),
      pair("卫生和计划生育委员会", "卫计委"),
      pair("卫生计生委员会", "卫计委"),
      pair("卫生健康局", "卫健局"),
      pair("科学技术局", "科技局"),
      pair("科学技术厅", "科技厅"),
      pair("科学技术委员会", "科委"),
      pair("科学技术协会", "科协"),
      pair("发展和改革委员会", "发改委"),
      pair("发展改革委员会", "发改委"),
      pair("发展和改革局", "发改局"),
      pair("发展改革局", "发改局"),
      pair("住房和城乡建设局", "住建局"),
      pair("住房城乡建设局", "住建局"),
      pair("住房和城乡建设委员会", "住建委"),
      pair("住房城乡建设委员会", "住建委"),
      pair("工业和信息化局", "工信局"),
      pair("工业和信息化委员会", "工信委"),
      pair("文化和旅游局", "文旅局"),
      pair("文化广电和旅游局", "文广旅局"),
      pair("教育和体育局", "教体局"),
      pair("市场监督管理局", "市场监管局"),
      pair("医疗保障局", "医保局"),
      pair("应急管理局", "应急局"),
      pair("退役军人事务局", "退役军人局"),
      pair("交通运输局", "交通局"),
      pair("水务管理局", "水务局"),
      pair("城市管理局", "城管局"),
      pair("城市管理行政执法局", "城管执法局"),
      pair("行政审批服务局", "行政审批局"),
      pair("自然资源和规划局", "自然资源局"),
      pair("机关事务管理局", "机关事务局"),
      pair("国有资产监督管理委员会", "国资委"),
      pair("人民防空办公室", "人防办"),
      pair("残疾人联合会", "残联"),
      pair("妇女联合会", "妇联"),
      pair("工商业联合会", "工商联"),
      pair("文学艺术界联合会", "文联"),
      pair("人民政府办公厅", "政府办公厅"),
      pair("人民政府办公室", "政府办公室"),
      pair("人民政府", "政府"))
      .stream().sorted(Comparator.comparingInt((String[] p) -> p[0].length()).reversed()).toList();

  private ShortForms() {}

  private static String[] pair(String full, String brief) {
    return new String[] {full, brief};
  }

  /** A name key with every full form replaced by its short form, longest first. */
  static String shorten(String key) {
    String s = key;
    for (String[] p : PAIRS) {
      if (s.contains(p[0])) {
        s = s.replace(p[0], p[1]);
      }
    }
    return s;
  }
}
