package dev.newsdiff.internal.align;

import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.align.Aligner.PairCase;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import java.nio.file.Path;
import java.util.*;

public class ArticleGate26 {
  public static void main(String[] args) throws Exception {
    List<SampleData> data = new ArrayList<>();
    for (String s : TrainingSets.ALL) data.add(SampleData.read(Path.of("samples", s)));
    for (SampleData held : data) {
      List<SampleData> others = data.stream().filter(d -> d != held).toList();
      PairModel fold = PairModelTrainingTest.train(others);
      Map<String, List<Double>> probs = new TreeMap<>();
      Map<String, Double> maxScore = new TreeMap<>();
      Map<String, Integer> named = new TreeMap<>(); Map<String, Integer> namedNum = new TreeMap<>();
      Set<String> annotated = new HashSet<>();
      for (String p : held.pairs()) { String[] ab = p.split(" "); if (!p.contains("?")) annotated.add(Misses26.art(ab[0]) + "-" + Misses26.art(ab[1])); }
      for (PairCase c : held.cases()) {
        double[] f = PairFeatures.NAMES.stream().mapToDouble(n -> c.features().get(n)).toArray();
        String k = c.articleA() + "-" + c.articleB();
        probs.computeIfAbsent(k, x -> new ArrayList<>()).add(fold.probability(f));
        if (fold.probability(f) >= fold.threshold() && c.features().get("shared.names") > 0) named.merge(k, 1, Integer::sum);
        if (fold.probability(f) >= fold.threshold() && (c.features().get("shared.names") > 0 || c.features().get("shared.numbers") > 0)) namedNum.merge(k, 1, Integer::sum);
        maxScore.merge(k, c.features().get("score"), Math::max);
      }
      StringBuilder sb = new StringBuilder(held.name());
      for (var e : probs.entrySet()) {
        List<Double> ps = new ArrayList<>(e.getValue()); ps.sort(Comparator.reverseOrder());
        long n = ps.stream().filter(p -> p >= fold.threshold()).count();
        sb.append(String.format(Locale.ROOT, "  %s%s[s%.2f p%.2f/%.2f n%d nm%d nn%d]", e.getKey(), annotated.contains(e.getKey()) ? "*" : "", maxScore.get(e.getKey()), ps.get(0), ps.size() > 1 ? ps.get(1) : 0, n, named.getOrDefault(e.getKey(),0), namedNum.getOrDefault(e.getKey(),0)));
      }
      System.out.println(sb);
    }
  }
}
