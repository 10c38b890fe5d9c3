package dev.newsdiff.internal.align;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import dev.newsdiff.similarity.SimilarityModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Round 25: the embedding as one more feature of the pair model, the lexical score and every other
 * feature as they are. Needs core patched with {@code feature.patch} (a feature "embedding" that a
 * scorer implementing {@code ExtraFeature} fills); candidates and the prefilter stay lexical. Same
 * protocol and lines as {@link Embeddings25Kept}, share printed as 0.
 *
 * <pre>
 * java ... Embeddings25Feature bge > /tmp/emb25-feature-bge.tsv
 * </pre>
 */
public final class Embeddings25Feature {

  public static void main(String[] args) throws Exception {
    String modelName = args[0];
    Embeddings25.Embedder embedder = new Embeddings25.Embedder(modelName);
    SimilarityModel lexical = CompareOptions.defaults().similarity();
    SimilarityModel model = texts -> new Scorer(lexical.prepare(texts), texts, embedder);
    Aligner rules = DefaultAligner.with(model).withDecision(null);
    List<Embeddings25Kept.Data> data = new ArrayList<>();
    for (String s : TrainingSets.ALL) {
      SampleData d = SampleData.read(Path.of("samples", s));
      data.add(new Embeddings25Kept.Data(d, Embeddings25Kept.group(s), rules.cases(d.articles())));
    }
    long start = System.nanoTime();
    for (Embeddings25Kept.Data held : data) {
      List<Embeddings25Kept.Data> others = data.stream().filter(d -> d != held).toList();
      Embeddings25Kept.Trained fold = Embeddings25Kept.train(rules, others);
      Embeddings25Kept.print(
          "loso",
          modelName,
          0,
          fold.decision().threshold(),
          held,
          held.set().evaluate(rules.withDecision(fold.decision())),
          fold.meanF1());
    }
    Embeddings25Kept.Trained whole = Embeddings25Kept.train(rules, data);
    for (Embeddings25Kept.Data d : data) {
      Embeddings25Kept.print(
          "whole",
          modelName,
          0,
          whole.decision().threshold(),
          d,
          d.set().evaluate(rules.withDecision(whole.decision())),
          whole.meanF1());
    }
    List<String> clusters = new ArrayList<>(Embeddings25.TRAINABLE);
    clusters.addAll(Embeddings25.HELD_OUT);
    for (String c : clusters) {
      SampleData set = SampleData.read(Embeddings25.CLUSTERS.resolve(c));
      Embeddings25Kept.Data d =
          new Embeddings25Kept.Data(
              set, Embeddings25.TRAINABLE.contains(c) ? "trainable" : "heldout", List.of());
      Embeddings25Kept.print(
          "whole",
          modelName,
          0,
          whole.decision().threshold(),
          d,
          set.evaluate(rules.withDecision(whole.decision())),
          whole.meanF1());
    }
    System.err.printf(
        Locale.ROOT,
        "time %s feature: %.1f s; weight of the embedding %s%n",
        modelName,
        (System.nanoTime() - start) / 1e9,
        whole.decision().model().weights().get("embedding"));
  }

  /** The lexical scorer in all it answers, and the centred cosine as the extra feature. */
  static final class Scorer
      implements SimilarityModel.Scorer, SharedTerms.Source, CoverageScorer, ExtraFeature {
    private final SimilarityModel.Scorer lex;
    private final float[][] unit;
    private final double[] mean;

    Scorer(SimilarityModel.Scorer lex, List<String> texts, Embeddings25.Embedder embedder) {
      this.lex = lex;
      List<float[]> vectors = embedder.embed(texts);
      int n = texts.size();
      unit = new float[n][];
      for (int i = 0; i < n; i++) {
        unit[i] = Embeddings25.normalised(vectors.get(i));
      }
      mean = new double[n];
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += i == j ? 0 : Embeddings25.dot(unit[i], unit[j]);
        }
        mean[i] = n > 1 ? s / (n - 1) : 0;
      }
    }

    @Override
    public double extra(int a, int b) {
      double centred = Math.max(0, Embeddings25.dot(unit[a], unit[b]) - (mean[a] + mean[b]) / 2);
      return Math.min(1, 2 * centred);
    }

    @Override
    public double score(int a, int b) {
      return lex.score(a, b);
    }

    @Override
    public int[] candidates(int a, int size) {
      return lex.candidates(a, size);
    }

    @Override
    public int[] candidates(int a, int from, int to) {
      return lex.candidates(a, from, to);
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

  private Embeddings25Feature() {}
}
