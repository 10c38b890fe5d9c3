/**
 * Word diffs of a statement's renderings, with cosmetic changes (case, punctuation, spelling
 * variants) told from substantive ones; java-diff-utils behind our own tokens.
 *
 * <p>Internal: a stage of newsdiff's pipeline, public only where another newsdiff package or module
 * calls it. Not API; it may change in any release. Library users go through {@link
 * dev.newsdiff.NewsDiff}.
 */
@NullMarked
package dev.newsdiff.internal.diff;

import org.jspecify.annotations.NullMarked;
