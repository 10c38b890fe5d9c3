package dev.newsdiff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnionFindTest {

  @Test
  void everyNumberStartsAlone() {
    UnionFind groups = new UnionFind(3);
    assertThat(groups.groups()).containsExactly(List.of(0), List.of(1), List.of(2));
    assertThat(groups.find(2)).isEqualTo(2);
  }

  @Test
  void mergesTransitivelyAndNamesEachGroupByItsSmallestMember() {
    UnionFind groups = new UnionFind(6);
    assertThat(groups.union(4, 1)).isTrue();
    assertThat(groups.union(5, 4)).isTrue();
    assertThat(groups.union(1, 5)).isFalse(); // one group already
    assertThat(groups.union(3, 2)).isTrue();
    assertThat(groups.find(5)).isEqualTo(1);
    assertThat(groups.members(5)).containsExactly(1, 4, 5);
    assertThat(groups.groups()).containsExactly(List.of(0), List.of(1, 4, 5), List.of(2, 3));
  }

  @Test
  void theGroupsDoNotDependOnTheOrderOfMerging() {
    UnionFind one = new UnionFind(5);
    one.union(0, 3);
    one.union(3, 4);
    UnionFind other = new UnionFind(5);
    other.union(4, 3);
    other.union(4, 0);
    assertThat(one.groups()).isEqualTo(other.groups());
  }

  @Test
  void noNumbersNoGroups() {
    assertThat(new UnionFind(0).groups()).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new UnionFind(-1))
        .withMessageContaining("-1");
  }
}
