package dev.newsdiff.bench;

import dev.newsdiff.corpus.Stories;
import dev.newsdiff.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The same-story threshold ({@link Stories#sameStory}) chosen leave-one-set-out over the real
 * sample sets: for each set, the threshold that scores best on the other sets (mean pair F1 of
 * their articles; the higher threshold on a tie, precision first), and the score the set gets with
 * it. Links are scored once through Stories' public stages and merged again per threshold.
 */
final class ThresholdTuning {

  static final double[] THRESHOLDS = {
    0.10, 0.12, 0.14, 0.16, 0.18, 0.20, 0.22, 0.24, 0.26, 0.28, 0.30, 0.35, 0.40
  };

  private ThresholdTuning() {}

  static String report(MixedCorpus corpus) {
    List<Article> articles = corpus.articles();
    int n = articles.size();
    List<Map<String, Integer>> terms = articles.parallelStream().map(Stories::terms).toList();
    Map<String, Integer> df = new HashMap<>();
    terms.forEach(t -> t.keySet().forEach(k -> df.merge(k, 1, Integer::sum)));
    List<Map<String, Double>> signatures =
        terms.stream().map(t -> Stories.signature(t, df, n)).toList();
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String t : signatures.get(i).keySet()) {
        index.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
    }
    List<Stories.Link> links = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Set<Integer> candidates = new TreeSet<>();
      for (String t : signatures.get(i).keySet()) {
        candidates.addAll(index.get(t));
      }
      for (int j : candidates) {
        String a = articles.get(i).id();
        String b = articles.get(j).id();
        if (a.compareTo(b) < 0) {
          double score = Stories.score(signatures.get(i), signatures.get(j));
          if (score > 0) {
            links.add(new Stories.Link(a, b, score));
          }
        }
      }
    }
    List<String> ids = articles.stream().map(Article::id).toList();
    List<String> sets = new ArrayList<>(corpus.sets().keySet());
    // scores[t][s]: pair F1 of set s's articles at threshold t
    double[][] scores = new double[THRESHOLDS.length][sets.size()];
    StringBuilder out = new StringBuilder("threshold: generated pairs, then per real set F1\n");
    for (int t = 0; t < THRESHOLDS.length; t++) {
      double threshold = THRESHOLDS[t];
      List<List<String>> found =
          Stories.merge(ids, links.stream().filter(l -> l.score() >= threshold).toList());
      Set<String> real = new HashSet<>();
      corpus.sets().values().forEach(real::addAll);
      out.append(
          String.format(
              Locale.ROOT,
              "  %.2f generated %s; real %s%n",
              threshold,
              PairFigures.of(corpus.truth(), found, id -> !real.contains(id)),
              PairFigures.of(corpus.truth(), found, real)));
      for (int s = 0; s < sets.size(); s++) {
        scores[t][s] =
            f1(PairFigures.of(corpus.truth(), found, Set.copyOf(corpus.sets().get(sets.get(s)))));
      }
    }
    double total = 0;
    out.append("leave-one-set-out: set, threshold chosen on the others, its F1 there\n");
    for (int s = 0; s < sets.size(); s++) {
      int heldOut = s;
      int best =
          IntStream.range(0, THRESHOLDS.length)
              .boxed()
              .max(
                  Comparator.<Integer>comparingDouble(
                          t ->
                              IntStream.range(0, sets.size())
                                  .filter(o -> o != heldOut)
                                  .mapToDouble(o -> scores[t][o])
                                  .sum())
                      .thenComparingDouble(t -> THRESHOLDS[t]))
              .orElseThrow();
      total += scores[best][s];
      out.append(
          String.format(
              Locale.ROOT, "  %-40s %.2f %.3f%n", sets.get(s), THRESHOLDS[best], scores[best][s]));
    }
    out.append(String.format(Locale.ROOT, "  mean held-out F1 %.3f%n", total / sets.size()));
    return out.toString();
  }

  private static double f1(PairFigures f) {
    double p = f.precision();
    double r = f.recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
