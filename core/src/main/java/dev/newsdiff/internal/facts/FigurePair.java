package dev.newsdiff.internal.facts;

import com.google.common.collect.ImmutableMap;
import dev.newsdiff.internal.facts.Measures.Verdict;
import dev.newsdiff.model.Article;

/**
 * Two figures of one unit kind, one from each of two aligned sentences, that do not state the same
 * value: the comparison decides whether they count the same thing, and so conflict (or approximate
 * each other, as {@link #verdict} says). {@code rivalsLeft} and {@code rivalsRight} are how many
 * unsettled figures of the kind each sentence has.
 */
record FigurePair(
    Article a,
    Compared x,
    Article b,
    Compared y,
    Verdict verdict,
    FigurePairFeatures.Rules rules,
    int rivalsLeft,
    int rivalsRight) {

  ImmutableMap<String, Double> features() {
    return FigurePairFeatures.of(this);
  }
}
