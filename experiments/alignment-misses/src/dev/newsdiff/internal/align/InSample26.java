package dev.newsdiff.internal.align;

import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import java.nio.file.Path;
import java.util.*;

/** Trains on a list (dev|all) and prints every set's F1 in sample. */
public class InSample26 {
  public static void main(String[] args) throws Exception {
    List<String> train = args[0].equals("dev") ? TrainingSets.DEVELOPMENT_AND_WRITTEN : TrainingSets.ALL;
    List<SampleData> data = new ArrayList<>();
    for (String s : TrainingSets.ALL) data.add(SampleData.read(Path.of("samples", s)));
    PairModel m = Loso26.train(data.stream().filter(d -> train.contains(d.name())).toList());
    double sum = 0;
    for (SampleData d : data) {
      var f = d.evaluate(PairModelTrainingTest.rules().withDecision(m));
      sum += f.f1();
      System.out.printf(Locale.ROOT, "%-40s %.3f %.3f%n", d.name(), f.f1(), f.exclusivePrecision());
    }
    System.out.printf(Locale.ROOT, "t %.1f mean %.3f%n", m.threshold(), sum / data.size());
  }
}
