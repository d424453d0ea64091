package org.evalsheet.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

/** The General-format fast path of 数字单元格 shows exactly what POI's formatter shows. */
class NumberCellsTest {
  private static final NumberCells.Format GENERAL = new NumberCells.Format(0, "General");

  @Test
  void generalFastPathShowsWhatTheFormatterShows() {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    Random random = new Random(20200101);
    int used = 0;
    for (int i = 0; i < 200_000; i++) {
      double value = switch (i % 4) {
        case 0 -> random.nextInt(2001) - 1000;
        case 1 -> (double) (random.nextLong() % 10_000_000_000L);
        case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(12) - 4) * (random.nextBoolean() ? 1 : -1);
        default -> new BigDecimal(BigDecimal.valueOf(random.nextLong() % (long) Math.pow(10, 1 + random.nextInt(12)))
            .unscaledValue(), random.nextInt(14)).doubleValue();
      };
      String fast = NumberCells.general(value, GENERAL);
      if (fast != null) {
        used++;
        assertThat(fast).as("%s", value).isEqualTo(formatter.formatRawCellContents(value, 0, "General"));
      }
    }
    assertThat(used).isGreaterThan(100_000);
  }

  @Test
  void edgeValuesShowAsTheFormatterShowsThem() {
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    double[] values = {0.0, -0.0, 1, -1, 9_999_999_999.0, -9_999_999_999.0, 1e10, 0.5, 0.85, 0.1 + 0.2, 1.0 / 3,
        99.995, 0.001, 1e-5, 123456.789, 9_999_999.5, Double.NaN, Double.POSITIVE_INFINITY};
    NumberCells cells = new NumberCells();
    for (double v : values) {
      assertThat(cells.number(v, GENERAL).text()).as("%s", v)
          .isEqualTo(formatter.formatRawCellContents(v, 0, "General"));
    }
  }

  @Test
  void otherFormatsTakeTheFormatter() {
    assertThat(NumberCells.general(2.5, new NumberCells.Format(2, "0.00"))).isNull();
    assertThat(NumberCells.general(2.5, new NumberCells.Format(14, "General"))).isNull();
  }
}
