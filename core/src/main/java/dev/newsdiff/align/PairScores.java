package dev.newsdiff.align;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.model.PairScore;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores free-standing sentence pairs the way a comparison scores statements, for calibrating
 * thresholds: word weights come from all the sentences given, and a pair scores its best clause
 * match. Without articles there is no document order to weigh.
 */
public final class PairScores {

  private PairScores() {}

  public static ImmutableList<PairScore> score(
      List<String[]> pairs, SimilarityModel model, double threshold) {
    List<String> texts = new ArrayList<>();
    List<int[]> clauseRanges = new ArrayList<>(); // per sentence: [first clause index, count]
    for (String[] pair : pairs) {
      for (String sentence : pair) {
        List<Span> clauses = Clauses.of(sentence, Span.of(0, sentence.length()));
        clauseRanges.add(new int[] {texts.size(), clauses.size()});
        clauses.forEach(c -> texts.add(c.in(sentence)));
      }
    }
    SimilarityModel.Scorer scorer = model.prepare(texts);
    ImmutableList.Builder<PairScore> out = ImmutableList.builder();
    for (int p = 0; p < pairs.size(); p++) {
      int[] a = clauseRanges.get(2 * p);
      int[] b = clauseRanges.get(2 * p + 1);
      double best = 0;
      for (int i = a[0]; i < a[0] + a[1]; i++) {
        for (int j = b[0]; j < b[0] + b[1]; j++) {
          best = Math.max(best, scorer.score(i, j));
        }
      }
      out.add(new PairScore(best, best >= threshold));
    }
    return out.build();
  }
}
