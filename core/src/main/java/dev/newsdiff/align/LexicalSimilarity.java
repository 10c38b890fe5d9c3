package dev.newsdiff.align;

import com.google.common.collect.ImmutableMap;
import dev.newsdiff.align.Terms.Kind;
import dev.newsdiff.align.Terms.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Similarity from shared words: stems of content words weighted by how rare they are among
 * the statements compared (IDF), numbers and names counting more. Two scores are combined:
 * the Dice overlap of the two term sets, and how much of the shorter statement the longer one
 * contains, so a clause restated inside a longer sentence still matches. Immutable.
 */
public final class LexicalSimilarity implements SimilarityModel {

  private static final double NUMBER_WEIGHT = 2.0;
  private static final double NAME_WEIGHT = 1.5;
  /** Containment counts a little less than overlap: a short clause is easily contained. */
  private static final double CONTAINMENT_FACTOR = 0.8;
  /** Below this many terms, containment is damped: two shared words prove little. */
  private static final int FULL_CONTAINMENT_TERMS = 5;

  @Override
  public Scorer prepare(List<String> texts) {
    List<Map<String, Kind>> termSets = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (String text : texts) {
      Map<String, Kind> set = new HashMap<>();
      for (Term t : Terms.of(text, 0, text.length())) {
        set.merge(t.key(), t.kind(), (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
      }
      termSets.add(set);
      for (String key : set.keySet()) {
        df.merge(key, 1, Integer::sum);
      }
    }
    int n = texts.size();
    List<Map<String, Double>> vectors = new ArrayList<>();
    double[] totals = new double[n];
    for (int i = 0; i < n; i++) {
      ImmutableMap.Builder<String, Double> v = ImmutableMap.builder();
      double total = 0;
      for (Map.Entry<String, Kind> e : termSets.get(i).entrySet()) {
        double idf = Math.log(1.0 + (double) n / df.get(e.getKey()));
        double w = idf * switch (e.getValue()) {
          case NUMBER -> NUMBER_WEIGHT;
          case NAME -> NAME_WEIGHT;
          case WORD -> 1.0;
        };
        v.put(e.getKey(), w);
        total += w;
      }
      vectors.add(v.buildOrThrow());
      totals[i] = total;
    }
    // An inverted index for finding candidates: a term in too many texts finds everything and
    // proves little, so it only counts when a text has no rarer term.
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String key : vectors.get(i).keySet()) {
        postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    int common = Math.max(MIN_COMMON_DF, n / 10);
    return new LexicalScorer(vectors, totals, postings, common);
  }

  /** Terms in more texts than this (or a tenth of them) do not find candidates on their own. */
  private static final int MIN_COMMON_DF = 64;

  private record LexicalScorer(
      List<Map<String, Double>> vectors, double[] totals, Map<String, List<Integer>> postings, int common)
      implements Scorer {
    @Override
    public double score(int a, int b) {
      Map<String, Double> va = vectors.get(a);
      Map<String, Double> vb = vectors.get(b);
      if (va.isEmpty() || vb.isEmpty()) {
        return 0;
      }
      Map<String, Double> small = va.size() <= vb.size() ? va : vb;
      Map<String, Double> large = small == va ? vb : va;
      double overlap = 0;
      for (Map.Entry<String, Double> e : small.entrySet()) {
        if (large.containsKey(e.getKey())) {
          overlap += e.getValue();
        }
      }
      double dice = 2 * overlap / (totals[a] + totals[b]);
      double smaller = Math.min(totals[a], totals[b]);
      double damping = Math.min(1.0, (double) small.size() / FULL_CONTAINMENT_TERMS);
      double containment = smaller == 0 ? 0 : overlap / smaller * damping * CONTAINMENT_FACTOR;
      return Math.min(1.0, Math.max(dice, containment));
    }

    @Override
    public int[] candidates(int a, int size) {
      Set<String> keys = vectors.get(a).keySet();
      boolean hasRare = keys.stream().anyMatch(k -> postings.get(k).size() <= common);
      java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
      for (String key : keys) {
        List<Integer> list = postings.get(key);
        if (hasRare && list.size() > common) {
          continue;
        }
        int from = java.util.Collections.binarySearch(list, a + 1);
        for (int i = from < 0 ? -from - 1 : from; i < list.size(); i++) {
          found.add(list.get(i));
        }
      }
      return found.stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
