package dev.newsdiff.internal.facts;

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
    FigurePair.Rules rules,
    int rivalsLeft,
    int rivalsRight) {

  /** What the comparison's rules said of the pair: their tests, and their final word. */
  record Rules(boolean comparable, boolean selected, boolean onlyPair, boolean byWords) {}
}
