package org.evalsheet.read.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evalsheet.model.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header words (表头同义词) from real forms, read by meaning; the suffix is removed as its pattern would remove it. */
class HeaderNamesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
      权重            | WEIGHT
      分值            | WEIGHT
      权数            | WEIGHT
      标准分          | WEIGHT
      满分            | WEIGHT
      最高分          | WEIGHT
      指标权重        | WEIGHT
      建议权重        | WEIGHT
      标准分值        | WEIGHT
      基础分值        | WEIGHT
      指标分值        | WEIGHT
      总分值          | WEIGHT
      权重占比        | WEIGHT
      分值占比        | WEIGHT
      分值（分）      | WEIGHT
      权重(%)         | WEIGHT
      权重（%）       | WEIGHT
      权 重           | WEIGHT
      分数            | WEIGHT
      指标分数        | WEIGHT
      权重分          | WEIGHT
      满分值          | WEIGHT
      得分            | SCORE
      自评得分        | SCORE
      评价得分        | SCORE
      考评得分        | SCORE
      考核得分        | SCORE
      实际得分        | SCORE
      评分            | SCORE
      实得分          | SCORE
      自评分          | SCORE
      自评分数        | SCORE
      考评分          | SCORE
      评价分          | SCORE
      自评得分（分）  | SCORE
      得分(分)        | SCORE
      得<LF>分          | SCORE
      得分（自评）    | SCORE
      部门自评得分    | SCORE
      单位自评分      | SCORE
      复核得分        | REVIEW_SCORE
      核查得分        | REVIEW_SCORE
      审核得分        | REVIEW_SCORE
      专家评分        | REVIEW_SCORE
      评审得分        | REVIEW_SCORE
      财政评分        | REVIEW_SCORE
      财政复核得分    | REVIEW_SCORE
      抽查得分        | REVIEW_SCORE
      第三方评价得分  | REVIEW_SCORE
      得分（复核）    | REVIEW_SCORE
      复核分          | REVIEW_SCORE
      得分率          | RATE
      得分率(%)       | RATE
      一级指标        | LEVEL1
      一级指标（分值）| LEVEL1
      一 级 指 标     | LEVEL1
      二级指标名称    | LEVEL2
      三级            | LEVEL3
      4级指标         | LEVEL4
      评分标准        | RULE
      评分依据        | RULE
      年度指标值      | BENCHMARK
      实际完成值      | ACTUAL
      偏差原因分析及改进措施 | REMARK
      扣分原因        | REMARK
      得分说明        | REMARK
      得分情况        | NONE
      评分标准说明    | NONE
      完成率          | NONE
      备案编号        | NONE
      """)
  void headerWordsFromRealFormsAreReadByMeaning(String header, String column) {
    Column expected = column == null ? null : Column.valueOf(column);
    assertThat(HeaderNames.match(header.replace("<LF>", "\n"))).as(header).isEqualTo(expected);
  }

  @Test
  void suffixIsRemovedAsThePatternRemovesIt() {
    for (String key : List.of("分值(分)", "权重(%)", "a(b)(c)", "(x)", "()", "a)b)", "a(b(c)", "x(y)z)", ")", "a(b)",
        "得分(满分(10))", "ab")) {
      String expected = key.endsWith(")") ? HeaderNames.SUFFIX.matcher(key).replaceFirst("") : key;
      assertThat(HeaderNames.withoutSuffix(key)).as(key).isEqualTo(expected);
    }
  }

  @Test
  void namesWithAUnitStillMatch() {
    assertThat(HeaderNames.match("分值（分）")).isEqualTo(Column.WEIGHT);
    assertThat(HeaderNames.match("权 重(%)")).isEqualTo(Column.WEIGHT);
    assertThat(HeaderNames.match("得分率(%)")).isEqualTo(Column.RATE);
  }
}
