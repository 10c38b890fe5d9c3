package dev.newsdiff.internal.align;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.align.PairModelTrainingTest.Figures;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import dev.newsdiff.internal.learn.Example;
import dev.newsdiff.internal.learn.LogisticModel;
import dev.newsdiff.similarity.SimilarityModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Round 25: the embedding blended into the learned decision's score ({@link Embeddings25.Blend}
 * with the lexical scorer's shared terms), the pair model retrained on the blended features:
 * leave-one-set-out over the 26 open sets (each fold trains on 25 and picks its threshold among
 * {@code PairModelTrainingTest.THRESHOLDS} there), then one model trained on all 26 scored on the
 * ten real clusters (none trained on). Lexical share 1.0 is today's lexical model trained the same
 * way: the comparison holds everything else fixed.
 *
 * <pre>
 * java ... Embeddings25Kept bge 1.0,0.5,0.7 > /tmp/nd/emb25-kept-bge.tsv
 * </pre>
 *
 * Lines: kind (loso, whole), model, share, threshold, set, group, pair F1, exclusive precision, and
 * for loso the fold's mean pair F1 on its own 25 sets (to choose a share inside the fold).
 */
public final class Embeddings25Kept {

  record Data(SampleData set, String group, List<Aligner.PairCase> cases) {}

  public static void main(String[] args) throws Exception {
    String modelName = args[0];
    Embeddings25.Embedder embedder = new Embeddings25.Embedder(modelName);
    SimilarityModel lexical = CompareOptions.defaults().similarity();
    List<SampleData> open = new ArrayList<>();
    for (String s : TrainingSets.ALL) {
      open.add(SampleData.read(Path.of("samples", s)));
    }
    List<SampleData> clusters = new ArrayList<>();
    for (String c : Embeddings25.TRAINABLE) {
      clusters.add(SampleData.read(Embeddings25.CLUSTERS.resolve(c)));
    }
    for (String c : Embeddings25.HELD_OUT) {
      clusters.add(SampleData.read(Embeddings25.CLUSTERS.resolve(c)));
    }
    for (String shareText : args[1].split(",")) {
      double share = Double.parseDouble(shareText);
      long start = System.nanoTime();
      SimilarityModel model =
          share == 1.0 ? lexical : new Embeddings25.Blend(lexical, embedder, share, true);
      Aligner rules = DefaultAligner.with(model).withDecision(null);
      List<Data> data = new ArrayList<>();
      for (SampleData d : open) {
        data.add(new Data(d, group(d.name()), rules.cases(d.articles())));
      }
      for (Data held : data) {
        List<Data> others = data.stream().filter(d -> d != held).toList();
        Trained fold = train(rules, others);
        Figures f = held.set().evaluate(rules.withDecision(fold.decision()));
        print("loso", modelName, share, fold.decision().threshold(), held, f, fold.meanF1());
      }
      Trained whole = train(rules, data);
      for (Data d : data) {
        print(
            "whole",
            modelName,
            share,
            whole.decision().threshold(),
            d,
            d.set().evaluate(rules.withDecision(whole.decision())),
            whole.meanF1());
      }
      for (int i = 0; i < clusters.size(); i++) {
        SampleData c = clusters.get(i);
        Data d =
            new Data(c, i < Embeddings25.TRAINABLE.size() ? "trainable" : "heldout", List.of());
        print(
            "whole",
            modelName,
            share,
            whole.decision().threshold(),
            d,
            c.evaluate(rules.withDecision(whole.decision())),
            whole.meanF1());
      }
      System.err.printf(
          Locale.ROOT,
          "time %s %.2f: %.1f s%n",
          modelName,
          share,
          (System.nanoTime() - start) / 1e9);
    }
  }

  static String group(String name) {
    return Embeddings25.WRITTEN.contains(name) ? "written" : "real";
  }

  record Trained(PairModel decision, double meanF1) {}

  /** As PairModelTrainingTest.train, on the blended features. */
  static Trained train(Aligner rules, List<Data> sets) {
    List<Example> examples = new ArrayList<>();
    for (Data d : sets) {
      for (Aligner.PairCase c : d.cases()) {
        examples.add(Example.of(c.features(), d.set().positive(c), d.set().name()));
      }
    }
    LogisticModel model = PairModelTrainingTest.TRAINER.train(examples);
    PairModel best = null;
    double bestF1 = -1;
    for (double t : PairModelTrainingTest.THRESHOLDS) {
      PairModel candidate = PairModel.of(model, t);
      Aligner aligner = rules.withDecision(candidate);
      double f1 =
          sets.stream().mapToDouble(d -> d.set().evaluate(aligner).f1()).average().orElse(0);
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = candidate;
      }
    }
    return new Trained(best, bestF1);
  }

  static void print(
      String kind, String model, double share, double t, Data d, Figures f, double foldF1) {
    System.out.printf(
        Locale.ROOT,
        "%s\t%s\t%.2f\t%.2f\t%s\t%s\t%.4f\t%.4f\t%.4f%n",
        kind,
        model,
        share,
        t,
        d.set().name(),
        d.group(),
        f.f1(),
        f.exclusivePrecision(),
        foldF1);
  }

  private Embeddings25Kept() {}
}
