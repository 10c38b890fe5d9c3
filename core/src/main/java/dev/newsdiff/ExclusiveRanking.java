package dev.newsdiff;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Sentence;
import java.util.Comparator;
import java.util.List;

/**
 * Orders each outlet's exclusives by what a reader wants first: claims with figures, then quotes,
 * then names and dates, ahead of connective sentences ("Ministry sources outlined …"). Ties keep
 * reading order.
 */
final class ExclusiveRanking {

  private ExclusiveRanking() {}

  static List<Exclusive> rank(List<Article> articles, List<Exclusive> exclusives) {
    ImmutableListMultimap<String, Exclusive> byArticle =
        Multimaps.index(exclusives, Exclusive::article);
    return articles.stream()
        .flatMap(
            a ->
                byArticle.get(a.id()).stream()
                    // each scored once, not at each comparison of the sort
                    .map(e -> new Ranked(e, score(a, a.sentence(e.sentence()))))
                    // a stable sort: reading order among equals
                    .sorted(Comparator.comparingInt(Ranked::score).reversed())
                    .map(Ranked::exclusive))
        .toList();
  }

  private record Ranked(Exclusive exclusive, int score) {}

  /** Figures count most, then a quote, then names and dates (each counted a few times at most). */
  static int score(Article a, Sentence s) {
    int figures = 0;
    int names = 0;
    int dates = 0;
    for (Fact f : a.factsIn(s)) {
      switch (f.kind()) {
        case QUANTITY, NUMBER, MONEY, PERCENT -> figures++;
        case DATE, TIME -> dates++;
        default -> names++;
      }
    }
    boolean quoted = !a.quotesIn(s.span()).isEmpty();
    return 4 * Math.min(figures, 2) + (quoted ? 3 : 0) + Math.min(names, 3) + Math.min(dates, 2);
  }
}
