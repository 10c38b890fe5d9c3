/**
 * Scores newsdiff against hand-made annotations of sample sets (reading, facts, alignment), as
 * {@code newsdiff eval} does. {@link dev.newsdiff.eval.SampleSet} is the entry point; the results
 * it returns are immutable records with a {@code describe()} for people.
 */
@NullMarked
package dev.newsdiff.eval;

import org.jspecify.annotations.NullMarked;
