package dev.newsdiff.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Groups of the numbers {@code 0} to {@code n - 1}, merged pair by pair (union-find): stories of a
 * corpus, statements of a comparison, spellings of one name. Each group is known by its smallest
 * member, so the groups come out in the same order whatever order they were merged in. Not
 * thread-safe.
 */
public final class UnionFind {

  private final int[] parent;

  /** Each group's members in ascending order, at its smallest member; null elsewhere. */
  private final List<List<Integer>> members;

  public UnionFind(int n) {
    checkArgument(n >= 0, "n must be >= 0: %s", n);
    parent = new int[n];
    members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      members.add(new ArrayList<>(List.of(i)));
    }
  }

  /** The smallest member of {@code x}'s group. */
  public int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]]; // path halving: later finds take fewer steps
      x = parent[x];
    }
    return x;
  }

  /** The members of {@code x}'s group, in ascending order; not to be changed. */
  public List<Integer> members(int x) {
    return members.get(find(x));
  }

  /** Merges the groups of {@code a} and {@code b}; false if they were one group already. */
  public boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    int keep = Math.min(ra, rb);
    int drop = Math.max(ra, rb);
    parent[drop] = keep;
    List<Integer> merged = members.get(keep);
    merged.addAll(members.set(drop, null));
    merged.sort(null);
    return true;
  }

  /** Every group, each in ascending order, ordered by smallest member. */
  public List<List<Integer>> groups() {
    return members.stream().filter(Objects::nonNull).map(List::copyOf).toList();
  }
}
