package dev.newsdiff.internal.align;

import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import dev.newsdiff.internal.learn.LogisticModel;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Member;
import java.nio.file.*;
import java.util.*;

/** Round 24: sentence pairs one set gains or loses with a model TSV against the shipped model. args: folder tsv [threshold] */
public class DiffModels24 {
  public static void main(String[] args) throws Exception {
    SampleData d = SampleData.read(Path.of(args[0]));
    double t = args.length > 2 ? Double.parseDouble(args[2]) : PairModel.THRESHOLD;
    PairModel other = PairModel.of(LogisticModel.parse(Files.readString(Path.of(args[1]))), t);
    Set<String> a = pairs(d, DefaultAligner.of());
    Set<String> b = pairs(d, PairModelTrainingTest.rules().withDecision(other));
    for (String p : b) if (!a.contains(p)) System.out.println("GAINED " + (d.pairs().contains(p) ? "right" : "WRONG") + Misses26.text(d.articles(), p));
    for (String p : a) if (!b.contains(p)) System.out.println("LOST   " + (d.pairs().contains(p) ? "right" : "WRONG") + Misses26.text(d.articles(), p));
  }
  static Set<String> pairs(SampleData d, Aligner al) {
    List<Article> arts = d.articles();
    Map<String, String> keyOfId = new HashMap<>();
    for (int x = 0; x < arts.size(); x++)
      for (int s = 0; s < arts.get(x).sentences().size(); s++)
        keyOfId.put(arts.get(x).id() + "|" + arts.get(x).sentences().get(s).id(), x + ":" + s);
    Set<String> got = new TreeSet<>();
    for (Alignment.Group g : al.align(arts).groups()) {
      List<String> ms = new ArrayList<>();
      for (Member m : g.members()) ms.add(keyOfId.get(m.article() + "|" + m.sentence()));
      for (String x : ms) for (String y : ms) if (!Misses26.art(x).equals(Misses26.art(y))) got.add(Misses26.pair(x, y));
    }
    return got;
  }
}
