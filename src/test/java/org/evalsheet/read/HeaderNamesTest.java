package org.evalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.evalsheet.model.Column;
import org.junit.jupiter.api.Test;

/** The 表头同义词 suffix is removed exactly as its pattern would remove it. */
class HeaderNamesTest {
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
