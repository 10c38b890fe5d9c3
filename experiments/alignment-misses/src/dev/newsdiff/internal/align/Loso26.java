package dev.newsdiff.internal.align;

import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.align.PairModelTrainingTest.Figures;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import java.nio.file.Path;
import java.util.*;

/** LOSO over ALL: java -cp ... dev.newsdiff.internal.align.Loso26 [sets] */
public class Loso26 {
  static final Set<String> DROP = new HashSet<>(Arrays.asList(System.getProperty("exp.drop", "").split(",")));
  static PairModel train(List<SampleData> sets) {
    List<dev.newsdiff.internal.learn.Example> ex = new ArrayList<>();
    for (SampleData d : sets) for (Aligner.PairCase c : d.cases()) {
      Map<String, Double> f = new HashMap<>(c.features()); f.keySet().removeAll(DROP);
      ex.add(dev.newsdiff.internal.learn.Example.of(f, d.positive(c), d.name()));
    }
    dev.newsdiff.internal.learn.LogisticModel model = PairModelTrainingTest.TRAINER.train(ex);
    PairModel best = null; double bestF1 = -1;
    for (double t : PairModelTrainingTest.THRESHOLDS) {
      PairModel cand = PairModel.of(model, t);
      Aligner al = PairModelTrainingTest.rules().withDecision(cand);
      double f1 = sets.stream().mapToDouble(d -> d.evaluate(al).f1()).average().orElse(0);
      if (f1 > bestF1 + 1e-9) { bestF1 = f1; best = cand; }
    }
    return best;
  }
  public static void main(String[] args) throws Exception {
    List<String> names = TrainingSets.ALL;
    List<SampleData> data = new ArrayList<>();
    for (String s : names) data.add(SampleData.read(Path.of("samples", s)));
    Set<String> written = Set.of("ferry-fire","harbour-bridge-closure","unrelated-stories","turkiye-defence-briefing");
    double rs = 0, ms = 0; int n = 0;
    double wsum=0, rsum=0; int wn=0, rn=0;
    long t0 = System.nanoTime();
    for (SampleData held : data) {
      List<SampleData> others = data.stream().filter(d -> d != held).toList();
      PairModel fold = train(others);
      Figures r = held.evaluate(PairModelTrainingTest.rules());
      Figures m = held.evaluate(PairModelTrainingTest.rules().withDecision(fold));
      rs += r.f1(); ms += m.f1(); n++;
      if (written.contains(held.name())) { wsum += m.f1(); wn++; } else { rsum += m.f1(); rn++; }
      System.out.printf(Locale.ROOT, "%-40s t %.1f  F1 %.3f -> %.3f  excl P %.3f -> %.3f%n",
          held.name(), fold.threshold(), r.f1(), m.f1(), r.exclusivePrecision(), m.exclusivePrecision());
    }
    System.out.printf(Locale.ROOT, "LOSO mean rules %.3f model %.3f | written %.3f real %.3f | %ds%n",
        rs / n, ms / n, wsum/wn, rsum/rn, (System.nanoTime()-t0)/1_000_000_000L);
    // the model trained on all, in sample
    PairModel all = train(data);
    double s = 0;
    for (SampleData d : data) s += d.evaluate(PairModelTrainingTest.rules().withDecision(all)).f1();
    System.out.printf(Locale.ROOT, "in-sample (ALL) threshold %.1f mean %.3f%n", all.threshold(), s / data.size());
    for (SampleData d : data) if (written.contains(d.name()))
      System.out.printf(Locale.ROOT, "  in-sample %s %.3f%n", d.name(), d.evaluate(PairModelTrainingTest.rules().withDecision(all)).f1());
  }
}
