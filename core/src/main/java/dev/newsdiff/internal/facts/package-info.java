/**
 * Facts in sentences (figures, dates, names), names linked across outlets, and the facts that
 * disagree between outlets stating one claim.
 *
 * <p>Internal: a stage of newsdiff's pipeline, public only where another newsdiff package or module
 * calls it. Not API; it may change in any release. Library users go through {@link
 * dev.newsdiff.NewsDiff}.
 */
@NullMarked
package dev.newsdiff.internal.facts;

import org.jspecify.annotations.NullMarked;
