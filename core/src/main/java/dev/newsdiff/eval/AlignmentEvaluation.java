package dev.newsdiff.eval;

import dev.newsdiff.Comparison;
import dev.newsdiff.eval.AlignmentTruth.SentenceRef;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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
      List<String> members =
          s.members().stream()
              .flatMap(m -> withCopies(comparison, m.article(), comparison.sentence(m).text()))
              .toList();
      addPairs(members, predicted);
    }
    // Copies are compared once, so no statement joins them; each of their body sentences is
    // aligned with the same sentence of the others.
    for (List<String> group : comparison.copies()) {
      comparison.article(group.get(0)).sentences().stream()
          .filter(sentence -> sentence.role() == Role.BODY)
          .forEach(
              sentence ->
                  addPairs(
                      withCopies(comparison, group.get(0), sentence.text()).toList(), predicted));
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

  /** "article|text" for the sentence and for the same sentence in each copy of its article. */
  private static Stream<String> withCopies(Comparison comparison, String article, String text) {
    String flat = Whitespace.collapse(text);
    return Stream.concat(
        Stream.of(article + "|" + text),
        comparison.copiesOf(article).stream()
            .flatMap(
                copy ->
                    comparison.article(copy).sentences().stream()
                        .filter(other -> Whitespace.collapse(other.text()).equals(flat))
                        .limit(1)
                        .map(other -> copy + "|" + other.text())));
  }

  /** Every pair of members from different articles ("article|text"). */
  private static void addPairs(List<String> members, Set<String> pairs) {
    for (String a : members) {
      for (String b : members) {
        if (!a.substring(0, a.indexOf('|')).equals(b.substring(0, b.indexOf('|')))) {
          pairs.add(pair(a, b));
        }
      }
    }
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
