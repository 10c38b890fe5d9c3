package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How alike two free-standing sentences are, scored the way a comparison scores statements; for
 * calibrating thresholds. Immutable.
 *
 * @param score the similarity, 0 to 1
 * @param same whether the score reaches the threshold, i.e. a comparison would take the two for one
 *     statement
 */
public record PairScore(double score, boolean same) {

  public PairScore {
    checkArgument(!Double.isNaN(score), "score must be a number: %s", score);
  }
}
