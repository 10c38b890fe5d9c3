package dev.newsdiff.similarity;

import java.util.Arrays;
import java.util.List;

/**
 * Scores how alike two statements are, from 0 (nothing shared) to 1 (the same). A model first sees
 * every text of a comparison, so it can weigh words by how rare they are there. Implementations
 * must be deterministic. The default, {@code CompareOptions.defaults().similarity()}, scores shared
 * words; a model of one's own may blend its scores with the default's.
 */
public interface SimilarityModel {

  /** Prepares to score pairs among {@code texts}. */
  Scorer prepare(List<String> texts);

  /** Scores pairs of the texts a model was prepared with, by index. */
  interface Scorer {
    double score(int a, int b);

    /**
     * The texts after {@code a} (higher index) that may score above zero with it, ascending; a
     * model with an index answers without looking at every pair.
     */
    default int[] candidates(int a, int size) {
      int[] all = new int[Math.max(0, size - a - 1)];
      for (int i = 0; i < all.length; i++) {
        all[i] = a + 1 + i;
      }
      return all;
    }

    /**
     * The texts in {@code [from, to)} that may score above zero with {@code a}, ascending, where
     * {@code from > a}. An aligner asks only for the texts of other articles: a model with an index
     * then never walks the pairs within one long article. By default, {@link #candidates(int, int)}
     * filtered.
     */
    default int[] candidates(int a, int from, int to) {
      return Arrays.stream(candidates(a, to)).filter(b -> b >= from).toArray();
    }
  }
}
