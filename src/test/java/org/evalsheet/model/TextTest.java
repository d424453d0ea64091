package org.evalsheet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void lineFeedsAndSpacesBetweenChineseCharactersAreRemoved() {
    assertThat(Text.label("绩效\n指标\n明确\n性")).isEqualTo("绩效指标明确性");
    assertThat(Text.label(" 绩 效 目 标 ")).isEqualTo("绩效目标");
    assertThat(Text.label("PM2.5  达标率")).isEqualTo("PM2.5 达标率");
    assertThat(Text.label("办复政府人大、\n政协提案办复率")).isEqualTo("办复政府人大、政协提案办复率");
  }

  @Test
  void plainTextIsCompactedAsNfkcWouldCompactIt() {
    StringBuilder plain = new StringBuilder();
    for (char ch = 0; ch < 0xFFFF; ch++) {
      if (Text.isPlain(ch)) {
        String one = String.valueOf(ch);
        assertThat(Normalizer.normalize(one, Normalizer.Form.NFKC)).as("U+%04X", (int) ch).isEqualTo(one);
        assertThat(Text.isWhite(ch)).as("U+%04X", (int) ch).isFalse();
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
        assertThat(Text.compactPlain(pair)).isEqualTo(slowCompact(pair));
      }
    }
    for (String s : new String[] {"权 重", "得\n分", "分值(分)", "一级\u3000指标", " \t\r\n", "", "A\u000Bb",
        "“评分”标准：每降低1%扣5%权重分。", "【备注】、《说明》"}) {
      assertThat(Text.compactPlain(s)).as(s).isIn(null, slowCompact(s));
      assertThat(Text.compact(s)).as(s).isEqualTo(slowCompact(s));
    }
    assertThat(Text.compactPlain("分值（分）")).isEqualTo("分值(分)");
    assertThat(Text.compactPlain("\u2460 号")).isNull();
    assertThat(Text.compact("分值（分）")).isEqualTo("分值(分)");
    assertThat(Text.compactPlain("e\u0301")).isNull();
  }

  private static String slowCompact(String s) {
    StringBuilder sb = new StringBuilder();
    Normalizer.normalize(s, Normalizer.Form.NFKC).codePoints().filter(cp -> !Text.isWhite(cp))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  @Test
  void keysIgnoreWidthSpacesAndCase() {
    assertThat(Text.key(" 青岛市\u3000教育局 ")).isEqualTo(Text.key("青岛市教育局"));
    assertThat(Text.key("ＡＢＣ局")).isEqualTo("abc局");
    assertThat(Text.key(null)).isEmpty();
  }
}
