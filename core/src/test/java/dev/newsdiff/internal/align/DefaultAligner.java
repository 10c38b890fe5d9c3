package dev.newsdiff.internal.align;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.similarity.SimilarityModel;

/** The aligner a default comparison builds, for tests that drive the aligner alone. */
final class DefaultAligner {

  private DefaultAligner() {}

  /** As {@link CompareOptions#defaults()} configures it, with the shipped pair decision. */
  static Aligner of() {
    return with(CompareOptions.defaults().similarity());
  }

  /** The defaults with another similarity model. */
  static Aligner with(SimilarityModel model) {
    CompareOptions o = CompareOptions.defaults();
    return new Aligner(
        model, o.threshold(), o.linkage(), o.orderWeight(), o.maxPerArticle(), o.nearBest());
  }
}
