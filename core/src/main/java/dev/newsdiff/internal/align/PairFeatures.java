package dev.newsdiff.internal.align;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The features of a pair of clauses of two outlets that the learned decision ({@link PairModel})
 * weighs: the hand score the rules decided on, how far each side's best match it is, how much of
 * each the other carries, and what kinds of evidence they share. Each is cheap: computed from term
 * sets already built for the score.
 */
final class PairFeatures {

  /** The features' names, in the order {@link #of} gives their values. */
  static final ImmutableList<String> NAMES =
      ImmutableList.of(
          "score",
          "articles.related",
          "best.both",
          "best.either",
          "coverage.min",
          "coverage.max",
          "shared.words",
          "shared.names",
          "shared.numbers",
          "shared.figures",
          "shared.paraphrases",
          "numbers.apart",
          "names.apart",
          "length.ratio",
          "length.fewer",
          "position.distance",
          "position.mean",
          "leads",
          "quotes.both",
          "quotes.one");

  private PairFeatures() {}

  /** The features by name, as training reads them. */
  static ImmutableMap<String, Double> named(double[] values) {
    ImmutableMap.Builder<String, Double> named = ImmutableMap.builder();
    for (int i = 0; i < values.length; i++) {
      named.put(NAMES.get(i), values[i]);
    }
    return named.buildOrThrow();
  }

  /** Where a clause stands, for the features that are about its place rather than its words. */
  record Place(double position, boolean lead, boolean quoted) {}

  /**
   * @param score the hand score of the pair (shared weighted terms, with the order prior)
   * @param bestOfA the best hand score of the first clause with any clause of the second's article
   * @param bestOfB likewise for the second clause in the first's article
   * @param coverageA the share of the first clause's weighted terms that the second carries
   * @param coverageB the reverse
   * @param related how related the two articles are: the smaller share of either's clauses that
   *     have a match in the other
   */
  static double[] of(
      double score,
      double bestOfA,
      double bestOfB,
      double coverageA,
      double coverageB,
      SharedTerms shared,
      double related,
      Place a,
      Place b) {
    double rivalA = bestOfA <= 0 ? 0 : score / bestOfA;
    double rivalB = bestOfB <= 0 ? 0 : score / bestOfB;
    int fewer = Math.min(shared.termsA(), shared.termsB());
    int more = Math.max(shared.termsA(), shared.termsB());
    boolean figuresApart = shared.numbersA() > 0 && shared.numbersB() > 0 && shared.numbers() == 0;
    return new double[] {
      score,
      related,
      Math.min(rivalA, rivalB),
      Math.max(rivalA, rivalB),
      Math.min(coverageA, coverageB),
      Math.max(coverageA, coverageB),
      Math.log1p(shared.words()),
      (double) Math.min(shared.names(), 3),
      (double) Math.min(shared.numbers(), 3),
      (double) Math.min(shared.figures(), 2),
      (double) Math.min(shared.paraphrases(), 3),
      flag(figuresApart),
      flag(shared.namesA() > 0 && shared.namesB() > 0 && shared.names() == 0),
      more == 0 ? 0 : (double) fewer / more,
      Math.log1p(fewer),
      Math.abs(a.position() - b.position()),
      (a.position() + b.position()) / 2,
      flag(a.lead() && b.lead()),
      flag(a.quoted() && b.quoted()),
      flag(a.quoted() != b.quoted())
    };
  }

  private static double flag(boolean value) {
    return value ? 1 : 0;
  }
}
