package dev.newsdiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.CompareOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds facts and voices on each annotated sample set to its measured accuracy, less a margin.
 * {@code ./newsdiff eval samples} prints the same numbers; docs/facts.md quotes them.
 */
class SampleFactsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // set,                     figures F1, names F1, conflicts F1, approximations F1, quote
    // variants F1, derivation F1
    "ferry-fire,                0.90,       0.75,     0.75,         1.00,             0.95,              1.00",
    "turkiye-defence-briefing,  0.93,       0.88,     1.00,         1.00,             0.75,              1.00",
    "harbour-bridge-closure,    0.86,       0.75,     1.00,         0.00,             0.55,              1.00",
    "unrelated-stories,         0.84,       0.62,     1.00,         1.00,             1.00,              1.00",
  })
  void factsAndVoicesWithinThresholds(
      String set,
      double figures,
      double names,
      double conflicts,
      double approximations,
      double variants,
      double derivation)
      throws Exception {
    FactsEvaluation e =
        SampleSet.read(SampleReadingTest.SAMPLES.resolve(set))
            .evaluateFacts(CompareOptions.defaults());
    System.out.println("== " + set + "\n" + e.describe());
    assertThat(e.figures().f1())
        .as("%s figures\n%s", set, e.describe())
        .isGreaterThanOrEqualTo(figures);
    assertThat(e.names().f1()).as("%s names", set).isGreaterThanOrEqualTo(names);
    assertThat(e.conflicts().f1()).as("%s conflicts", set).isGreaterThanOrEqualTo(conflicts);
    assertThat(e.conflicts().precision()).as("%s conflict precision", set).isEqualTo(1.0);
    assertThat(e.approximations().f1())
        .as("%s approximations", set)
        .isGreaterThanOrEqualTo(approximations);
    assertThat(e.quoteVariants().f1())
        .as("%s quote variants", set)
        .isGreaterThanOrEqualTo(variants);
    assertThat(e.derivations().f1()).as("%s derivation", set).isGreaterThanOrEqualTo(derivation);
  }
}
