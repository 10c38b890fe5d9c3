/**
 * Reading article files: decoding bytes, extracting the article from a saved web page, and the
 * layout of the text (furniture, headline, dateline, paragraphs).
 *
 * <p>Internal: a stage of newsdiff's pipeline, public only where another newsdiff package or module
 * calls it. Not API; it may change in any release. Library users go through {@link
 * dev.newsdiff.NewsDiff}; the error a bad input file gives is {@link
 * dev.newsdiff.model.InputException}.
 */
@NullMarked
package dev.newsdiff.internal.ingest;

import org.jspecify.annotations.NullMarked;
