/**
 * Quotations and who speaks them: quote marks paired across paragraphs, attributions, and pronouns
 * resolved to speakers.
 *
 * <p>Internal: a stage of newsdiff's pipeline, public only where another newsdiff package or module
 * calls it. Not API; it may change in any release. Library users go through {@link
 * dev.newsdiff.NewsDiff}.
 */
@NullMarked
package dev.newsdiff.internal.quote;

import org.jspecify.annotations.NullMarked;
