/**
 * Corpus mode as an Apache Spark job: the core's corpus stages run distributed, with the same
 * result as {@code newsdiff corpus}.
 */
@NullMarked
package dev.newsdiff.spark;

import org.jspecify.annotations.NullMarked;
