package dev.newsdiff.internal.align;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The features of a pair of clauses of two outlets that the learned decision ({@link PairModel})
 * weighs: the hand score the rules decided on, how far each side's best match it is, how much of
 * each the other carries, and what kinds of evidence they share. Each is cheap: computed from term
 * sets already built for the score.
 */
final class PairFeatures {

  private PairFeatures() {}

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
  static Map<String, Double> of(
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
    return ImmutableMap.<String, Double>builder()
        .put("score", score)
        .put("articles.related", related)
        .put("best.both", Math.min(rivalA, rivalB))
        .put("best.either", Math.max(rivalA, rivalB))
        .put("coverage.min", Math.min(coverageA, coverageB))
        .put("coverage.max", Math.max(coverageA, coverageB))
        .put("shared.words", Math.log1p(shared.words()))
        .put("shared.names", (double) Math.min(shared.names(), 3))
        .put("shared.numbers", (double) Math.min(shared.numbers(), 3))
        .put("shared.figures", (double) Math.min(shared.figures(), 2))
        .put("shared.paraphrases", (double) Math.min(shared.paraphrases(), 3))
        .put("numbers.apart", flag(figuresApart))
        .put("names.apart", flag(shared.namesA() > 0 && shared.namesB() > 0 && shared.names() == 0))
        .put("length.ratio", more == 0 ? 0 : (double) fewer / more)
        .put("length.fewer", Math.log1p(fewer))
        .put("position.distance", Math.abs(a.position() - b.position()))
        .put("position.mean", (a.position() + b.position()) / 2)
        .put("leads", flag(a.lead() && b.lead()))
        .put("quotes.both", flag(a.quoted() && b.quoted()))
        .put("quotes.one", flag(a.quoted() != b.quoted()))
        .buildOrThrow();
  }

  private static double flag(boolean value) {
    return value ? 1 : 0;
  }
}
