/**
 * Corpus mode: groups many articles into stories (the same event across outlets), compares each
 * story, and sums up per outlet. Public so that a distributed runner (the Spark module) can compose
 * the same stages.
 */
@NullMarked
package dev.newsdiff.corpus;

import org.jspecify.annotations.NullMarked;
