package org.evalsheet.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 年度指标值 and 实际完成值 as real forms write them (指标值写法): form, operator, value in the base unit, the high end of
 * a range, the base unit, the date.
 */
class NotationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      ≥50个                 | NUMBER | GE   | 50        | -     | 个    | -
      ≧50个                 | NUMBER | GE   | 50        | -     | 个    | -
      >=50个                | NUMBER | GE   | 50        | -     | 个    | -
      ＞50个                | NUMBER | GT   | 50        | -     | 个    | -
      >0                    | NUMBER | GT   | 0         | -     | -     | -
      不低于95%             | NUMBER | GE   | 95        | -     | %     | -
      不少于20场            | NUMBER | GE   | 20        | -     | 场    | -
      大于等于90%           | NUMBER | GE   | 90        | -     | %     | -
      大于80%               | NUMBER | GT   | 80        | -     | %     | -
      达到100%              | NUMBER | GE   | 100       | -     | %     | -
      至少3次               | NUMBER | GE   | 3         | -     | 次    | -
      50个以上              | NUMBER | GE   | 50        | -     | 个    | -
      95%及以上             | NUMBER | GE   | 95        | -     | %     | -
      ≤90万元               | NUMBER | LE   | 900000    | -     | 元    | -
      ≦5%                   | NUMBER | LE   | 5         | -     | %     | -
      <=3天                 | NUMBER | LE   | 3         | -     | 天    | -
      ＜2次                 | NUMBER | LT   | 2         | -     | 次    | -
      不高于3000元/亩       | NUMBER | LE   | 3000      | -     | 元/亩 | -
      不超过500万元         | NUMBER | LE   | 5000000   | -     | 元    | -
      小于1%                | NUMBER | LT   | 1         | -     | %     | -
      控制在预算以内        | WORDS  | NONE | -         | -     | -     | -
      5%以内                | NUMBER | LE   | 5         | -     | %     | -
      3个工作日以内         | NUMBER | LE   | 3         | -     | 个工作日 | -
      10%以下               | NUMBER | LE   | 10        | -     | %     | -
      =100%                 | NUMBER | EQ   | 100       | -     | %     | -
      为0                   | NUMBER | EQ   | 0         | -     | -     | -
      100%                  | NUMBER | NONE | 100       | -     | %     | -
      0                     | NUMBER | NONE | 0         | -     | -     | -
      １０５０人            | NUMBER | NONE | 1050      | -     | 人    | -
      1,050人次             | NUMBER | NONE | 1050      | -     | 人次  | -
      约3.5万人次           | NUMBER | NONE | 35000     | -     | 人次  | -
      3.5万人次左右         | NUMBER | NONE | 35000     | -     | 人次  | -
      5.2万亩               | NUMBER | NONE | 52000     | -     | 亩    | -
      ≥5万亩                | NUMBER | GE   | 50000     | -     | 亩    | -
      ≥3万户                | NUMBER | GE   | 30000     | -     | 户    | -
      2950元/亩             | NUMBER | NONE | 2950      | -     | 元/亩 | -
      12.5万元              | NUMBER | NONE | 125000    | -     | 元    | -
      1.2亿元               | NUMBER | NONE | 120000000 | -     | 元    | -
      800千元               | NUMBER | NONE | 800000    | -     | 元    | -
      0.9‰                  | NUMBER | NONE | 0.09      | -     | %     | -
      ≤0.9‰                 | NUMBER | LE   | 0.09      | -     | %     | -
      40公斤                | NUMBER | NONE | 40        | -     | 公斤  | -
      3000千克              | NUMBER | NONE | 3000      | -     | 公斤  | -
      120处                 | NUMBER | NONE | 120       | -     | 处    | -
      15公里                | NUMBER | NONE | 15        | -     | 公里  | -
      2.4万平方米           | NUMBER | NONE | 24000     | -     | 平方米 | -
      85.00%                | NUMBER | NONE | 85        | -     | %     | -
      0.85                  | NUMBER | NONE | 0.85      | -     | -     | -
      5万                   | NUMBER | NONE | 50000     | -     | -     | -
      0%-15%                | RANGE  | NONE | 0         | 15    | %     | -
      90%～100%             | RANGE  | NONE | 90        | 100   | %     | -
      90%~100%              | RANGE  | NONE | 90        | 100   | %     | -
      0-15%                 | RANGE  | NONE | 0         | 15    | %     | -
      3000至5000元          | RANGE  | NONE | 3000      | 5000  | 元    | -
      1-3万元               | RANGE  | NONE | 10000     | 30000 | 元    | -
      2024年12月底前        | DATE   | LE   | -         | -     | -     | 2024-12-31
      12月31日前            | DATE   | LE   | -         | -     | -     | 2000-12-31
      2024年6月30日前       | DATE   | LE   | -         | -     | -     | 2024-06-30
      2024年11月完成        | DATE   | LE   | -         | -     | -     | 2024-11-30
      2024年底前            | DATE   | LE   | -         | -     | -     | 2024-12-31
      11月20日              | DATE   | LE   | -         | -     | -     | 2000-11-20
      按期完成              | WORDS  | NONE | -         | -     | -     | -
      健全                  | WORDS  | NONE | -         | -     | -     | -
      效果明显              | WORDS  | NONE | -         | -     | -     | -
      较好                  | WORDS  | NONE | -         | -     | -     | -
      达成                  | WORDS  | NONE | -         | -     | -     | -
      部分达成              | WORDS  | NONE | -         | -     | -     | -
      基本健全              | WORDS  | NONE | -         | -     | -     | -
      逐步提高              | WORDS  | NONE | -         | -     | -     | -
      100%完成              | WORDS  | NONE | -         | -     | -     | -
      2024-12-31            | WORDS  | NONE | -         | -     | -     | -
      """)
  void notationsFromRealFormsAreRead(String text, String form, String op, String value, String upper, String base,
      String date) {
    Quantity q = Notation.read(text);
    assertThat(q.form()).as("form").isEqualTo(Quantity.Form.valueOf(form));
    assertThat(q.op()).as("op").isEqualTo(Quantity.Op.valueOf(op));
    if (value == null) {
      assertThat(q.value()).as("value").isNull();
    } else {
      assertThat(q.value()).as("value").isEqualByComparingTo(value);
    }
    if (upper == null) {
      assertThat(q.upper()).as("upper").isNull();
    } else {
      assertThat(q.upper()).as("upper").isEqualByComparingTo(upper);
    }
    assertThat(q.base()).as("base").isEqualTo(base == null ? "" : base);
    assertThat(q.date()).as("date").isEqualTo(date);
    assertThat(q.text()).isEqualTo(text.strip());
  }
}
