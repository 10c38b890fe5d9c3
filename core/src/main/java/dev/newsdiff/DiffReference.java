package dev.newsdiff;

import static com.google.common.collect.ImmutableSetMultimap.toImmutableSetMultimap;

import com.google.common.collect.ImmutableSetMultimap;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Member;
import java.util.List;

/**
 * Which member of a statement the others' word diffs are drawn against: the outlet the others
 * follow, where the derivation names it their likely source, so a reader sees what a rewrite
 * changed in the wire copy; else the first member. The one place that reads derivation for this:
 * when derivation gives per-pair verdicts with a direction, only {@link #from} changes.
 */
final class DiffReference {

  /** Each article's followers: the articles the derivation names it the likely source of. */
  private final ImmutableSetMultimap<String, String> followers;

  private DiffReference(ImmutableSetMultimap<String, String> followers) {
    this.followers = followers;
  }

  /** The references a comparison's derivation gives (read once: it has a row per pair). */
  static DiffReference from(List<Derivation> derivation) {
    return new DiffReference(
        derivation.stream()
            .filter(Derivation::likelySource)
            .collect(toImmutableSetMultimap(Derivation::from, Derivation::to)));
  }

  /**
   * The index of the member the others are diffed against: the first member of the article that is
   * the likely source of the most other articles in the statement, or 0 when none is.
   */
  int indexIn(List<Member> members) {
    List<String> articles = members.stream().map(Member::article).distinct().toList();
    int best = 0;
    long most = 0;
    for (int i = 0; i < members.size(); i++) {
      long count =
          articles.stream().filter(followers.get(members.get(i).article())::contains).count();
      if (count > most) { // strictly more: the first member of the first such article
        best = i;
        most = count;
      }
    }
    return best;
  }
}
