package dev.newsdiff;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newsdiff.internal.Aside;
import dev.newsdiff.internal.align.Aligner;
import dev.newsdiff.internal.align.Alignment;
import dev.newsdiff.internal.derive.Copies;
import dev.newsdiff.internal.derive.Derivations;
import dev.newsdiff.internal.derive.Verdicts;
import dev.newsdiff.internal.diff.WordDiffer;
import dev.newsdiff.internal.facts.Conflicts;
import dev.newsdiff.internal.facts.FactExtractor;
import dev.newsdiff.internal.facts.NameLinker;
import dev.newsdiff.internal.voices.QuoteVariants;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Copying;
import dev.newsdiff.model.Derivation;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Statement;
import dev.newsdiff.model.WordDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs the comparison pipeline: set copies aside, link names across outlets, align statements,
 * measure derivation and give a copying verdict per pair of outlets, diff each statement against
 * the outlet the others follow (else its first member), rank exclusives, then find conflicts and
 * quote variants.
 */
final class Comparer {

  private Comparer() {}

  /** Compares two or more articles with distinct ids, in id order whatever order they come in. */
  static Comparison compare(List<Article> given, CompareOptions options) {
    checkArgument(
        given.size() >= 2, "a comparison needs at least two articles, got %s", given.size());
    Set<String> ids = new HashSet<>();
    given.forEach(a -> checkArgument(ids.add(a.id()), "two articles have the id %s", a.id()));
    List<Article> sorted = given.stream().sorted(Comparator.comparing(Article::id)).toList();
    // Each text is compared once: copies would only repeat its findings, or be found to differ
    // from it where the aligner pairs a sentence with its neighbour's twin.
    List<Copies.Group> copies = Copies.group(sorted);
    List<Article> distinct = Copies.distinct(sorted, copies);
    // A long story's names are linked across its outlets, and its shared wording measured, on
    // another core while its statements are aligned: the aligner and the shared wording read the
    // texts, quotes and where names stand, not the names' canonical forms.
    int length = distinct.stream().mapToInt(a -> a.text().length()).sum();
    Supplier<Map<String, String>> canonical = Aside.start(length, () -> canonicalNames(distinct));
    if (distinct.size() < 2) {
      List<Article> all = relinked(sorted, canonical.get());
      return new Comparison(
          all,
          copies,
          List.of(),
          List.of(),
          List.of(),
          List::of,
          List.of(),
          Verdicts.judge(all, copies, List.of()));
    }
    Supplier<List<Derivations.SharedText>> shared =
        Aside.start(length, () -> Derivations.sharedTexts(distinct));
    Aligner aligner =
        new Aligner(
            options.similarity(),
            options.threshold(),
            options.linkage(),
            options.orderWeight(),
            options.maxPerArticle(),
            options.nearBest());
    Alignment alignment = aligner.align(distinct);
    List<Article> all = relinked(sorted, canonical.get());
    List<Article> articles = Copies.distinct(all, copies);
    Map<String, Article> byId = Article.byId(articles);
    List<Statement> firstDrafts = new ArrayList<>();
    for (Alignment.Group group : alignment.groups()) {
      List<Member> members = group.members();
      firstDrafts.add(
          new Statement(
              "st" + (firstDrafts.size() + 1),
              members,
              group.similarity(),
              diffs(byId, members.get(0), members)));
    }
    Derivations.Measures measures = Derivations.measure(articles, firstDrafts, shared.get());
    List<Copying> copying = Verdicts.judge(all, copies, measures.shared());
    List<Derivation> derivation = Verdicts.withSources(measures.derivation(), copying);
    // Diffs against the outlet the others follow, where derivation names one.
    DiffReference references = DiffReference.from(derivation);
    List<Statement> statements =
        firstDrafts.stream()
            .map(
                s -> {
                  int reference = references.indexIn(s.members());
                  return reference == 0
                      ? s
                      : new Statement(
                          s.id(),
                          s.members(),
                          s.similarity(),
                          diffs(byId, s.members().get(reference), s.members()));
                })
            .toList();
    return new Comparison(
        all,
        copies,
        statements,
        ExclusiveRanking.rank(articles, alignment.exclusives()),
        Conflicts.find(articles, statements),
        () -> QuoteVariants.find(articles, statements),
        derivation,
        copying);
  }

  /** The word diff of each member of another article than {@code reference}'s against it. */
  private static List<WordDiff> diffs(
      Map<String, Article> byId, Member reference, List<Member> members) {
    return members.stream()
        .filter(m -> !m.article().equals(reference.article()))
        .map(
            m ->
                WordDiffer.diff(
                    byId.get(reference.article()).text(),
                    reference,
                    byId.get(m.article()).text(),
                    m))
        .toList();
  }

  /** The articles with their names' values set to the canonical forms given. */
  private static List<Article> relinked(List<Article> articles, Map<String, String> canonical) {
    return articles.stream()
        .map(a -> a.withFacts(FactExtractor.relink(a.facts(), canonical)))
        .toList();
  }

  /**
   * Name variants linked across all outlets, not just within each. A copy brings no name its
   * group's first article lacks, so the distinct texts are enough.
   */
  private static Map<String, String> canonicalNames(List<Article> distinct) {
    List<Fact> all = new ArrayList<>();
    distinct.forEach(a -> all.addAll(a.facts()));
    return NameLinker.canonical(all);
  }
}
