package org.evalsheet.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.evalsheet.model.Finding;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.model.Severity;
import org.evalsheet.profile.ProfileReader;
import org.evalsheet.read.WorkbookReader;
import org.evalsheet.score.Assessor;
import org.evalsheet.score.Deduction;
import org.evalsheet.score.GroupScore;
import org.evalsheet.score.TableResult;
import org.evalsheet.testing.SeedLayouts.Groups;
import org.evalsheet.testing.SeedLayouts.Weights;
import org.evalsheet.testing.SeedLayouts;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed table in every layout offices use, and their mixtures, as .xlsx and .xls: each gives the seed's own
 * numbers (98.4; 决策 18.5 / 过程 19.9 / 产出 25 / 效益 35; 优; 20 leaves; the four deductions), no error, and no
 * warning the merged seed does not have. Only info findings may differ: they say what the reader decided.
 */
class SeedLayoutsTest {
  @TempDir Path dir;

  private static final WorkbookReader READER = new WorkbookReader(ReadLimits.DEFAULT);

  static Stream<Arguments> layouts() {
    List<Arguments> out = new ArrayList<>();
    List<Object[]> cases = List.of(
        new Object[] {"merged", (Supplier<SeedLayouts>) SeedLayouts::new},
        new Object[] {"outline", (Supplier<SeedLayouts>) () -> new SeedLayouts().groups(Groups.OUTLINE)},
        new Object[] {"outline with group scores",
            (Supplier<SeedLayouts>) () -> new SeedLayouts().groups(Groups.OUTLINE_SCORED)},
        new Object[] {"决策小计 rows", (Supplier<SeedLayouts>) () -> new SeedLayouts().groups(Groups.SUBTOTALS)},
        new Object[] {"nested 小计 rows",
            (Supplier<SeedLayouts>) () -> new SeedLayouts().groups(Groups.SUBTOTALS_NESTED)},
        new Object[] {"outline level 1, merged level 2, 合计（决策）",
            (Supplier<SeedLayouts>) () -> new SeedLayouts().groups(Groups.MIXED)},
        new Object[] {"flat", (Supplier<SeedLayouts>) () -> new SeedLayouts().groups(Groups.FLAT)},
        new Object[] {"fractions", (Supplier<SeedLayouts>) () -> new SeedLayouts().weights(Weights.FRACTIONS)},
        new Object[] {"fractions, outline with scores",
            (Supplier<SeedLayouts>) () -> new SeedLayouts().weights(Weights.FRACTIONS).groups(Groups.OUTLINE_SCORED)},
        new Object[] {"3% typed", (Supplier<SeedLayouts>) () -> new SeedLayouts().weights(Weights.PERCENT_TEXT)},
        new Object[] {"3% typed, 小计 rows",
            (Supplier<SeedLayouts>) () -> new SeedLayouts().weights(Weights.PERCENT_TEXT).groups(Groups.SUBTOTALS)},
        new Object[] {"0% format",
            (Supplier<SeedLayouts>) () -> new SeedLayouts().weights(Weights.PERCENT_FORMAT)},
        new Object[] {"权重(%) header",
            (Supplier<SeedLayouts>) () -> new SeedLayouts().weights(Weights.PERCENT_HEADER).groups(Groups.OUTLINE)},
        new Object[] {"标准分值 / 评分", (Supplier<SeedLayouts>) () -> new SeedLayouts().headers("标准分值", "评分")},
        new Object[] {"满分 / 实得分", (Supplier<SeedLayouts>) () -> new SeedLayouts().headers("满分", "实得分")},
        new Object[] {"指标权重 / 考核得分",
            (Supplier<SeedLayouts>) () -> new SeedLayouts().headers("指标权重", "考核得分").groups(Groups.OUTLINE)},
        new Object[] {"权重占比", (Supplier<SeedLayouts>) () -> new SeedLayouts().headers("权重占比", "得分")},
        new Object[] {"总分值", (Supplier<SeedLayouts>) () -> new SeedLayouts().headers("总分值", "自评得分")},
        new Object[] {"得分 over 自评 | 复核", (Supplier<SeedLayouts>) () -> new SeedLayouts().reviewer()},
        new Object[] {"得分 over 自评 | 复核, outline, fractions",
            (Supplier<SeedLayouts>) () -> new SeedLayouts().reviewer().groups(Groups.OUTLINE)
                .weights(Weights.FRACTIONS)},
        new Object[] {"unit in the title only", (Supplier<SeedLayouts>) () -> new SeedLayouts().titleOnly()});
    for (Object[] c : cases) {
      for (String ext : List.of("xlsx", "xls")) {
        out.add(Arguments.of(c[0], ext, c[1]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("layouts")
  void everyLayoutGivesTheSeedsNumbersAndNoNewFinding(String name, String ext, Supplier<SeedLayouts> layout)
      throws Exception {
    TableResult baseline = assess(new SeedLayouts().write(dir.resolve("baseline.xlsx")));
    TableResult r = assess(layout.get().write(dir.resolve("t." + ext)));

    assertThat(r.table().indicators()).hasSize(20);
    assertThat(r.table().indicators()).extracting(i -> i.path())
        .containsExactlyElementsOf(baseline.table().indicators().stream().map(i -> i.path()).toList());
    assertThat(r.evaluation().scoreTotal()).isEqualByComparingTo("98.4");
    assertThat(r.evaluation().weightTotal()).isEqualByComparingTo("100");
    assertThat(r.evaluation().grade()).isEqualTo("优");
    assertThat(r.evaluation().level1()).extracting(GroupScore::name, g -> g.score().stripTrailingZeros())
        .containsExactly(tuple("决策", new BigDecimal("18.5")), tuple("过程", new BigDecimal("19.9")),
            tuple("产出", new BigDecimal("25")), tuple("效益", new BigDecimal("35")));
    assertThat(r.evaluation().deductions()).extracting(Deduction::name, d -> d.points().stripTrailingZeros())
        .containsExactly(tuple("绩效目标合理性", new BigDecimal("0.5")), tuple("绩效指标明确性", new BigDecimal("0.5")),
            tuple("预算编制科学性", new BigDecimal("0.5")), tuple("预算执行率", new BigDecimal("0.1")));
    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(notInfo(r)).containsExactlyInAnyOrderElementsOf(notInfo(baseline));
  }

  static TableResult assess(Path file) throws Exception {
    List<IndicatorTable> tables = READER.read(file);
    assertThat(tables).hasSize(1);
    return Assessor.assess(tables.get(0), ProfileReader.defaults());
  }

  private static List<String> notInfo(TableResult r) {
    return r.findings().stream().filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.severity() + " " + f.code() + " " + f.message()).toList();
  }

  static List<String> codes(TableResult r, Severity severity) {
    return r.findings().stream().filter(f -> f.severity() == severity).map(Finding::code).toList();
  }
}
