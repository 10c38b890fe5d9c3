package dev.newsdiff.internal.align;

import dev.newsdiff.internal.align.Aligner.PairCase;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Member;
import java.nio.file.Path;
import java.util.*;

/**
 * Round 26: the false exclusives of the shipped aligner on the named folders (a real cluster or a
 * sample set with alignment.json): each with its best annotated partner, the pair's hand score and
 * model probability, and a class by where the pair is lost. args: folder...
 */
public class FalseExclusives26 {
  public static void main(String[] args) throws Exception {
    Map<String, Integer> total = new TreeMap<>();
    PairModel model = PairModel.shipped();
    for (String folder : args) {
      SampleData d = SampleData.read(Path.of(folder));
      List<Article> arts = d.articles();
      Map<String, double[]> best = new HashMap<>();
      for (PairCase c : d.cases()) {
        String k = pair(c.articleA() + ":" + c.sentenceA(), c.articleB() + ":" + c.sentenceB());
        double[] f = PairFeatures.NAMES.stream().mapToDouble(n -> c.features().get(n)).toArray();
        double[] b = best.computeIfAbsent(k, x -> new double[2]);
        b[0] = Math.max(b[0], c.features().get("score"));
        b[1] = Math.max(b[1], model.probability(f));
      }
      Alignment al = DefaultAligner.of().align(arts);
      Map<String, String> keyOfId = new HashMap<>();
      for (int a = 0; a < arts.size(); a++)
        for (int s = 0; s < arts.get(a).sentences().size(); s++)
          keyOfId.put(arts.get(a).id() + "|" + arts.get(a).sentences().get(s).id(), a + ":" + s);
      Set<String> aligned = new HashSet<>();
      for (Alignment.Group g : al.groups())
        for (Member m : g.members()) aligned.add(keyOfId.get(m.article() + "|" + m.sentence()));
      Map<String, Integer> cls = new TreeMap<>();
      for (Exclusive e : al.exclusives()) {
        String x = keyOfId.get(e.article() + "|" + e.sentence());
        if (d.exclusives().contains(x)) continue;
        List<String> partners = new ArrayList<>();
        for (String p : d.pairs()) {
          String[] ab = p.split(" ");
          if (ab[0].equals(x)) partners.add(ab[1]);
          if (ab[1].equals(x)) partners.add(ab[0]);
        }
        String c;
        String bestP = null;
        double[] bb = {0, 0};
        for (String p : partners) {
          double[] b = best.getOrDefault(pair(x, p), new double[2]);
          if (bestP == null || b[1] > bb[1] || (b[1] == bb[1] && b[0] > bb[0])) {
            bestP = p;
            bb = b;
          }
        }
        if (partners.isEmpty()) c = "notAnnotated";
        else {
          c = bb[0] < 0.1 ? "s<0.1" : bb[1] >= model.threshold() ? "p>=t(lost)" : bb[1] >= 0.2 ? "p0.2-t" : "p<0.2";
          if (aligned.contains(bestP)) c += ".partnerAlignedElsewhere";
        }
        cls.merge(c, 1, Integer::sum);
        System.out.printf(Locale.ROOT, "%s %-40s s=%.2f p=%.2f partners=%d%n    X %s%n    P %s%n",
            d.name(), c, bb[0], bb[1], partners.size(), text(arts, x), bestP == null ? "-" : text(arts, bestP));
      }
      cls.forEach((k, v) -> total.merge(k, v, Integer::sum));
      System.out.println("SET " + d.name() + " " + cls);
    }
    System.out.println("TOTAL " + total);
  }

  static String text(List<Article> arts, String k) {
    String[] x = k.split(":");
    Article a = arts.get(Integer.parseInt(x[0]));
    String t = a.sentences().get(Integer.parseInt(x[1])).text();
    return a.id() + "#" + x[1] + ": " + (t.length() > 200 ? t.substring(0, 200) + "…" : t);
  }

  static String pair(String a, String b) { return a.compareTo(b) < 0 ? a + " " + b : b + " " + a; }
}
