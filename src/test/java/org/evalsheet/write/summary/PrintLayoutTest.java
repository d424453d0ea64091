package org.evalsheet.write.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How wide sheets are cut into printed pages: legible, at most twelve columns, the kept columns on each. */
class PrintLayoutTest {

  @Test
  void aSheetThatFitsOnePageIsSimplyFittedToIt() {
    assertThat(PrintLayout.paged(new int[] {7, 27, 7, 20, 10, 10}, 3).fitWidth()).isTrue();
  }

  @Test
  void twentyFourColumnsArePrintedAtFullSizeInPagesOfAtMostTwelveWithTheKeptColumnsOnEach() {
    int[] widths = new int[24];
    Arrays.fill(widths, 7);
    widths[1] = 27;
    PrintLayout p = PrintLayout.paged(widths, 3);
    assertThat(p.fitWidth()).isFalse();
    assertThat(p.scale()).isEqualTo(100);
    assertThat(p.repeatColumns()).isEqualTo(3);
    int from = 3;
    for (int b : p.breaks()) {
      assertThat(3 + b - from).isBetween(2, 12);
      from = b;
    }
    assertThat(3 + widths.length - from).isBetween(1, 12);
  }

  @Test
  void aVeryWideColumnShrinksThePrintButNeverBelowSeventyPercent() {
    PrintLayout p = PrintLayout.paged(new int[] {7, 27, 7, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 90}, 3);
    assertThat(p.scale()).isBetween(70, 99);
    assertThat(p.breaks()).contains(13);
  }
}
