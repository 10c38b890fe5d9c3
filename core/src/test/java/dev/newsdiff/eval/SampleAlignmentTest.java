package dev.newsdiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.CompareOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the alignment of each annotated sample set to its measured accuracy, less a margin. The
 * same numbers print with {@code ./newsdiff eval samples}; README.md quotes them.
 */
class SampleAlignmentTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // set,                     pair F1, pair precision, exclusive F1
    "turkiye-defence-briefing,  0.90,    0.94,           0.95",
    "harbour-bridge-closure,    0.65,    0.73,           0.80",
    "unrelated-stories,         1.00,    1.00,           1.00",
    "ferry-fire,                0.86,    0.92,           0.80",
  })
  void alignsWithinThresholds(String set, double f1, double precision, double exclusiveF1)
      throws Exception {
    AlignmentEvaluation e =
        SampleSet.read(SampleReadingTest.SAMPLES.resolve(set))
            .evaluateAlignment(CompareOptions.defaults());
    System.out.println("== " + set + "\n" + e.describe());
    assertThat(e.pairs().f1()).as("%s pair F1\n%s", set, e.describe()).isGreaterThanOrEqualTo(f1);
    assertThat(e.pairs().precision())
        .as("%s pair precision", set)
        .isGreaterThanOrEqualTo(precision);
    assertThat(e.exclusives().f1()).as("%s exclusive F1", set).isGreaterThanOrEqualTo(exclusiveF1);
  }
}
