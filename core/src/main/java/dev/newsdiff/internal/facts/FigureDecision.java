package dev.newsdiff.internal.facts;

import dev.newsdiff.internal.learn.LogisticModel;

/**
 * Whether two figures of one unit kind count the same thing, and so conflict where they differ: a
 * logistic regression over {@link FigurePairFeatures}, trained on hand-labelled figure pairs
 * ({@code FigureModelTraining} in the tests; docs/facts.md has the data and the figures).
 */
final class FigureDecision {

  /** The model's weights, beside this class. */
  static final String MODEL = "figure-pairs.tsv";

  /** A pair is taken for one thing counted twice from this probability on, fixed in advance. */
  static final double THRESHOLD = 0.5;

  private FigureDecision() {}

  static boolean conflicts(FigurePair pair) {
    return Holder.MODEL.probability(pair.features()) >= THRESHOLD;
  }

  /** Loaded once, the first time two figures of one kind are weighed. */
  private static final class Holder {
    static final LogisticModel MODEL =
        LogisticModel.resource(FigureDecision.class, FigureDecision.MODEL);
  }
}
