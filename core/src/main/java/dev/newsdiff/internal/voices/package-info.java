/**
 * Quote variants: one utterance reworded, trimmed, reported instead of quoted, or attributed to
 * someone else by different outlets.
 *
 * <p>Internal: a stage of newsdiff's pipeline, public only where another newsdiff package or module
 * calls it. Not API; it may change in any release. Library users go through {@link
 * dev.newsdiff.NewsDiff}.
 */
@NullMarked
package dev.newsdiff.internal.voices;

import org.jspecify.annotations.NullMarked;
