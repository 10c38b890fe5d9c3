package dev.newsdiff.internal.quote;

import dev.newsdiff.model.Span;

/**
 * Words between one pair of quotation marks in one paragraph.
 *
 * @param open offset of the opening mark
 * @param close offset just past the closing mark, or the paragraph's end when it never closes, or
 *     the comma before the attribution that ends the paragraph when its closing mark was left out
 * @param inner the quoted words, trimmed
 * @param closed whether a closing mark was found, or an attribution ends the quote in its place
 * @param paragraph index of the paragraph it stands in
 */
record Segment(int open, int close, Span inner, boolean closed, boolean single, int paragraph) {}
