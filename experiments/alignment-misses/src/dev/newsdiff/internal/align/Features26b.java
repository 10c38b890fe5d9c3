package dev.newsdiff.internal.align;

import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.align.PairModelTrainingTest.Figures;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import java.nio.file.Path;
import java.util.*;

/**
 * Round 26b: the two pair features (figures.differ, coverage.neighbours), each alone.
 *
 * <pre>
 * java ... Features26b VARIANT...   # VARIANT: base (both dropped), fig, nb, both
 * </pre>
 *
 * For each variant: the model trained on the 14 development and written sets (as shipped) scores
 * the 7 trainable clusters (unseen) and the 7 held-out clusters (scored only); then
 * leave-one-cluster-out: trained on the 14 and the 6 other trainable clusters, the 7th scored.
 * Means of pair F1 / exclusive P / exclusive R. -Dexp.noloco=true skips the folds.
 */
public class Features26b {
  static final Path CLUSTERS =
      Path.of("core/src/test/resources/dev/newsdiff/internal/align/real-clusters");

  static String drop(String variant) {
    return switch (variant) {
      case "base" -> "figures.differ,coverage.neighbours";
      case "fig" -> "coverage.neighbours";
      case "nb" -> "figures.differ";
      case "both" -> "";
      default -> throw new IllegalArgumentException(variant);
    };
  }

  static String mean(List<Figures> fs) {
    return String.format(Locale.ROOT, "%.3f / %.3f / %.3f",
        fs.stream().mapToDouble(Figures::f1).average().orElse(0),
        fs.stream().mapToDouble(Figures::exclusivePrecision).average().orElse(0),
        fs.stream().mapToDouble(Figures::exclusiveRecall).average().orElse(0));
  }

  public static void main(String[] args) throws Exception {
    List<SampleData> dev = new ArrayList<>();
    for (String s : TrainingSets.DEVELOPMENT_AND_WRITTEN) dev.add(Clusters24.sample(s));
    List<SampleData> trainable = new ArrayList<>();
    for (String c : RealClusters.TRAINABLE) trainable.add(Clusters24.cluster(c));
    List<SampleData> held = new ArrayList<>();
    for (String c : RealClusters.HELD_OUT) held.add(Clusters24.cluster(c));
    for (String c : RealClusters.HELD_OUT_26) held.add(Clusters24.cluster(c));
    for (String variant : args) {
      Clusters24.DROP.clear();
      Clusters24.DROP.addAll(Arrays.asList(drop(variant).split(",")));
      PairModel whole = Clusters24.train(dev);
      Aligner al = PairModelTrainingTest.rules().withDecision(whole);
      List<Figures> tf = new ArrayList<>();
      for (SampleData d : trainable) tf.add(d.evaluate(al));
      List<Figures> hf = new ArrayList<>();
      for (SampleData d : held) hf.add(d.evaluate(al));
      List<Figures> wf = new ArrayList<>();
      for (SampleData d : dev) if (Clusters24.WRITTEN.contains(d.name())) wf.add(d.evaluate(al));
      System.out.printf(Locale.ROOT, "%s threshold %.1f | 7 trainable unseen %s | 7 held out %s | written in sample %s%n",
          variant, whole.threshold(), mean(tf), mean(hf), mean(wf));
      for (int i = 0; i < held.size(); i++) {
        System.out.printf(Locale.ROOT, "  %s held %-30s %.3f / %.3f / %.3f%n", variant, held.get(i).name(),
            hf.get(i).f1(), hf.get(i).exclusivePrecision(), hf.get(i).exclusiveRecall());
      }
      if (Boolean.getBoolean("exp.noloco")) continue;
      List<Figures> loco = new ArrayList<>();
      for (SampleData h : trainable) {
        List<SampleData> pool = new ArrayList<>(dev);
        for (SampleData t : trainable) if (t != h) pool.add(t);
        PairModel fold = Clusters24.train(pool);
        Figures f = h.evaluate(PairModelTrainingTest.rules().withDecision(fold));
        loco.add(f);
        System.out.printf(Locale.ROOT, "  %s LOCO %-30s t %.1f %.3f / %.3f / %.3f%n", variant, h.name(),
            fold.threshold(), f.f1(), f.exclusivePrecision(), f.exclusiveRecall());
      }
      System.out.printf(Locale.ROOT, "%s LOCO 7 trainable %s%n", variant, mean(loco));
    }
  }
}
