package dev.newsdiff.internal;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Finding items by position in lists sorted by position whose items do not overlap each other
 * (sentences, quotes, facts, mentions): binary search, so long articles stay linear overall. Each
 * item's {@code [start, end)} comes from two functions rather than as a {@code model.Span}: the
 * model's records use this class, so it may not depend on them.
 */
public final class Spans {

  private Spans() {}

  /**
   * The items that overlap {@code [from, to)}, in order; for an empty range, the item containing
   * {@code from}.
   */
  public static <T> List<T> overlapping(
      List<T> sorted,
      ToIntFunction<? super T> start,
      ToIntFunction<? super T> end,
      int from,
      int to) {
    int first = firstEndingAfter(sorted, end, from);
    int last = first;
    while (last < sorted.size() && start.applyAsInt(sorted.get(last)) < Math.max(to, from + 1)) {
      last++;
    }
    return sorted.subList(first, last);
  }

  /** The items that lie inside {@code [from, to)}, in order. */
  public static <T> List<T> inside(
      List<T> sorted,
      ToIntFunction<? super T> start,
      ToIntFunction<? super T> end,
      int from,
      int to) {
    return overlapping(sorted, start, end, from, to).stream()
        .filter(t -> from <= start.applyAsInt(t) && end.applyAsInt(t) <= to)
        .toList();
  }

  /** The index of the item that contains {@code offset}, or -1. */
  public static <T> int indexAt(
      List<T> sorted, ToIntFunction<? super T> start, ToIntFunction<? super T> end, int offset) {
    int i = firstEndingAfter(sorted, end, offset);
    return i < sorted.size() && start.applyAsInt(sorted.get(i)) <= offset ? i : -1;
  }

  /** The first index whose item starts at or after {@code offset} (the list sorted by start). */
  public static <T> int firstStartingAt(
      List<T> sortedByStart, ToIntFunction<? super T> start, int offset) {
    return firstWhere(sortedByStart, t -> start.applyAsInt(t) >= offset);
  }

  /** The first index whose item ends after {@code offset}. */
  private static <T> int firstEndingAfter(
      List<T> sorted, ToIntFunction<? super T> end, int offset) {
    return firstWhere(sorted, t -> end.applyAsInt(t) > offset);
  }

  /** The first index where {@code test} holds, on a list where it holds from some index on. */
  private static <T> int firstWhere(List<T> sorted, Predicate<T> test) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (test.test(sorted.get(mid))) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
