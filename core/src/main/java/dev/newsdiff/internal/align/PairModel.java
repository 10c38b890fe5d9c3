package dev.newsdiff.internal.align;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newsdiff.internal.learn.LogisticModel;

/**
 * The learned decision of whether two clauses of two outlets state the same thing: a logistic
 * regression over {@link PairFeatures}, trained on the hand alignments of the development and
 * written sample sets ({@code PairModelTraining} in the tests retrains it), and the probability
 * from which a pair counts. Immutable.
 *
 * @param threshold the probability from which a pair is a candidate statement
 * @param linkage the mean probability two groups need across outlets to merge
 */
record PairModel(LogisticModel model, double threshold, double linkage, double[] weights) {

  static final String RESOURCE = "pair-model.tsv";

  /** Chosen on the development and written sets (docs/alignment.md); the folds choose their own. */
  static final double THRESHOLD = 0.4;

  /** Merging asks a little less on average than a pair needs: as the rules' 0.25 against 0.3. */
  static final double LINKAGE_SHARE = 0.8;

  /**
   * Pairs under this hand score are never asked about: they share next to nothing, and the model is
   * neither trained on them nor spends time on the thousands of them a corpus has.
   */
  static final double PREFILTER = 0.1;

  PairModel {
    checkArgument(
        weights.length == PairFeatures.NAMES.size(),
        "one weight per feature: %s for %s",
        weights.length,
        PairFeatures.NAMES);
    checkArgument(threshold > 0 && threshold < 1, "threshold must be in (0, 1): %s", threshold);
    checkArgument(linkage >= 0 && linkage <= 1, "linkage must be in [0, 1]: %s", linkage);
  }

  static PairModel of(LogisticModel model, double threshold) {
    // The weights in the features' order: scoring a pair is then a dot product, no lookups.
    double[] weights =
        PairFeatures.NAMES.stream()
            .mapToDouble(name -> model.weights().getOrDefault(name, 0.0))
            .toArray();
    return new PairModel(model, threshold, threshold * LINKAGE_SHARE, weights);
  }

  /** The model newsdiff ships, read once. */
  static PairModel shipped() {
    return Shipped.MODEL;
  }

  /** The probability that a pair with these features ({@link PairFeatures#of}) is one statement. */
  double probability(double[] features) {
    double logOdds = model.bias();
    for (int i = 0; i < features.length; i++) {
      logOdds += weights[i] * features[i];
    }
    return 1 / (1 + Math.exp(-logOdds));
  }

  private static final class Shipped {
    static final PairModel MODEL = of(LogisticModel.resource(PairModel.class, RESOURCE), THRESHOLD);
  }
}
