package dev.newsdiff.internal.align;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.newsdiff.CompareOptions;
import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.align.PairModelTrainingTest.Figures;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import dev.newsdiff.similarity.SimilarityModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Round 25 (issue 17, item 1): sentence embeddings blended with the lexical score, on the 26 open
 * sample sets and the ten real clusters, scored by the pair F1 and exclusive precision of {@code
 * PairModelTrainingTest} (sentence pairs, copies not folded). Prints one tab-separated line per
 * setting and set; {@code experiments/embeddings/summarise.py} chooses the settings (on the 26 open
 * sets, and leave-one-set-out over them) and writes the table of docs/alignment.md.
 *
 * <p>Rows: {@code shipped} (the default: lexical score and the learned pair decision, its threshold
 * as shipped), {@code rules} (the lexical score through a plain {@link SimilarityModel}, which the
 * aligner decides by the hand rules: what any model given through the extension point gets), {@code
 * blend} (lexical share s, embedding 1 - s, hand rules, threshold t) and {@code kept} (the blend as
 * the learned decision's score, its weights as shipped: what wiring an embedding inside core would
 * start from).
 *
 * <pre>
 * java ... Embeddings25 minilm bge > /tmp/nd/emb25.tsv
 * </pre>
 */
public final class Embeddings25 {

  static final Path CLUSTERS =
      Path.of("core/src/test/resources/dev/newsdiff/internal/align/real-clusters");
  static final List<String> TRAINABLE =
      List.of(
          "aceh-pidie-jaya-quake-2016",
          "baja-easter-quake-2010",
          "bangladesh-coco-ferry-2009",
          "domohani-derailment-2022",
          "iran-pakistan-quake-2013",
          "izmir-samos-quake-2020",
          "sarkozy-wiretap-sentence-2021");
  static final List<String> HELD_OUT =
      List.of("correa-sentence-2020", "harda-twin-derailment-2015", "sulawesi-majene-quake-2021");
  static final Set<String> WRITTEN =
      Set.of(
          "ferry-fire", "harbour-bridge-closure", "unrelated-stories", "turkiye-defence-briefing");
  static final double[] SHARES = {0.0, 0.3, 0.5, 0.7};
  static final double[] KEPT_SHARES = {0.5, 0.7, 0.85};

  /** A set with the group it is reported in. */
  record Named(SampleData data, String group) {}

  public static void main(String[] args) throws Exception {
    List<Named> sets = new ArrayList<>();
    for (String s : TrainingSets.ALL) {
      sets.add(
          new Named(
              SampleData.read(Path.of("samples", s)), WRITTEN.contains(s) ? "written" : "real"));
    }
    for (String c : TRAINABLE) {
      sets.add(new Named(SampleData.read(CLUSTERS.resolve(c)), "trainable"));
    }
    for (String c : HELD_OUT) {
      sets.add(new Named(SampleData.read(CLUSTERS.resolve(c)), "heldout"));
    }
    long start = System.nanoTime();
    for (Named n : sets) {
      print("shipped", "-", 1.0, PairModel.THRESHOLD, n, n.data().evaluate(DefaultAligner.of()));
    }
    timing("shipped", "-", start, null);
    SimilarityModel lexical = CompareOptions.defaults().similarity();
    start = System.nanoTime();
    for (double t : thresholds()) {
      Aligner rules = withThreshold(texts -> lexical.prepare(texts)::score, t);
      for (Named n : sets) {
        print("rules", "-", 1.0, t, n, n.data().evaluate(rules));
      }
    }
    timing("rules", "-", start, null);
    for (String name : args) {
      Embedder embedder = new Embedder(name);
      start = System.nanoTime();
      for (double share : SHARES) {
        for (double t : thresholds()) {
          Aligner blend = withThreshold(new Blend(lexical, embedder, share, false), t);
          for (Named n : sets) {
            print("blend", name, share, t, n, n.data().evaluate(blend));
          }
        }
      }
      for (double share : KEPT_SHARES) {
        Aligner kept = DefaultAligner.with(new Blend(lexical, embedder, share, true));
        for (Named n : sets) {
          print("kept", name, share, PairModel.THRESHOLD, n, n.data().evaluate(kept));
        }
      }
      timing("embedding", name, start, embedder);
    }
  }

  static double[] thresholds() {
    double[] out = new double[10];
    for (int i = 0; i < out.length; i++) {
      out[i] = 0.15 + 0.05 * i;
    }
    return out;
  }

