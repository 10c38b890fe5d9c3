/**
 * Helpers every part of newsdiff shares, the model's records included: white space and word
 * counting, pairs of list items, union-find, and finding items by position. They depend on no other
 * newsdiff package; the pipeline's stages live in sub-packages.
 *
 * <p>Internal: not API; it may change in any release.
 */
@NullMarked
package dev.newsdiff.internal;

import org.jspecify.annotations.NullMarked;
