package dev.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text report pads and rounds by hand; it must print what String.format printed. */
class CompareTextFormatTest {

  @Test
  void twoDecimalsIsPercentPointTwoF() {
    Random random = new Random(7);
    for (int i = 0; i <= 100_000; i++) {
      double v = i % 2 == 0 ? i / 100_000.0 : random.nextDouble();
      assertThat(CompareText.twoDecimals(v))
          .as("%s", v)
          .isEqualTo(String.format(Locale.ROOT, "%.2f", v));
    }
    assertThat(CompareText.twoDecimals(0.125)).isEqualTo("0.13");
    assertThat(CompareText.twoDecimals(1.0)).isEqualTo("1.00");
  }

  /** Shares are rounded to thousandths before they are shown as whole percentages. */
  @Test
  void wholePercentagesAreThreeZeroF() {
    for (int i = 0; i <= 1000; i++) {
      double share = i / 1000.0;
      assertThat(CompareText.padLeft(Long.toString(Math.round(100 * share)), 3))
          .as("%s", share)
          .isEqualTo(String.format(Locale.ROOT, "%3.0f", 100 * share));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "a", "aa/s12:", "exactly-22-characters!", "longer than twenty-two characters"})
  void padIsMinusNS(String s) {
    assertThat(CompareText.pad(s, 22)).isEqualTo(String.format("%-22s", s));
    assertThat(CompareText.padLeft(s, 5)).isEqualTo(String.format("%5s", s));
  }
}
