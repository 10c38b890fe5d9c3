package dev.newsdiff.internal.align;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newsdiff.internal.learn.LogisticModel;
import java.util.Map;

/**
 * The learned decision of whether two clauses of two outlets state the same thing: a logistic
 * regression over {@link PairFeatures}, trained on the hand alignments of the development and
 * written sample sets ({@code PairModelTraining} in the tests retrains it), and the probability
 * from which a pair counts. Immutable.
 *
 * @param threshold the probability from which a pair is a candidate statement
 * @param linkage the mean probability two groups need across outlets to merge
 */
record PairModel(LogisticModel model, double threshold, double linkage) {

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
    checkArgument(threshold > 0 && threshold < 1, "threshold must be in (0, 1): %s", threshold);
    checkArgument(linkage >= 0 && linkage <= 1, "linkage must be in [0, 1]: %s", linkage);
  }

  static PairModel of(LogisticModel model, double threshold) {
    return new PairModel(model, threshold, threshold * LINKAGE_SHARE);
  }

  /** The model newsdiff ships, read once. */
  static PairModel shipped() {
    return Shipped.MODEL;
  }

  double probability(Map<String, Double> features) {
    return model.probability(features);
  }

  private static final class Shipped {
    static final PairModel MODEL = of(LogisticModel.resource(PairModel.class, RESOURCE), THRESHOLD);
  }
}
