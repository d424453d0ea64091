package org.evalsheet.profile;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.Profile;

/**
 * The built-in profiles (内置评分规则) as objects, so that a run under them does not start a YAML parser: Jackson's
 * databind and SnakeYAML cost a quarter of a second of a cold start. The files under
 * {@code src/main/resources/org/evalsheet/profiles/} are what {@code evalsheet profile NAME} prints and what a
 * bureau edits; {@code BuiltInProfilesTest} reads each file and requires exactly the profile built here.
 */
final class BuiltInProfiles {
  private BuiltInProfiles() {}

  private static final Profile.Qualitative WORDS = new Profile.Qualitative(
      new Profile.Band(List.of("达成", "已达成", "完成", "已完成", "全部完成", "按期完成", "按时完成", "健全", "已健全", "建立健全",
          "完善", "有效", "明显", "效果明显", "显著", "良好", "好", "是", "满意", "达到", "实现", "已实现", "落实", "已落实", "合规",
          "规范", "充分", "及时", "符合", "到位"), new BigDecimal("0.8"), new BigDecimal("1.0")),
      new Profile.Band(List.of("部分达成", "基本达成", "部分完成", "基本完成", "基本健全", "基本完善", "基本有效", "较好", "较为明显",
          "较明显", "有一定效果", "一般", "基本满意", "基本实现", "部分实现", "基本落实", "基本规范", "基本符合", "基本到位"),
          new BigDecimal("0.6"), new BigDecimal("0.8")),
      new Profile.Band(List.of("未达成", "未完成", "没有完成", "不健全", "未建立", "不完善", "无效", "不明显", "效果较差", "较差", "差",
          "否", "不满意", "未实现", "未落实", "不规范", "不符合", "未到位"), new BigDecimal("0.0"), new BigDecimal("0.6")));

  /** The built-in profiles' names and grade bands, the default first; all else they share. */
  static final Map<String, GradeScale> BANDS = bands();

  private static Map<String, GradeScale> bands() {
    Map<String, GradeScale> m = new LinkedHashMap<>();
    m.put("qingdao", GradeScale.DEFAULT);
    m.put("mof", GradeScale.MOF);
    return Collections.unmodifiableMap(m);
  }

  /** The profile named, or null when there is no such built-in profile. */
  static Profile named(String name) {
    GradeScale grades = BANDS.get(name);
    return grades == null ? null : profile(name, grades);
  }

  private static Profile profile(String name, GradeScale grades) {
    return new Profile(name, grades, null, new BigDecimal("0.01"), Profile.Negative.LINEAR,
        new BigDecimal("1.2"), WORDS, true, Profile.NotApplicable.RESCALE, List.of(), Profile.ScoreNotInRule.INFO);
  }
}
