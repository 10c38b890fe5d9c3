/**
 * Derivation: for each ordered pair of outlets, how much of one's wording the other repeats, and
 * which outlet likely follows which.
 *
 * <p>Internal: a stage of newsdiff's pipeline, public only where another newsdiff package or module
 * calls it. Not API; it may change in any release. Library users go through {@link
 * dev.newsdiff.NewsDiff}.
 */
@NullMarked
package dev.newsdiff.internal.derive;

import org.jspecify.annotations.NullMarked;
