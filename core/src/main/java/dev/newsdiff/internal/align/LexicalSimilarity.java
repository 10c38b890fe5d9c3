package dev.newsdiff.internal.align;

import static com.google.common.base.Preconditions.checkArgument;

import dev.newsdiff.internal.align.Terms.Kind;
import dev.newsdiff.internal.align.Terms.Term;
import dev.newsdiff.internal.text.Stems;
import dev.newsdiff.similarity.SimilarityModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Similarity from shared words: stems of content words weighted by how rare they are among the
 * statements compared (IDF), numbers and names counting more. Two scores are combined: the Dice
 * overlap of the two term sets, and how much of the shorter statement the longer one contains, so a
 * clause restated inside a longer sentence still matches. Immutable.
 */
public final class LexicalSimilarity implements SimilarityModel {

  private static final double NUMBER_WEIGHT = 2.0;
  private static final double NAME_WEIGHT = 1.5;

  /**
   * Who said it counts little: one outlet names its source and another does not, or names another
   * (chosen leave-one-set-out over the real sample sets: docs/alignment.md).
   */
  private static final double ATTRIBUTION_WEIGHT = 0.3;

  /** A figure of a kind ("#killed") is evidence of the same weight as a shared number. */
  private static final double FIGURE_WEIGHT = NUMBER_WEIGHT;

  /** Containment counts a little less than overlap: a short clause is easily contained. */
  private static final double CONTAINMENT_FACTOR = 0.8;

  /** Below this many terms, containment is damped: two shared words prove little. */
  private static final int FULL_CONTAINMENT_TERMS = 5;

  /** How much a term of this kind counts, relative to a word of the same rarity. */
  static double weight(Kind kind) {
    return switch (kind) {
      case NUMBER -> NUMBER_WEIGHT;
      case NAME -> NAME_WEIGHT;
      case FIGURE -> FIGURE_WEIGHT;
      case WORD -> 1.0;
      case ATTRIBUTION -> ATTRIBUTION_WEIGHT;
    };
  }

