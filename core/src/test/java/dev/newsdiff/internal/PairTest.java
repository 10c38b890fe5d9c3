package dev.newsdiff.internal;

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
  void pairsAcrossGroupsLeaveOutTwoItemsOfOneGroup() {
    // Members of a statement by article: "a/s1" and "a/s2" come from one article.
    List<String> members = List.of("a/s1", "a/s2", "b/s1", "c/s4");
    assertThat(Pair.across(members, m -> m.substring(0, m.indexOf('/'))))
        .containsExactly(
            new Pair<>("a/s1", "b/s1"),
            new Pair<>("a/s1", "c/s4"),
            new Pair<>("a/s2", "b/s1"),
            new Pair<>("a/s2", "c/s4"),
            new Pair<>("b/s1", "c/s4"));
  }
}
