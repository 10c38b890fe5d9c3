package dev.newsdiff.bench;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Same-story pair figures of a grouping against the truth: of the pairs of articles put in one
 * story, how many are truly one story (precision), and of the true pairs, how many were put
 * together (recall). Counted from the overlap of found and true stories, not pair by pair.
 *
 * @param found pairs of articles the grouping put in one story
 * @param truePairs pairs that are one story in the truth
 * @param correct pairs that are both
 */
record PairFigures(long found, long truePairs, long correct) {

  /**
   * The figures of {@code stories} (lists of article ids) against {@code truth} (each id's story),
   * counting only the pairs of which at least one article passes {@code counted}.
   */
  static PairFigures of(
      Map<String, String> truth, Collection<List<String>> stories, Predicate<String> counted) {
    long found = 0;
    long correct = 0;
    Map<String, Long> trueSizes = new HashMap<>();
    Map<String, Long> trueUncounted = new HashMap<>();
    for (List<String> story : stories) {
      found += pairs(story.size()) - pairs(story.stream().filter(counted.negate()).count());
      Map<String, Long> byTruth = new HashMap<>();
      Map<String, Long> uncounted = new HashMap<>();
      for (String id : story) {
        String t = truth.get(id);
        checkArgument(t != null, "no true story for article %s", id);
        byTruth.merge(t, 1L, Long::sum);
        if (!counted.test(id)) {
          uncounted.merge(t, 1L, Long::sum);
        }
      }
      for (Map.Entry<String, Long> e : byTruth.entrySet()) {
        correct += pairs(e.getValue()) - pairs(uncounted.getOrDefault(e.getKey(), 0L));
      }
    }
    for (Map.Entry<String, String> e : truth.entrySet()) {
      trueSizes.merge(e.getValue(), 1L, Long::sum);
      if (!counted.test(e.getKey())) {
        trueUncounted.merge(e.getValue(), 1L, Long::sum);
      }
    }
    long truePairs = 0;
    for (Map.Entry<String, Long> e : trueSizes.entrySet()) {
      truePairs += pairs(e.getValue()) - pairs(trueUncounted.getOrDefault(e.getKey(), 0L));
    }
    return new PairFigures(found, truePairs, correct);
  }

  /** The figures over all pairs. */
  static PairFigures of(Map<String, String> truth, Collection<List<String>> stories) {
    return of(truth, stories, id -> true);
  }

  /** Of the ids in {@code only}: pairs with at least one of them. */
  static PairFigures of(
      Map<String, String> truth, Collection<List<String>> stories, Set<String> only) {
    return of(truth, stories, only::contains);
  }

  /** 1 when nothing was put together. */
  double precision() {
    return found == 0 ? 1 : (double) correct / found;
  }

  /** 1 when nothing is truly together. */
  double recall() {
    return truePairs == 0 ? 1 : (double) correct / truePairs;
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "pair precision %.4f (%d/%d), recall %.4f (%d/%d)",
        precision(),
        correct,
        found,
        recall(),
        correct,
        truePairs);
  }
}
