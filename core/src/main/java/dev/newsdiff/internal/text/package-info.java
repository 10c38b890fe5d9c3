/**
 * Sentences and words: sentence splitting (OpenNLP behind our own types, with our boundary rules),
 * tokens, stems and white space.
 *
 * <p>Internal: a stage of newsdiff's pipeline, public only where another newsdiff package or module
 * calls it. Not API; it may change in any release. Library users go through {@link
 * dev.newsdiff.NewsDiff}.
 */
@NullMarked
package dev.newsdiff.internal.text;

import org.jspecify.annotations.NullMarked;
