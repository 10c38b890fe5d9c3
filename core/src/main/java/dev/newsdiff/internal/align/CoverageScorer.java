package dev.newsdiff.internal.align;

/**
 * A scorer that can also say how much of one text others carry: what the aligner needs to see that
 * one outlet states in one sentence what another splits over two.
 */
interface CoverageScorer {

  /** The share of {@code a}'s weighted terms that {@code b} carries, 0 to 1. */
  double coverage(int a, int b);

  /** The share of {@code a}'s weighted terms that {@code b} and {@code c} together carry. */
  double coverage(int a, int b, int c);
}
