/**
 * Reading and comparing news articles: {@link dev.newsdiff.NewsDiff} reads and compares, a {@link
 * dev.newsdiff.Comparison} holds the result, {@link dev.newsdiff.CompareOptions} tunes it.
 *
 * <p>The API is this package, {@code model} (with {@code InputException}, the error a bad input
 * gives), {@code report}, {@code corpus}, {@code eval} and {@code similarity}, the extension point
 * for scoring statements. Everything under {@code dev.newsdiff.internal} is the pipeline's stages
 * and their plumbing: not API, and it may change in any release.
 */
@NullMarked
package dev.newsdiff;

import org.jspecify.annotations.NullMarked;
