package org.evalsheet.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void declaredWeightsInHalfAndFullWidthBrackets() {
    assertThat(Labels.named("决策 (20分)")).isEqualTo(new Labels.Named("决策", new BigDecimal("20")));
    assertThat(Labels.named("绩效目标（6分）")).isEqualTo(new Labels.Named("绩效目标", new BigDecimal("6")));
    assertThat(Labels.named("决策(20)")).isEqualTo(new Labels.Named("决策", new BigDecimal("20")));
    assertThat(Labels.named("投 入(15分)")).isEqualTo(new Labels.Named("投入", new BigDecimal("15")));
    assertThat(Labels.named("产出（１２．５分）")).isEqualTo(new Labels.Named("产出", new BigDecimal("12.5")));
    assertThat(Labels.named("效益")).isEqualTo(new Labels.Named("效益", null));
  }

  @Test
  void lineFeedsAndSpacesBetweenChineseCharactersAreRemoved() {
    assertThat(Labels.label("绩效\n指标\n明确\n性")).isEqualTo("绩效指标明确性");
    assertThat(Labels.label(" 绩 效 目 标 ")).isEqualTo("绩效目标");
    assertThat(Labels.label("PM2.5  达标率")).isEqualTo("PM2.5 达标率");
    assertThat(Labels.label("办复政府人大、\n政协提案办复率")).isEqualTo("办复政府人大、政协提案办复率");
  }

  @Test
  void dashesSlashesAndBlanksArePlaceholders() {
    assertThat(Labels.isPlaceholder("-")).isTrue();
    assertThat(Labels.isPlaceholder("—")).isTrue();
    assertThat(Labels.isPlaceholder(" ")).isTrue();
    assertThat(Labels.isPlaceholder("／")).isTrue();
    assertThat(Labels.isPlaceholder("社会效益")).isFalse();
  }

  @Test
  void headerNamesIgnoreSpacesAndUnits() {
    assertThat(HeaderNames.match("权 重")).isEqualTo(org.evalsheet.model.Column.WEIGHT);
    assertThat(HeaderNames.match("得\n分")).isEqualTo(org.evalsheet.model.Column.SCORE);
    assertThat(HeaderNames.match("得分率")).isEqualTo(org.evalsheet.model.Column.RATE);
    assertThat(HeaderNames.match("分值（分）")).isEqualTo(org.evalsheet.model.Column.WEIGHT);
    assertThat(HeaderNames.match("绩效指标")).isNull();
  }

  @Test
  void plainTextIsCompactedAsNfkcWouldCompactIt() {
    StringBuilder plain = new StringBuilder();
    for (char ch = 0; ch < 0xFFFF; ch++) {
      if (Labels.isPlain(ch)) {
        String one = String.valueOf(ch);
        assertThat(Normalizer.normalize(one, Normalizer.Form.NFKC)).as("U+%04X", (int) ch).isEqualTo(one);
        assertThat(Labels.isWhite(ch)).as("U+%04X", (int) ch).isFalse();
        if (ch < 0x4E00 || ch % 97 == 0) {
          plain.append(ch);
        }
      }
    }
    for (char ch = '\uFF01'; ch <= '\uFF5E'; ch++) {
      plain.append(ch);
    }
    plain.append(" \t\n\r\u3000");
    String p = plain.toString();
    for (int i = 0; i < p.length(); i++) {
      for (int j = 0; j < p.length(); j++) {
        String pair = "" + p.charAt(i) + p.charAt(j);
        assertThat(Labels.compactPlain(pair)).isEqualTo(slowCompact(pair));
      }
    }
    for (String s : new String[] {"权 重", "得\n分", "分值(分)", "一级\u3000指标", " \t\r\n", "", "A\u000Bb",
        "“评分”标准：每降低1%扣5%权重分。", "【备注】、《说明》"}) {
      assertThat(Labels.compactPlain(s)).as(s).isIn(null, slowCompact(s));
      assertThat(Labels.compact(s)).as(s).isEqualTo(slowCompact(s));
    }
    assertThat(Labels.compactPlain("分值（分）")).isEqualTo("分值(分)");
    assertThat(Labels.compactPlain("\u2460 号")).isNull();
    assertThat(Labels.compact("分值（分）")).isEqualTo("分值(分)");
    assertThat(Labels.compactPlain("e\u0301")).isNull();
  }

  private static String slowCompact(String s) {
    StringBuilder sb = new StringBuilder();
    Normalizer.normalize(s, Normalizer.Form.NFKC).codePoints().filter(cp -> !Labels.isWhite(cp))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
