package dev.newsdiff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairTest {

  @Test
  void everyPairOnceInListOrder() {
    assertThat(Pair.of(List.of("a", "b", "c", "d")))
        .containsExactly(
            new Pair<>("a", "b"),
            new Pair<>("a", "c"),
            new Pair<>("a", "d"),
            new Pair<>("b", "c"),
            new Pair<>("b", "d"),
            new Pair<>("c", "d"));
  }

  @Test
  void fewerThanTwoItemsMakeNoPair() {
    assertThat(Pair.of(List.of())).isEmpty();
    assertThat(Pair.of(List.of("a"))).isEmpty();
  }

  @Test
  void crossArticlePairsLeaveOutTwoMembersOfOneArticle() {
    Member a1 = new Member("a", "a/s1", Span.of(0, 5));
    Member a2 = new Member("a", "a/s2", Span.of(6, 9));
    Member b1 = new Member("b", "b/s1", Span.of(0, 4));
    Statement s = new Statement("st1", List.of(a1, a2, b1), 0.9, List.of());
    assertThat(s.crossArticlePairs()).containsExactly(new Pair<>(a1, b1), new Pair<>(a2, b1));
  }
}
