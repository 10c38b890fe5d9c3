package dev.newsdiff.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairFiguresTest {

  /** a1, a2, a3 are story a; b1, b2 story b; c alone. */
  private static final Map<String, String> TRUTH =
      Map.of("a1", "a", "a2", "a", "a3", "a", "b1", "b", "b2", "b", "c", "c");

  @Test
  void countsPairsFoundTrueAndBoth() {
    // Found: {a1 a2 b1} {a3} {b2 c}: pairs a1a2 (right), a1b1, a2b1, b2c (wrong).
    PairFigures f =
        PairFigures.of(
            TRUTH, List.of(List.of("a1", "a2", "b1"), List.of("a3"), List.of("b2", "c")));
    assertThat(f).isEqualTo(new PairFigures(4, 4, 1));
    assertThat(f.precision()).isEqualTo(0.25);
    assertThat(f.recall()).isEqualTo(0.25);
  }

  @Test
  void countsOnlyPairsWithAnArticleOfTheGivenSet() {
    PairFigures f =
        PairFigures.of(
            TRUTH,
            List.of(List.of("a1", "a2", "b1"), List.of("a3"), List.of("b2", "c")),
            Set.of("c"));
    // Pairs with c: found b2c (wrong); c has no true partner.
    assertThat(f).isEqualTo(new PairFigures(1, 0, 0));
    assertThat(f.recall()).isEqualTo(1.0);
  }

  @Test
  void aPerfectGroupingScoresOneAndAnArticleWithoutTruthIsAnError() {
    PairFigures f =
        PairFigures.of(
            TRUTH, List.of(List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c")));
    assertThat(f.precision()).isEqualTo(1.0);
    assertThat(f.recall()).isEqualTo(1.0);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PairFigures.of(TRUTH, List.of(List.of("x"))))
        .withMessageContaining("x");
  }
}
