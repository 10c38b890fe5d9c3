package dev.newsdiff.model;

import java.util.List;
import java.util.function.Function;

/**
 * Finding items by position in lists sorted by position whose spans do not overlap each other
 * (sentences, quotes, facts): binary search, so long articles stay linear overall.
 */
public final class Spans {

  private Spans() {}

  /** The items whose span overlaps {@code range}, in order. */
  public static <T> List<T> overlapping(List<T> sorted, Function<T, Span> span, Span range) {
    int from = firstEndingAfter(sorted, span, range.start());
    int to = from;
    while (to < sorted.size()
        && span.apply(sorted.get(to)).start() < Math.max(range.end(), range.start() + 1)) {
      to++;
    }
    return sorted.subList(from, to);
  }

  /** The items whose span lies inside {@code range}, in order. */
  public static <T> List<T> inside(List<T> sorted, Function<T, Span> span, Span range) {
    return overlapping(sorted, span, range).stream()
        .filter(t -> range.contains(span.apply(t)))
        .toList();
  }

  /** The index of the item whose span contains {@code offset}, or -1. */
  public static <T> int indexAt(List<T> sorted, Function<T, Span> span, int offset) {
    int i = firstEndingAfter(sorted, span, offset);
    return i < sorted.size() && span.apply(sorted.get(i)).contains(offset) ? i : -1;
  }

  /** The index of the span in {@code sorted} that contains {@code offset}, or -1. */
  public static int indexAt(List<Span> sorted, int offset) {
    return indexAt(sorted, ITSELF, offset);
  }

  /** A span is where it is. A class, not {@code s -> s}: see docs/performance.md on lambdas. */
  private static final Function<Span, Span> ITSELF =
      new Function<>() {
        @Override
        public Span apply(Span s) {
          return s;
        }
      };

  /** The first index whose span starts at or after {@code offset} (the list sorted by start). */
  public static <T> int firstStartingAt(List<T> sortedByStart, Function<T, Span> span, int offset) {
    int lo = 0;
    int hi = sortedByStart.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (span.apply(sortedByStart.get(mid)).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index whose span ends after {@code offset}. */
  private static <T> int firstEndingAfter(List<T> sorted, Function<T, Span> span, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (span.apply(sorted.get(mid)).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
