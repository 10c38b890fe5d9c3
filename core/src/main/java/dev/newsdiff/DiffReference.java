package dev.newsdiff;

import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Member;
import java.util.List;

/**
 * Which member of a statement the others' word diffs are drawn against: the outlet the others
 * follow, where the derivation names it their likely source, so a reader sees what a rewrite
 * changed in the wire copy; else the first member. The one place that reads derivation for this:
 * when derivation gives per-pair verdicts with a direction, only {@link #isSourceOf} changes.
 */
final class DiffReference {

  private DiffReference() {}

  /**
   * The member the others are diffed against: the first member of the article that is the likely
   * source of the most other articles in the statement, or the first member when none is.
   */
  static Member of(List<Member> members, List<Derivation> derivation) {
    List<String> articles = members.stream().map(Member::article).distinct().toList();
    Member best = members.get(0);
    long most = 0;
    for (Member m : members) {
      long followers =
          articles.stream().filter(to -> isSourceOf(m.article(), to, derivation)).count();
      if (followers > most) { // strictly more: the first member of the first such article
        best = m;
        most = followers;
      }
    }
    return best;
  }

  /** True when the derivation names {@code from} the likely source of {@code to}. */
  static boolean isSourceOf(String from, String to, List<Derivation> derivation) {
    return derivation.stream()
        .anyMatch(d -> d.likelySource() && d.from().equals(from) && d.to().equals(to));
  }
}
