/**
 * The values newsdiff reads and finds: articles, sentences, quotes, facts, statements, exclusives,
 * conflicts, quote variants; immutable records, validated when made; and {@link
 * dev.newsdiff.model.InputException}, the error a bad input gives. Depends on no other newsdiff
 * package but the shared helpers of {@code dev.newsdiff.internal}.
 */
@NullMarked
package dev.newsdiff.model;

import org.jspecify.annotations.NullMarked;
