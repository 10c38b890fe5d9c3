/**
 * The values newsdiff reads and finds: articles, sentences, quotes, facts, statements, exclusives,
 * conflicts, quote variants; immutable records, validated when made. Depends on no other newsdiff
 * package.
 */
@NullMarked
package dev.newsdiff.model;

import org.jspecify.annotations.NullMarked;
