/**
 * Reading and comparing news articles: {@link dev.newsdiff.NewsDiff} reads and compares, a {@link
 * dev.newsdiff.Comparison} holds the result, {@link dev.newsdiff.CompareOptions} tunes it.
 *
 * <p>The API is this package, {@code model}, {@code report}, {@code corpus}, {@code eval}'s {@code
 * SampleSet}, {@code ingest.InputException} and {@code align.SimilarityModel}. The other packages
 * are stages of the pipeline or plumbing: internal, and they may change in any release.
 */
@NullMarked
package dev.newsdiff;

import org.jspecify.annotations.NullMarked;
