package dev.newsdiff;

import dev.newsdiff.model.Article;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders each outlet's exclusives by what a reader wants first: claims with figures, then quotes,
 * then names and dates, ahead of connective sentences ("Ministry sources outlined …"). Ties keep
 * reading order.
 */
final class ExclusiveRanking {

  private ExclusiveRanking() {}

  static List<Exclusive> rank(List<Article> articles, List<Exclusive> exclusives) {
    Map<String, List<Exclusive>> byArticle = new LinkedHashMap<>();
    articles.forEach(a -> byArticle.put(a.id(), new ArrayList<>()));
    exclusives.forEach(e -> byArticle.get(e.article()).add(e));
    List<Exclusive> out = new ArrayList<>();
    for (Article a : articles) {
      List<Exclusive> list = byArticle.get(a.id());
      // By identity: these very instances are sorted, and a record's own hashCode is slow on a cold
      // JVM.
      Map<Exclusive, Integer> scores = new IdentityHashMap<>();
      for (Exclusive e : list) {
        scores.put(e, score(a, a.sentence(e.sentence())));
      }
      List<Exclusive> sorted = new ArrayList<>(list);
      sorted.sort(
          Comparator.comparingInt(
              (Exclusive e) -> -scores.get(e))); // stable: reading order among equals
      out.addAll(sorted);
    }
    return out;
  }

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
