/**
 * Plumbing the other newsdiff modules share with the core: reading an article from an {@link
 * dev.newsdiff.ingest.ArticleFile} the command-line tool opened itself (standard input, a named
 * encoding, warnings about decoding).
 *
 * <p>Internal: not API; it may change in any release.
 */
@NullMarked
package dev.newsdiff.internal;

import org.jspecify.annotations.NullMarked;
