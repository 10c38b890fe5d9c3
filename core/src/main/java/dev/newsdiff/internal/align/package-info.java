/**
 * Aligning statements across outlets: sentence and clause similarity, and the grouping of what
 * several outlets say alike into statements.
 *
 * <p>Internal: a stage of newsdiff's pipeline, public only where another newsdiff package or module
 * calls it. Not API; it may change in any release. Library users go through {@link
 * dev.newsdiff.NewsDiff}. {@link dev.newsdiff.internal.align.LexicalSimilarity} is the default
 * {@link dev.newsdiff.similarity.SimilarityModel}, the extension point for scoring statements
 * another way.
 */
@NullMarked
package dev.newsdiff.internal.align;

import org.jspecify.annotations.NullMarked;
