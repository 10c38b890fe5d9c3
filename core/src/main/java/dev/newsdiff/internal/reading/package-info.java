/**
 * Reading one article: runs the reading stages (layout, sentences, quotes, facts) over an {@link
 * dev.newsdiff.internal.ingest.ArticleFile}, for the facade and for the command-line tool when it
 * opened the file itself (standard input, a named encoding, warnings about decoding).
 *
 * <p>Internal: not API; it may change in any release. Library users go through {@link
 * dev.newsdiff.NewsDiff}.
 */
@NullMarked
package dev.newsdiff.internal.reading;

import org.jspecify.annotations.NullMarked;
