package dev.newsdiff.internal.align;

import dev.newsdiff.model.Span;

/**
 * What the aligner matches: a clause of a body sentence (the whole sentence when it has one).
 *
 * @param article index of the article among those compared
 * @param sentence index of the sentence in its article
 * @param order index of the unit in its article's units, in reading order
 * @param position where it stands in its article, 0 (top) to 1 (bottom)
 */
record Unit(
    int article,
    int sentence,
    int order,
    Span span,
    String text,
    double position,
    boolean quoted) {}
