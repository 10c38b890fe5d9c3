package dev.newsdiff.internal.align;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.model.PairScore;
import dev.newsdiff.model.Span;
import dev.newsdiff.similarity.SimilarityModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores free-standing sentence pairs the way a comparison scores statements, for calibrating
 * thresholds: word weights come from all the sentences given, and a pair scores its best clause
 * match. Without articles there is no document order to weigh.
 */
public final class PairScores {

  /** A sentence's clauses among all the texts scored: indices {@code from} to {@code to - 1}. */
  private record ClauseRange(int from, int to) {}

  private PairScores() {}

  public static ImmutableList<PairScore> score(
      List<String[]> pairs, SimilarityModel model, double threshold) {
    List<String> texts = new ArrayList<>();
    List<ClauseRange> clauseRanges = new ArrayList<>(); // per sentence
    for (String[] pair : pairs) {
      for (String sentence : pair) {
        List<Span> clauses = Clauses.of(sentence, Span.of(0, sentence.length()));
        clauseRanges.add(new ClauseRange(texts.size(), texts.size() + clauses.size()));
        clauses.forEach(c -> texts.add(c.in(sentence)));
      }
    }
    SimilarityModel.Scorer scorer = model.prepare(texts);
    ImmutableList.Builder<PairScore> out = ImmutableList.builder();
    for (int p = 0; p < pairs.size(); p++) {
      ClauseRange a = clauseRanges.get(2 * p);
      ClauseRange b = clauseRanges.get(2 * p + 1);
      double best = 0;
      for (int i = a.from(); i < a.to(); i++) {
        for (int j = b.from(); j < b.to(); j++) {
          best = Math.max(best, scorer.score(i, j));
        }
      }
      out.add(new PairScore(best, best >= threshold));
    }
    return out.build();
  }
}
