package org.evalsheet.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Grade bands (等次划分): a score at or above a band's minimum gets its grade. The default is the seed report's
 * {@code 90=优,80=良,70=中,0=差}; the Ministry of Finance's scale is {@code 90=优,80=良,60=中,0=差}.
 */
public record GradeScale(List<Band> bands) {

  /** One band: scores {@code >= min} (and below the next band up) get {@code grade}. */
  public record Band(BigDecimal min, String grade) {}

  /** The seed report's bands: 90 (含) 优, 80 (含) 良, 70 (含) 中, below 70 差. */
  public static final GradeScale DEFAULT = parse("90=优,80=良,70=中,0=差");

  /** The Ministry of Finance's unified bands (财预〔2020〕10号): 90 优, 80 良, 60 中, below 60 差. */
  public static final GradeScale MOF = parse("90=优,80=良,60=中,0=差");

  public GradeScale {
    List<Band> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparing(Band::min).reversed());
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("至少需要一个等次");
    }
    bands = List.copyOf(sorted);
  }

  /**
   * Parses {@code 90=优,80=良,60=中,0=差} (full-width {@code ，} and {@code ＝} accepted).
   *
   * @throws IllegalArgumentException with a Chinese message when the text is malformed
   */
  public static GradeScale parse(String spec) {
    List<Band> bands = new ArrayList<>();
    for (String part : spec.replace('，', ',').replace('＝', '=').split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0 || eq == p.length() - 1) {
        throw new IllegalArgumentException("等次格式应为 分数=等次，例如 90=优,80=良,60=中,0=差：" + spec);
      }
      BigDecimal min;
      try {
        min = new BigDecimal(p.substring(0, eq).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("等次分数不是数字：" + p, e);
      }
      bands.add(new Band(min, p.substring(eq + 1).strip()));
    }
    if (bands.stream().map(Band::min).distinct().count() != bands.size()) {
      throw new IllegalArgumentException("等次分数重复：" + spec);
    }
    return new GradeScale(bands);
  }

  /** The grade for a total score; scores below the lowest band get the lowest band's grade. */
  public String grade(BigDecimal score) {
    for (Band b : bands) {
      if (score.compareTo(b.min()) >= 0) {
        return b.grade();
      }
    }
    return bands.get(bands.size() - 1).grade();
  }

  /** All grades from best to worst, for summaries that count them. */
  public List<String> grades() {
    return bands.stream().map(Band::grade).toList();
  }

  /** The bands in words, best first: {@code 90 分及以上 优；80 至 90 分 良；70 至 80 分 中；70 分以下 差}. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      String min = b.min().stripTrailingZeros().toPlainString();
      sb.append(i == 0 ? "" : "；");
      if (i == 0) {
        sb.append(min).append(" 分及以上 ");
      } else if (i == bands.size() - 1) {
        sb.append(bands.get(i - 1).min().stripTrailingZeros().toPlainString()).append(" 分以下 ");
      } else {
        sb.append(min).append(" 至 ").append(bands.get(i - 1).min().stripTrailingZeros().toPlainString())
            .append(" 分 ");
      }
      sb.append(b.grade());
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Band b : bands) {
      sb.append(sb.length() == 0 ? "" : ",").append(b.min().toPlainString()).append('=').append(b.grade());
    }
    return sb.toString();
  }
}
