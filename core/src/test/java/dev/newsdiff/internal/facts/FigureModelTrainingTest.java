package dev.newsdiff.internal.facts;

import dev.newsdiff.internal.learn.Example;
import dev.newsdiff.internal.learn.LeaveOneGroupOut;
import dev.newsdiff.internal.learn.LogisticModel;
import dev.newsdiff.internal.learn.LogisticTrainer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureModelTrainingTest {

  @Test
  void explore() {
    List<FigureModelTraining.Labelled> all = FigureModelTraining.all();
    System.out.println(
        "examples "
            + all.size()
            + " positive "
            + all.stream().filter(FigureModelTraining.Labelled::positive).count());
    List<Example> ex = all.stream().map(FigureModelTraining.Labelled::example).toList();
    List<Boolean> rules = all.stream().map(l -> l.pair().rules().selected()).toList();
    report("rules", all, rules);
    report("nested", all, FigureModelTraining.nestedDecisions(all));
    List<FigureModelTraining.Labelled> noB0 =
        all.stream().filter(l -> !l.half().equals("B")).toList();
    double r = FigureModelTraining.bestRidge(noB0);
    LogisticModel m0 = FigureModelTraining.train(noB0, LogisticTrainer.defaults().withRidge(r));
    System.out.println(
        "   nested half B trained without B, ridge "
            + r
            + ": "
            + FigureModelTraining.byRow(
                all,
                all.stream().map(l -> m0.probability(l.pair().features()) >= 0.5).toList(),
                "B"));
    System.out.println("ridge on all: " + FigureModelTraining.bestRidge(all));
    if (true) return;
    for (LogisticTrainer t :
        List.of(
            LogisticTrainer.defaults(),
            LogisticTrainer.defaults().withBalancedClasses(),
            LogisticTrainer.defaults().withRidge(0.3),
            LogisticTrainer.defaults().withRidge(3),
            LogisticTrainer.defaults().withRidge(10))) {
      List<Double> p = LeaveOneGroupOut.probabilities(ex, t);
      report("model " + t, all, p.stream().map(v -> v >= 0.5).toList());
      List<FigureModelTraining.Labelled> noB =
          all.stream().filter(l -> !l.half().equals("B")).toList();
      LogisticModel m = t.train(noB.stream().map(FigureModelTraining.Labelled::example).toList());
      List<Boolean> honest =
          all.stream().map(l -> m.probability(l.pair().features()) >= 0.5).toList();
      System.out.println(
          "   half B trained without B: " + FigureModelTraining.byRow(all, honest, "B"));
    }
  }

  private static void report(String name, List<FigureModelTraining.Labelled> all, List<Boolean> d) {
    System.out.println(
        name
            + ": pairs conflicts "
            + FigureModelTraining.Score.of(all, d, true)
            + " approx "
            + FigureModelTraining.Score.of(all, d, false)
            + "\n   rows A "
            + FigureModelTraining.byRow(all, d, "A")
            + "  rows B "
            + FigureModelTraining.byRow(all, d, "B"));
    java.util.Map<String, int[]> byGroup = new java.util.TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      var l = all.get(i);
      int[] c = byGroup.computeIfAbsent(l.group(), k -> new int[3]);
      if (l.conflict()) {
        c[0] += d.get(i) && l.positive() ? 1 : 0;
        c[1] += d.get(i) ? 1 : 0;
        c[2] += l.positive() ? 1 : 0;
      }
    }
    StringBuilder sb = new StringBuilder("   ");
    byGroup.forEach(
        (g, c) ->
            sb.append(g.substring(0, Math.min(8, g.length())))
                .append(' ')
                .append(c[0])
                .append('/')
                .append(c[1])
                .append('/')
                .append(c[2])
                .append("  "));
    System.out.println(sb);
  }
}