  static Aligner withThreshold(SimilarityModel model, double threshold) {
    CompareOptions o = CompareOptions.defaults();
    return new Aligner(
        model, threshold, o.linkage(), o.orderWeight(), o.maxPerArticle(), o.nearBest());
  }

  static void print(String kind, String model, double share, double t, Named n, Figures f) {
    System.out.printf(
        Locale.ROOT,
        "%s\t%s\t%.2f\t%.2f\t%s\t%s\t%.4f\t%.4f%n",
        kind,
        model,
        share,
        t,
        n.data().name(),
        n.group(),
        f.f1(),
        f.exclusivePrecision());
  }

  static void timing(String kind, String model, long start, Embedder e) {
    System.err.printf(
        Locale.ROOT,
        "time %s %s: %.1f s wall%s%n",
        kind,
        model,
        (System.nanoTime() - start) / 1e9,
        e == null
            ? ""
            : String.format(
                Locale.ROOT,
                ", of which embedding %d distinct clauses %.1f s",
                e.cache.size(),
                e.nanos / 1e9));
  }

  /** Embeds each distinct text once for the whole run. */
  static final class Embedder {
    final EmbeddingModel model;
    final Map<String, float[]> cache = new HashMap<>();
    long nanos;

    Embedder(String name) {
      model =
          switch (name) {
            case "minilm" -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            case "bge" -> new BgeSmallEnV15QuantizedEmbeddingModel();
            default -> throw new IllegalArgumentException("minilm or bge: " + name);
          };
    }

    List<float[]> embed(List<String> texts) {
      List<String> missing = texts.stream().distinct().filter(t -> !cache.containsKey(t)).toList();
      if (!missing.isEmpty()) {
        long t0 = System.nanoTime();
        var vectors = model.embedAll(missing.stream().map(TextSegment::from).toList()).content();
        for (int i = 0; i < missing.size(); i++) {
          cache.put(missing.get(i), vectors.get(i).vector());
        }
        nanos += System.nanoTime() - t0;
      }
      return texts.stream().map(cache::get).toList();
    }
  }

  /**
   * share × lexical + (1 − share) × the centred cosine (a pair's cosine less the mean cosine of its
   * two clauses to all others, doubled, clipped to [0, 1]): sentences of one story are all close in
   * embedding space. The same blend as the rounds before. With {@code keepDecision} the scorer also
   * answers the learned decision's questions (shared terms, coverage) from the lexical scorer.
   */
  record Blend(SimilarityModel lexical, Embedder embedder, double share, boolean keepDecision)
      implements SimilarityModel {
    @Override
    public Scorer prepare(List<String> texts) {
      Scorer lex = lexical.prepare(texts);
      List<float[]> vectors = embedder.embed(texts);
      int n = texts.size();
      float[][] unit = new float[n][];
      for (int i = 0; i < n; i++) {
        unit[i] = normalised(vectors.get(i));
      }
      double[] mean = new double[n];
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += i == j ? 0 : dot(unit[i], unit[j]);
        }
        mean[i] = n > 1 ? s / (n - 1) : 0;
      }
      if (!keepDecision) {
        return (a, b) -> blend(lex.score(a, b), unit, mean, a, b);
      }
      return new KeptScorer(lex, unit, mean);
    }

    double blend(double lexicalScore, float[][] unit, double[] mean, int a, int b) {
      double centred = Math.max(0, dot(unit[a], unit[b]) - (mean[a] + mean[b]) / 2);
      return share * lexicalScore + (1 - share) * Math.min(1, 2 * centred);
    }

    /** The blended score, with the lexical scorer's shared terms, coverage and candidates. */
    final class KeptScorer implements Scorer, SharedTerms.Source, CoverageScorer {
      private final Scorer lex;
      private final float[][] unit;
      private final double[] mean;

      KeptScorer(Scorer lex, float[][] unit, double[] mean) {
        this.lex = lex;
        this.unit = unit;
        this.mean = mean;
      }

      @Override
      public double score(int a, int b) {
        return blend(lex.score(a, b), unit, mean, a, b);
      }

      @Override
      public SharedTerms shared(int a, int b) {
        return ((SharedTerms.Source) lex).shared(a, b);
      }

      @Override
      public double coverage(int a, int b) {
        return ((CoverageScorer) lex).coverage(a, b);
      }

      @Override
      public double coverage(int a, int b, int c) {
        return ((CoverageScorer) lex).coverage(a, b, c);
      }
    }
  }

  static float[] normalised(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] out = new float[v.length];
    double inv = norm == 0 ? 0 : 1 / Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] * inv);
    }
    return out;
  }

  static double dot(float[] x, float[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  private Embeddings25() {}
}
