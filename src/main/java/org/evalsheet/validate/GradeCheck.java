package org.evalsheet.validate;

import static org.evalsheet.model.Decimals.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.evalsheet.model.Code;
import org.evalsheet.model.Declared;
import org.evalsheet.model.Finding;
import org.evalsheet.model.GradeScale;
import org.evalsheet.model.Indicator;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.Profile;

/**
 * The 自评等级 a unit wrote beside its 总分 (优/良/中/差) against the grade the table's scores earn under the
 * bureau's bands: a warning when they differ, since the grade is what the unit reports upward.
 */
final class GradeCheck {
  private GradeCheck() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Longer forms of the four grades. */
  private static final Map<String, String> SAME = Map.of("优秀", "优", "良好", "良", "中等", "中", "较差", "差");

  static void check(IndicatorTable table, Profile profile, boolean template, java.util.List<Finding> out) {
    Declared.StatedGrade stated = table.declared().grade();
    if (stated == null || template) {
      return;
    }
    GradeScale scale = profile.grades();
    String written = SAME.getOrDefault(stated.grade(), stated.grade());
    if (scale.bands().stream().noneMatch(b -> b.grade().equals(written))) {
      return; // 合格, A…: a scale of the unit's own, not one to compare with
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator i : table.indicators()) {
      if (i.notApplicable()) {
        continue;
      }
      BigDecimal s = Submitted.score(i);
      if (s == null) {
        return;
      }
      sum = sum.add(s);
    }
    BigDecimal full = FullMark.of(table, profile);
    BigDecimal applicable = profile.notApplicable() == Profile.NotApplicable.RESCALE
        ? full.subtract(FullMark.notApplicableWeight(table)) : full;
    if (applicable.signum() <= 0) {
      return;
    }
    BigDecimal onHundred = sum.multiply(HUNDRED).divide(applicable, 4, RoundingMode.HALF_UP);
    String earned = scale.grade(onHundred);
    if (!earned.equals(written)) {
      out.add(Finding.of(Code.GRADE_MISMATCH, stated.cell(), "自评等级填写“" + stated.grade() + "”，但各项得分合计 "
          + format(sum) + " 分（满分 " + format(applicable) + "）按等次划分应为“" + earned + "”，请核实"));
    }
  }
}
