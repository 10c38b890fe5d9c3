package dev.newsdiff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreMemoTest {

  @Test
  void aPairIsTheSameKeyEitherWayRound() {
    assertThat(ScoreMemo.key(3, 7)).isEqualTo(ScoreMemo.key(7, 3));
    assertThat(ScoreMemo.key(0, 1)).isNotEqualTo(ScoreMemo.key(1, 2));
  }

  @Test
  void unknownPairsAreNaN() {
    ScoreMemo memo = new ScoreMemo();
    assertThat(memo.get(ScoreMemo.key(0, 1))).isNaN();
    memo.put(ScoreMemo.key(0, 1), 0.0);
    assertThat(memo.get(ScoreMemo.key(1, 0))).isZero();
    assertThat(memo.get(ScoreMemo.key(0, 2))).isNaN();
  }

  /** Agrees with a plain map through many growths, overwrites included. */
  @Test
  void agreesWithAMapThroughGrowth() {
    ScoreMemo memo = new ScoreMemo();
    Map<Long, Double> reference = new HashMap<>();
    Random random = new Random(42);
    for (int i = 0; i < 50_000; i++) {
      long key = ScoreMemo.key(random.nextInt(2_000), random.nextInt(2_000));
      double value = random.nextDouble();
      memo.put(key, value);
      reference.put(key, value);
    }
    assertThat(memo.size()).isEqualTo(reference.size());
    reference.forEach((key, value) -> assertThat(memo.get(key)).isEqualTo(value));
    assertThat(memo.get(ScoreMemo.key(2_000, 2_001))).isNaN();
  }

  @Test
  void negativeIndexesAreRejected() {
    assertThatThrownBy(() -> ScoreMemo.key(-1, 2)).hasMessageContaining("-1");
  }
}
