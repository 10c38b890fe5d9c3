/**
 * JMH benchmarks of newsdiff's stages and of comparison at scale, and the synthetic corpora they
 * run on.
 *
 * <p>Internal: measurement code, not API.
 */
@NullMarked
package dev.newsdiff.bench;

import org.jspecify.annotations.NullMarked;
