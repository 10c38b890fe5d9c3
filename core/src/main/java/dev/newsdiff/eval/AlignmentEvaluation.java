package dev.newsdiff.eval;

import dev.newsdiff.Comparison;
import dev.newsdiff.eval.AlignmentTruth.SentenceRef;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a comparison against a hand-made {@link AlignmentTruth}: pairs of sentences of different
 * outlets taken for the same statement (precision, recall, F1), and exclusives. Immutable.
 */
public record AlignmentEvaluation(Score pairs, Score exclusives, List<String> misses) {

  public AlignmentEvaluation {
    misses = List.copyOf(misses);
  }

  static AlignmentEvaluation of(AlignmentTruth truth, Comparison comparison) {
    Set<String> expected = new TreeSet<>();
    for (List<SentenceRef> statement : truth.statements()) {
      for (SentenceRef a : statement) {
        for (SentenceRef b : statement) {
          if (!a.article().equals(b.article())) {
            expected.add(pair(a.article() + "|" + a.text(), b.article() + "|" + b.text()));
          }
        }
      }
    }
    Set<String> predicted = new TreeSet<>();
    for (Statement s : comparison.statements()) {
      for (Member a : s.members()) {
        for (Member b : s.members()) {
          if (!a.article().equals(b.article())) {
            predicted.add(
                pair(
                    a.article() + "|" + comparison.sentence(a).text(),
                    b.article() + "|" + comparison.sentence(b).text()));
          }
        }
      }
    }
    Set<String> wantExclusive = new TreeSet<>();
    truth.exclusives().forEach(e -> wantExclusive.add(e.article() + "|" + e.text()));
    Set<String> gotExclusive = new TreeSet<>();
    for (Exclusive e : comparison.exclusives()) {
      gotExclusive.add(e.article() + "|" + comparison.sentence(e).text());
    }
    List<String> misses = new ArrayList<>();
    Score pairs = Matching.sets("pair", expected, predicted, misses);
    Score exclusives = Matching.sets("exclusive", wantExclusive, gotExclusive, misses);
    return new AlignmentEvaluation(pairs, exclusives, misses);
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "  <=>  " + b : b + "  <=>  " + a;
  }

  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append("pairs      ").append(pairs).append('\n');
    sb.append("exclusives ").append(exclusives).append('\n');
    for (String miss : misses) {
      sb.append("  - ").append(miss).append('\n');
    }
    return sb.toString();
  }
}
