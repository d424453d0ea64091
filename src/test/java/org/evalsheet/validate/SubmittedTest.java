package org.evalsheet.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evalsheet.testing.TableBuilder.amount;

import java.math.BigDecimal;
import org.evalsheet.model.Amount;
import org.evalsheet.model.IndicatorTable;
import org.evalsheet.testing.SeedModel;
import org.evalsheet.testing.TableBuilder;
import org.junit.jupiter.api.Test;

class SubmittedTest {

  @Test
  void rateWithOrWithoutPercentSignIsAFraction() {
    assertThat(Submitted.rate(amount("83.33%"))).isEqualByComparingTo("0.8333");
    assertThat(Submitted.rate(amount("83.33"))).isEqualByComparingTo("0.8333");
    assertThat(Submitted.rate(amount("0.8333"))).isEqualByComparingTo("0.8333");
    assertThat(Submitted.rate(amount("1"))).isEqualByComparingTo("1");
    assertThat(Submitted.rate(amount("满分"))).isNull();
  }

  @Test
  void rateAgreesAtThePrecisionShown() {
    BigDecimal expected = new BigDecimal("2.5").divide(new BigDecimal("3"), org.evalsheet.model.Decimals.RATIO);
    assertThat(Submitted.agrees(amount("83.33%"), expected)).isTrue();
    assertThat(Submitted.agrees(amount("83.3%"), expected)).isTrue();
    assertThat(Submitted.agrees(amount("83%"), expected)).isTrue();
    assertThat(Submitted.agrees(amount("83.33"), expected)).isTrue();
    assertThat(Submitted.agrees(amount("0.83"), expected)).isTrue();
    assertThat(Submitted.agrees(amount("80%"), expected)).isFalse();
    assertThat(Submitted.agrees(amount("1"), expected)).isFalse();
    assertThat(Submitted.agrees(amount("100%"), new BigDecimal("0.95"))).isFalse();
  }

  @Test
  void formattedCellWithRawValueAgrees() {
    Amount formatted = new Amount(Amount.Kind.NUMBER, new BigDecimal("0.833333333333333"), "83.33%", true);
    assertThat(Submitted.agrees(formatted, new BigDecimal("0.833333333333"))).isTrue();
  }

  @Test
  void emptyScoreWithRateIsDerivedToTwoDecimals() {
    IndicatorTable t = TableBuilder.create().leaf("决策/目标", "3", "").rate("83.33%").build();
    assertThat(Submitted.score(t.indicators().get(0))).isEqualByComparingTo("2.5");
    assertThat(Submitted.isDerived(t.indicators().get(0))).isTrue();
    assertThat(Submitted.isTemplate(t)).isFalse();
  }

  @Test
  void seedIsNotATemplate() {
    assertThat(Submitted.isTemplate(SeedModel.table())).isFalse();
  }
}
