package dev.newsdiff.internal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticModelTest {

  private final LogisticModel model =
      LogisticModel.of(-1.25, Map.of("words", 0.5, "fullStop", 2.0));

  @Test
  void scoresTheBiasPlusWeightedFeatures() {
    assertThat(model.score(Map.of("words", 3.0, "fullStop", 1.0))).isEqualTo(2.25);
    assertThat(model.probability(Map.of("words", 0.0, "fullStop", 0.0)))
        .isCloseTo(0.2227, within(1e-4));
  }

  @Test
  void aFeatureWithoutAWeightCountsNothing() {
    assertThat(model.score(Map.of("unknown", 100.0))).isEqualTo(-1.25);
  }

  @Test
  void writesOneLinePerWeightBiasFirstAndReadsItBack() {
    assertThat(model.toTsv()).isEqualTo("(bias)\t-1.250000\nfullStop\t2.000000\nwords\t0.500000\n");
    assertThat(LogisticModel.parse("# a note\n\n" + model.toTsv())).isEqualTo(model);
  }

  @Test
  void writesTheSameBytesUnderAnyDefaultLocale() {
    // The tests run under a Turkish default locale, whose decimal separator is a comma.
    assertThat(LogisticModel.of(0.1, Map.of()).toTsv()).isEqualTo("(bias)\t0.100000\n");
  }

  @Test
  void rejectsAMalformedLineAndAnUnfiniteWeight() {
    assertThatThrownBy(() -> LogisticModel.parse("words 0.5\n"))
        .hasMessage("model line is not name<TAB>weight: words 0.5");
    assertThatThrownBy(() -> LogisticModel.of(0, Map.of("words", Double.NaN)))
        .hasMessage("weight of words is not finite: NaN");
  }
}