  @Override
  public Scorer prepare(List<String> texts) {
    // Terms become ids, so that scoring a pair walks two sorted arrays instead of hashing strings.
    Map<String, Integer> ids = new HashMap<>();
    List<Map<Integer, Kind>> termSets = new ArrayList<>();
    Stems stems = new Stems();
    // A text's terms are read once: outlets that carry an agency's sentence word for word give
    // the same text again, and its terms are already ids. (The sets are only read from here on.)
    Map<String, Map<Integer, Kind>> byText = new HashMap<>();
    for (String text : texts) {
      termSets.add(
          byText.computeIfAbsent(
              text,
              k -> {
                Map<Integer, Kind> set = new HashMap<>();
                for (Term t : Terms.of(text, 0, text.length(), stems)) {
                  Integer id = ids.computeIfAbsent(t.key(), key -> ids.size());
                  set.merge(id, t.kind(), (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
                }
                return set;
              }));
    }
    int[] df = new int[ids.size()];
    termSets.forEach(set -> set.keySet().forEach(id -> df[id]++));

    int n = texts.size();
    int[][] terms = new int[n][];
    double[][] weights = new double[n][];
    Kind[][] kinds = new Kind[n][];
    double[] totals = new double[n];
    for (int i = 0; i < n; i++) {
      Map<Integer, Kind> set = termSets.get(i);
      terms[i] = set.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      weights[i] = new double[terms[i].length];
      kinds[i] = new Kind[terms[i].length];
      for (int k = 0; k < terms[i].length; k++) {
        int id = terms[i][k];
        double idf = Math.log(1.0 + (double) n / df[id]);
        kinds[i][k] = set.get(id);
        weights[i][k] = idf * weight(kinds[i][k]);
        totals[i] += weights[i][k];
      }
    }
    boolean[] paraphrase = new boolean[ids.size()];
    ids.forEach((key, id) -> paraphrase[id] = Thesaurus.isConcept(key));
    // An inverted index for finding candidates: a term in too many texts finds everything and
    // proves little, so it only counts when a text has no rarer term.
    int[][] postings = new int[df.length][];
    int[] filled = new int[df.length];
    for (int id = 0; id < df.length; id++) {
      postings[id] = new int[df[id]];
    }
    for (int i = 0; i < n; i++) {
      for (int id : terms[i]) {
        postings[id][filled[id]++] = i; // ascending, since texts are visited in order
      }
    }
    int common = Math.max(MIN_COMMON_DF, n / 10);
    return new LexicalScorer(
        terms, weights, totals, postings, common, new Evidence(kinds, paraphrase));
  }

  /** What kinds of terms each text has, for telling what two texts share ({@link SharedTerms}). */
  private record Evidence(Kind[][] kinds, boolean[] paraphrase) {}

  /** Terms in more texts than this (or a tenth of them) do not find candidates on their own. */
  private static final int MIN_COMMON_DF = 64;

  /**
   * Postings read to find one text's candidates, at most, so that the pairs scored grow linearly
   * with the texts however alike they are (thousands of copies of one sentence). Far above what the
   * statements of a few dozen articles read: it binds only on inputs of tens of thousands of
   * similar statements.
   */
  static final int MAX_POSTINGS_READ = 4096;

  /**
   * Per text: its term ids ascending, their weights in the same order, and the weights' sum. The
   * arrays are never handed out, which keeps the scorer immutable.
   */
  private static final class LexicalScorer implements Scorer, CoverageScorer, SharedTerms.Source {
    private final int[][] terms;
    private final double[][] weights;
    private final double[] totals;
    private final int[][] postings;
    private final int common;
    private final Evidence evidence;

    LexicalScorer(
        int[][] terms,
        double[][] weights,
        double[] totals,
        int[][] postings,
        int common,
        Evidence evidence) {
      this.terms = terms;
      this.weights = weights;
      this.totals = totals;
      this.postings = postings;
      this.common = common;
      this.evidence = evidence;
    }

    @Override
    public SharedTerms shared(int a, int b) {
      SharedTerms.Builder shared = new SharedTerms.Builder();
      int[] ta = terms[a];
      int[] tb = terms[b];
      Kind[] ka = evidence.kinds()[a];
      Kind[] kb = evidence.kinds()[b];
      for (Kind kind : ka) {
        shared.inFirst(kind);
      }
      for (Kind kind : kb) {
        shared.inSecond(kind);
      }
      for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
        if (ta[i] == tb[j]) {
          // A name in one text may open the other's sentence: either side's kind counts.
          Kind kind = ka[i].ordinal() >= kb[j].ordinal() ? ka[i] : kb[j];
          shared.both(kind, Math.min(weights[a][i], weights[b][j]), evidence.paraphrase()[ta[i]]);
          i++;
          j++;
        } else if (ta[i] < tb[j]) {
          i++;
        } else {
          j++;
        }
      }
      return shared.build();
    }

    @Override
    public double score(int a, int b) {
      return score(terms[a], weights[a], totals[a], terms[b], weights[b], totals[b]);
    }

    @Override
    public double coverage(int a, int b) {
      return totals[a] == 0 ? 0 : carried(a, terms[b], null) / totals[a];
    }

    @Override
    public double coverage(int a, int b, int c) {
      return totals[a] == 0 ? 0 : carried(a, terms[b], terms[c]) / totals[a];
    }

    /** The weight of a's terms that occur in {@code b} or {@code c} (either may be null). */
    private double carried(int a, int[] b, int[] c) {
      double sum = 0;
      for (int k = 0; k < terms[a].length; k++) {
        int id = terms[a][k];
        if (b != null && Arrays.binarySearch(b, id) >= 0
            || c != null && Arrays.binarySearch(c, id) >= 0) {
          sum += weights[a][k];
        }
      }
      return sum;
    }

    private static double score(
        int[] ta, double[] wa, double totalA, int[] tb, double[] wb, double totalB) {
      if (ta.length == 0 || tb.length == 0) {
        return 0;
      }
      // Shared terms weigh what they weigh in the text with fewer terms.
      boolean aSmall = ta.length <= tb.length;
      int[] ts = aSmall ? ta : tb;
      int[] tl = aSmall ? tb : ta;
      double[] ws = aSmall ? wa : wb;
      double overlap = 0;
      for (int i = 0, j = 0; i < ts.length && j < tl.length; ) {
        if (ts[i] == tl[j]) {
          overlap += ws[i];
          i++;
          j++;
        } else if (ts[i] < tl[j]) {
          i++;
        } else {
          j++;
        }
      }
      double dice = 2 * overlap / (totalA + totalB);
      double smaller = Math.min(totalA, totalB);
      double damping = Math.min(1.0, (double) ts.length / FULL_CONTAINMENT_TERMS);
      double containment = smaller == 0 ? 0 : overlap / smaller * damping * CONTAINMENT_FACTOR;
      return Math.min(1.0, Math.max(dice, containment));
    }

    @Override
    public int[] candidates(int a, int size) {
      return candidates(a, a + 1, size);
    }

    @Override
    public int[] candidates(int a, int from, int to) {
      checkArgument(a < from && from <= to, "need a < from <= to: %s, %s, %s", a, from, to);
      // Rarest terms first, so that when the budget runs out the pairs most likely to match have
      // been found.
      int[] keys =
          Arrays.stream(terms[a])
              .boxed()
              .sorted(Comparator.comparingInt((Integer id) -> postings[id].length))
              .mapToInt(Integer::intValue)
              .toArray();
      boolean hasRare = keys.length > 0 && postings[keys[0]].length <= common;
      int[] found = new int[16];
      int count = 0;
      for (int id : keys) {
        int[] list = postings[id];
        if (hasRare && list.length > common || count == MAX_POSTINGS_READ) {
          break;
        }
        int first = insertionPoint(list, from);
        int last = Math.min(insertionPoint(list, to), first + MAX_POSTINGS_READ - count);
        if (count + last - first > found.length) {
          found = Arrays.copyOf(found, Math.max(found.length * 2, count + last - first));
        }
        System.arraycopy(list, first, found, count, last - first);
        count += last - first;
      }
      Arrays.sort(found, 0, count);
      int unique = 0;
      for (int i = 0; i < count; i++) {
        if (unique == 0 || found[unique - 1] != found[i]) {
          found[unique++] = found[i];
        }
      }
      return Arrays.copyOf(found, unique);
    }

    private static int insertionPoint(int[] sorted, int key) {
      int at = Arrays.binarySearch(sorted, key);
      return at < 0 ? -at - 1 : at;
    }
  }
}
