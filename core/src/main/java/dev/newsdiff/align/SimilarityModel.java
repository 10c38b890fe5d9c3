package dev.newsdiff.align;

import java.util.List;

/**
 * Scores how alike two statements are, from 0 (nothing shared) to 1 (the same). A model first
 * sees every text of a comparison, so it can weigh words by how rare they are there.
 * Implementations must be deterministic.
 */
public interface SimilarityModel {

  /** Prepares to score pairs among {@code texts}. */
  Scorer prepare(List<String> texts);

  /** Scores pairs of the texts a model was prepared with, by index. */
  interface Scorer {
    double score(int a, int b);

    /** Whether a and b can possibly score above zero; lets callers skip most pairs. */
    default boolean mayMatch(int a, int b) {
      return true;
    }
  }
}
