package dev.newsdiff.internal.align;

import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.align.PairModelTrainingTest.Figures;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import dev.newsdiff.internal.learn.Example;
import dev.newsdiff.internal.learn.LogisticModel;
import java.nio.file.Path;
import java.util.*;

/**
 * Round 24: the real clusters of core/src/test/resources/.../real-clusters.
 *
 * <pre>
 * java ... Clusters24 first            # shipped model and rules on every cluster
 * java ... Clusters24 loso [pool]      # pool: dev (the 14), dev+c (and the 7 trainable clusters),
 *                                      # dev+c+h (and the 12 sets of H1-H3), dev+h
 * -Dexp.t=T fixes the whole pool's threshold; -Dexp.noloso=true skips the folds
 * -Dexp.written=N repeats the written sets' examples N times (a weight); -Dexp.drop=f1,f2
 * </pre>
 */
public class Clusters24 {
  static final Path CLUSTERS =
      Path.of("core/src/test/resources/dev/newsdiff/internal/align/real-clusters");
  static final List<String> TRAINABLE =
      List.of("aceh-pidie-jaya-quake-2016", "baja-easter-quake-2010", "bangladesh-coco-ferry-2009",
          "domohani-derailment-2022", "iran-pakistan-quake-2013", "izmir-samos-quake-2020",
          "sarkozy-wiretap-sentence-2021");
  static final List<String> HELD_OUT =
      List.of("correa-sentence-2020", "harda-twin-derailment-2015", "sulawesi-majene-quake-2021");
  static final Set<String> WRITTEN =
      Set.of("ferry-fire", "harbour-bridge-closure", "unrelated-stories", "turkiye-defence-briefing");
  static final Set<String> DROP =
      new HashSet<>(Arrays.asList(System.getProperty("exp.drop", "").split(",")));
  static final int WRITTEN_WEIGHT = Integer.getInteger("exp.written", 1);
  /** -Dexp.weighThreshold=true: the written sets weigh as much in the threshold choice. */
  static final List<Double> GRID =
      Boolean.getBoolean("exp.fine")
          ? List.of(0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
          : PairModelTrainingTest.THRESHOLDS;
  static final boolean WEIGH_THRESHOLD = Boolean.getBoolean("exp.weighThreshold");

  static SampleData cluster(String name) throws Exception {
    return SampleData.read(CLUSTERS.resolve(name));
  }

  static SampleData sample(String name) throws Exception {
    return SampleData.read(Path.of("samples", name));
  }

  static PairModel train(List<SampleData> sets) {
    List<Example> ex = new ArrayList<>();
    for (SampleData d : sets) {
      int times = WRITTEN.contains(d.name()) ? WRITTEN_WEIGHT : 1;
      for (Aligner.PairCase c : d.cases()) {
        Map<String, Double> f = new HashMap<>(c.features());
        f.keySet().removeAll(DROP);
        for (int i = 0; i < times; i++) ex.add(Example.of(f, d.positive(c), d.name()));
      }
    }
    LogisticModel model = PairModelTrainingTest.TRAINER.train(ex);
    PairModel best = null;
    double bestF1 = -1;
    for (double t : GRID) {
      PairModel cand = PairModel.of(model, t);
      Aligner al = PairModelTrainingTest.rules().withDecision(cand);
      double f1 = 0;
      for (SampleData d : sets) {
        f1 += d.evaluate(al).f1() * (WRITTEN.contains(d.name()) && WEIGH_THRESHOLD ? WRITTEN_WEIGHT : 1);
      }
      if (f1 > bestF1 + 1e-9) { bestF1 = f1; best = cand; }
    }
    return best;
  }

  static void line(String name, String what, Figures f) {
    System.out.printf(Locale.ROOT, "%-36s %-10s pair F1 %.3f  exclusive P %.3f%n", name, what, f.f1(), f.exclusivePrecision());
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "first";
    List<SampleData> trainable = new ArrayList<>();
    for (String c : TRAINABLE) trainable.add(cluster(c));
    List<SampleData> held = new ArrayList<>();
    for (String c : HELD_OUT) held.add(cluster(c));
    if (mode.equals("first")) {
      for (SampleData d : concat(trainable, held)) {
        long unresolved = d.pairs().stream().filter(p -> p.contains("?")).count()
            + d.exclusives().stream().filter(p -> p.startsWith("?")).count();
        if (unresolved > 0) System.out.println(d.name() + " UNRESOLVED annotation keys: " + unresolved);
        line(d.name(), "rules", d.evaluate(PairModelTrainingTest.rules()));
        line(d.name(), "shipped", d.evaluate(DefaultAligner.of()));
      }
      return;
    }
    String pool = args.length > 1 ? args[1] : "dev+c";
    List<SampleData> data = new ArrayList<>();
    for (String s : TrainingSets.DEVELOPMENT_AND_WRITTEN) data.add(sample(s));
    if (pool.contains("+c")) data.addAll(trainable);
    if (pool.contains("+h")) for (String s : TrainingSets.EARLIER_HELD_OUT) data.add(sample(s));
    // LOSO over the pool
    Map<String, Double> loso = new TreeMap<>();
    for (SampleData h : Boolean.getBoolean("exp.noloso") ? List.<SampleData>of() : data) {
      PairModel fold = train(data.stream().filter(d -> d != h).toList());
      Figures m = h.evaluate(PairModelTrainingTest.rules().withDecision(fold));
      loso.put(h.name(), m.f1());
      System.out.printf(Locale.ROOT, "LOSO %-36s t %.1f pair F1 %.3f excl P %.3f%n", h.name(), fold.threshold(), m.f1(), m.exclusivePrecision());
    }
    if (!loso.isEmpty()) {
    double all = loso.values().stream().mapToDouble(x -> x).average().orElse(0);
    double dev14 = TrainingSets.DEVELOPMENT_AND_WRITTEN.stream().mapToDouble(loso::get).average().orElse(0);
    double wr = WRITTEN.stream().mapToDouble(loso::get).average().orElse(0);
    System.out.printf(Locale.ROOT, "LOSO mean pool %.3f | the 14 %.3f | written %.3f%n", all, dev14, wr);
    }
    // the model of the whole pool: held-out clusters, written sets in sample, and every cluster if not trained
    PairModel whole = train(data);
    if (System.getProperty("exp.t") != null) {
      whole = PairModel.of(whole.model(), Double.parseDouble(System.getProperty("exp.t")));
    }
    System.out.printf(Locale.ROOT, "whole-pool threshold %.1f%n", whole.threshold());
    Aligner al = PairModelTrainingTest.rules().withDecision(whole);
    double hs = 0;
    for (SampleData d : held) { Figures f = d.evaluate(al); hs += f.f1(); line(d.name(), "held-out", f); }
    System.out.printf(Locale.ROOT, "held-out clusters mean pair F1 %.3f%n", hs / held.size());
    if (!pool.contains("+c")) {
      double ts = 0;
      for (SampleData d : trainable) { Figures f = d.evaluate(al); ts += f.f1(); line(d.name(), "unseen", f); }
      System.out.printf(Locale.ROOT, "trainable clusters (unseen) mean pair F1 %.3f%n", ts / trainable.size());
    }
    for (SampleData d : data) if (WRITTEN.contains(d.name())) line(d.name(), "in-sample", d.evaluate(al));
    if (!pool.contains("+h") && Boolean.getBoolean("exp.h")) {
      double hs2 = 0;
      for (String s : TrainingSets.EARLIER_HELD_OUT) { Figures f = sample(s).evaluate(al); hs2 += f.f1(); line(s, "H1-H3", f); }
      System.out.printf(Locale.ROOT, "H1-H3 (not trained on) mean pair F1 %.3f%n", hs2 / TrainingSets.EARLIER_HELD_OUT.size());
    }
    if (System.getProperty("exp.write") != null) {
      java.nio.file.Files.writeString(Path.of(System.getProperty("exp.write")), whole.model().toTsv());
    }
  }

  static List<SampleData> concat(List<SampleData> a, List<SampleData> b) {
    List<SampleData> out = new ArrayList<>(a); out.addAll(b); return out;
  }
}
