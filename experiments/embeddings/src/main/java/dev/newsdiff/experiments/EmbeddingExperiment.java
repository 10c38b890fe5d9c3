package dev.newsdiff.experiments;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.newsdiff.CompareOptions;
import dev.newsdiff.eval.AlignmentEvaluation;
import dev.newsdiff.eval.SampleSet;
import dev.newsdiff.similarity.SimilarityModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Aligns every annotated sample set with the lexical model, an embedding model, and blends of
 * the two, each at the threshold that suits it best on the samples (a generous comparison for
 * the newcomer), and prints pair F1. Embedding cosines between sentences of one story are
 * high across the board, so they are centred: each pair's cosine less the mean cosine of its
 * two sentences to everything else.
 */
public final class EmbeddingExperiment {

  private static EmbeddingModel model;

  public static void main(String[] args) throws Exception {
    boolean bge = args.length > 0 && args[0].equals("bge");
    model = bge ? new BgeSmallEnV15QuantizedEmbeddingModel() : new AllMiniLmL6V2QuantizedEmbeddingModel();
    System.out.println("model: " + (bge ? "bge-small-en-v1.5 (quantised)" : "all-MiniLM-L6-v2 (quantised)"));
    List<Path> sets = SampleSet.under(Path.of("samples"));
    for (double lexicalShare : new double[] {1.0, 0.0, 0.5, 0.7}) {
      double bestMean = -1;
      String bestLine = "";
      for (double threshold = 0.1; threshold <= 0.61; threshold += 0.05) {
        StringBuilder line = new StringBuilder();
        double sum = 0;
        for (Path set : sets) {
          CompareOptions options =
              CompareOptions.defaults().withThreshold(threshold).withSimilarity(blend(lexicalShare));
          AlignmentEvaluation e = SampleSet.read(set).evaluateAlignment(options);
          sum += e.pairs().f1();
          line.append(String.format(Locale.ROOT, "  %s F1 %.3f (P %.3f R %.3f)", set.getFileName(), e.pairs().f1(), e.pairs().precision(), e.pairs().recall()));
        }
        if (sum / sets.size() > bestMean) {
          bestMean = sum / sets.size();
          bestLine = String.format(Locale.ROOT, "threshold %.2f%s", threshold, line);
        }
      }
      System.out.printf(Locale.ROOT, "lexical share %.1f: best mean F1 %.3f at %s%n", lexicalShare, bestMean, bestLine);
    }
  }

  private static SimilarityModel blend(double lexicalShare) {
    return texts -> {
      SimilarityModel.Scorer lexical = CompareOptions.defaults().similarity().prepare(texts);
      List<float[]> vectors = new ArrayList<>();
      for (String t : texts) {
        vectors.add(model.embed(t).content().vector());
      }
      int n = texts.size();
      double[] mean = new double[n];
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += i == j ? 0 : cosine(vectors.get(i), vectors.get(j));
        }
        mean[i] = n > 1 ? s / (n - 1) : 0;
      }
      return (a, b) -> {
        double centred = Math.max(0, cosine(vectors.get(a), vectors.get(b)) - (mean[a] + mean[b]) / 2);
        return lexicalShare * lexical.score(a, b) + (1 - lexicalShare) * Math.min(1, 2 * centred);
      };
    };
  }

  private static double cosine(float[] x, float[] y) {
    double dot = 0;
    double nx = 0;
    double ny = 0;
    for (int i = 0; i < x.length; i++) {
      dot += x[i] * y[i];
      nx += x[i] * x[i];
      ny += y[i] * y[i];
    }
    return dot / Math.sqrt(nx * ny);
  }
}
