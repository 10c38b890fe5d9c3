/**
 * The {@code newsdiff} command-line tool: picocli commands over the core library, one-line errors
 * and documented exit codes.
 *
 * <p>Internal: the tool's interface is its command line, not these classes.
 */
@NullMarked
package dev.newsdiff.cli;

import org.jspecify.annotations.NullMarked;
