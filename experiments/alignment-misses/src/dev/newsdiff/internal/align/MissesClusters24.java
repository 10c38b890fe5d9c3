package dev.newsdiff.internal.align;

import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.align.Aligner.PairCase;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Member;
import java.nio.file.Path;
import java.util.*;

/** Round 24: per trainable real cluster, the shipped model: missed and extra sentence pairs, classed. args: [verbose set names] */
public class MissesClusters24 {
  public static void main(String[] args) throws Exception {
    Set<String> verbose = Set.of(args);
    List<SampleData> data = new ArrayList<>();
    for (String s : Clusters24.TRAINABLE) data.add(Clusters24.cluster(s));
    Map<String, Integer> total = new TreeMap<>();
    for (SampleData held : data) {
      List<SampleData> others = data.stream().filter(d -> d != held).toList();
      PairModel fold = PairModel.shipped();
      Map<String, double[]> best = new HashMap<>(); // pair -> {maxScore, maxProb}
      for (PairCase c : held.cases()) {
        String k = pair(c.articleA() + ":" + c.sentenceA(), c.articleB() + ":" + c.sentenceB());
        double[] f = PairFeatures.NAMES.stream().mapToDouble(n -> c.features().get(n)).toArray();
        double p = fold.probability(f);
        double[] b = best.computeIfAbsent(k, x -> new double[2]);
        b[0] = Math.max(b[0], c.features().get("score"));
        b[1] = Math.max(b[1], p);
      }
      Alignment al = PairModelTrainingTest.rules().withDecision(fold).align(held.articles());
      List<Article> arts = held.articles();
      Map<String, String> keyOfId = new HashMap<>();
      for (int a = 0; a < arts.size(); a++)
        for (int s = 0; s < arts.get(a).sentences().size(); s++)
          keyOfId.put(arts.get(a).id() + "|" + arts.get(a).sentences().get(s).id(), a + ":" + s);
      Set<String> got = new TreeSet<>();
      Set<String> alignedSent = new HashSet<>();
      for (Alignment.Group g : al.groups()) {
        List<String> ms = new ArrayList<>();
        for (Member m : g.members()) ms.add(keyOfId.get(m.article() + "|" + m.sentence()));
        alignedSent.addAll(ms);
        for (String a : ms) for (String b : ms) if (!art(a).equals(art(b))) got.add(pair(a, b));
      }
      Map<String, Integer> cls = new TreeMap<>();
      StringBuilder out = new StringBuilder();
      for (String p : held.pairs()) {
        if (got.contains(p)) continue;
        String c;
        if (p.contains("?")) c = "miss.unread";
        else {
          double[] b = best.getOrDefault(p, new double[2]);
          String[] ab = p.split(" ");
          boolean both = alignedSent.contains(ab[0]) && alignedSent.contains(ab[1]);
          c = "miss." + (b[0] < 0.1 ? "s<0.1" : b[1] >= fold.threshold() ? "p>=t" : b[1] >= 0.2 ? "p0.2-t" : "p<0.2")
              + (both ? ".bothAligned" : "");
          out.append(String.format(Locale.ROOT, "  %-24s s=%.2f p=%.2f %s%n", c, b[0], b[1], text(arts, p)));
        }
        cls.merge(c, 1, Integer::sum);
      }
      for (String p : got) {
        if (held.pairs().contains(p)) continue;
        double[] b = best.getOrDefault(p, new double[2]);
        String c = "extra." + (b[1] >= fold.threshold() ? "direct" : "transitive");
        cls.merge(c, 1, Integer::sum);
        out.append(String.format(Locale.ROOT, "  %-24s s=%.2f p=%.2f %s%n", c, b[0], b[1], text(arts, p)));
      }
      cls.forEach((k, v) -> total.merge(k, v, Integer::sum));
      System.out.println(held.name() + " " + cls);
      if (verbose.contains(held.name()) || verbose.contains("all")) System.out.print(out);
    }
    System.out.println("TOTAL " + total);
  }
  static String art(String k) { return k.substring(0, k.indexOf(':')); }
  static String text(List<Article> arts, String p) {
    StringBuilder sb = new StringBuilder();
    for (String k : p.split(" ")) {
      String[] x = k.split(":");
      Article a = arts.get(Integer.parseInt(x[0]));
      String t = a.sentences().get(Integer.parseInt(x[1])).text();
      sb.append("\n      ").append(a.id()).append("#").append(x[1]).append(": ").append(t.length() > 220 ? t.substring(0, 220) + "…" : t);
    }
    return sb.toString();
  }
  static String pair(String a, String b) { return a.compareTo(b) < 0 ? a + " " + b : b + " " + a; }
}
