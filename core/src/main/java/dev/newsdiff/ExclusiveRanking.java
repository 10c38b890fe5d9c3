package dev.newsdiff;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Sentence;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Orders each outlet's exclusives by what a reader wants first: claims with figures, then quotes,
 * then names and dates, ahead of connective sentences ("Ministry sources outlined …"). Within a
 * rank, the story's own order: a reader follows an outlet's additions as it told them.
 */
final class ExclusiveRanking {

  /** What an exclusive sentence carries, the most telling first. */
  enum Rank {
    FIGURES,
    QUOTE,
    NAMES_OR_DATES,
    CONNECTIVE
  }

  private static final Set<Fact.Kind> FIGURES =
      EnumSet.of(Fact.Kind.QUANTITY, Fact.Kind.NUMBER, Fact.Kind.MONEY, Fact.Kind.PERCENT);

  /** An exclusive with its rank and where its sentence starts. */
  private record Ranked(Exclusive exclusive, Rank rank, int start) {
    static Ranked of(Article a, Exclusive e) {
      Sentence s = a.sentence(e.sentence());
      return new Ranked(e, ExclusiveRanking.rank(a, s), s.span().start());
    }
  }

  private ExclusiveRanking() {}

  static List<Exclusive> rank(List<Article> articles, List<Exclusive> exclusives) {
    ImmutableListMultimap<String, Exclusive> byArticle =
        Multimaps.index(exclusives, Exclusive::article);
    return articles.stream()
        .flatMap(
            a ->
                byArticle.get(a.id()).stream()
                    // each ranked once, not at each comparison of the sort
                    .map(e -> Ranked.of(a, e))
                    .sorted(Comparator.comparing(Ranked::rank).thenComparingInt(Ranked::start))
                    .map(Ranked::exclusive))
        .toList();
  }

  static Rank rank(Article a, Sentence s) {
    List<Fact> facts = a.factsIn(s);
    if (facts.stream().anyMatch(f -> FIGURES.contains(f.kind()))) {
      return Rank.FIGURES;
    }
    if (!a.quotesIn(s.span()).isEmpty()) {
      return Rank.QUOTE;
    }
    return facts.isEmpty() ? Rank.CONNECTIVE : Rank.NAMES_OR_DATES;
  }
}
