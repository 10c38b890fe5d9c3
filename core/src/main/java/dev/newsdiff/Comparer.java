package dev.newsdiff;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newsdiff.internal.align.Aligner;
import dev.newsdiff.internal.align.Alignment;
import dev.newsdiff.internal.derive.Derivations;
import dev.newsdiff.internal.diff.WordDiffer;
import dev.newsdiff.internal.facts.Conflicts;
import dev.newsdiff.internal.facts.FactExtractor;
import dev.newsdiff.internal.facts.NameLinker;
import dev.newsdiff.internal.voices.QuoteVariants;
import dev.newsdiff.model.Article;
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

/**
 * Runs the comparison pipeline: link names across outlets, align statements, diff each against its
 * first member, rank exclusives, then find conflicts, quote variants and derivation.
 */
final class Comparer {

  private Comparer() {}

  /** Compares two or more articles with distinct ids, in id order whatever order they come in. */
  static Comparison compare(List<Article> given, CompareOptions options) {
    checkArgument(
        given.size() >= 2, "a comparison needs at least two articles, got %s", given.size());
    Set<String> ids = new HashSet<>();
    given.forEach(a -> checkArgument(ids.add(a.id()), "two articles have the id %s", a.id()));
    List<Article> articles =
        linkNames(given.stream().sorted(Comparator.comparing(Article::id)).toList());
    Aligner aligner =
        new Aligner(
            options.similarity(),
            options.threshold(),
            options.linkage(),
            options.orderWeight(),
            options.maxPerArticle(),
            options.nearBest());
    Alignment alignment = aligner.align(articles);
    Map<String, Article> byId = Article.byId(articles);
    List<Statement> statements = new ArrayList<>();
    for (Alignment.Group group : alignment.groups()) {
      List<Member> members = group.members();
      Member reference = members.get(0);
      List<WordDiff> diffs = new ArrayList<>();
      for (Member m : members) {
        if (!m.article().equals(reference.article())) {
          diffs.add(
              WordDiffer.diff(
                  byId.get(reference.article()).text(),
                  reference,
                  byId.get(m.article()).text(),
                  m));
        }
      }
      statements.add(
          new Statement("st" + (statements.size() + 1), members, group.similarity(), diffs));
    }
    return new Comparison(
        articles,
        statements,
        ExclusiveRanking.rank(articles, alignment.exclusives()),
        Conflicts.find(articles, statements),
        QuoteVariants.find(articles, statements),
        Derivations.measure(articles, statements));
  }

  /** Name variants linked across all outlets, not just within each. */
  private static List<Article> linkNames(List<Article> articles) {
    List<Fact> all = new ArrayList<>();
    articles.forEach(a -> all.addAll(a.facts()));
    Map<String, String> canonical = NameLinker.canonical(all);
    List<Article> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(a.withFacts(FactExtractor.relink(a.facts(), canonical)));
    }
    return out;
  }
}
