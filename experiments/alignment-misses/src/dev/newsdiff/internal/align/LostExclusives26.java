package dev.newsdiff.internal.align;

import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Exclusive;
import dev.newsdiff.model.Member;
import java.nio.file.Path;
import java.util.*;

/** Round 26: annotated exclusives the shipped aligner does not report, with the statement that took them. */
public class LostExclusives26 {
  public static void main(String[] args) throws Exception {
    for (String folder : args) {
      SampleData d = SampleData.read(Path.of(folder));
      List<Article> arts = d.articles();
      Alignment al = DefaultAligner.of().align(arts);
      Map<String, String> keyOfId = new HashMap<>();
      for (int a = 0; a < arts.size(); a++)
        for (int s = 0; s < arts.get(a).sentences().size(); s++)
          keyOfId.put(arts.get(a).id() + "|" + arts.get(a).sentences().get(s).id(), a + ":" + s);
      Set<String> got = new HashSet<>();
      for (Exclusive e : al.exclusives()) got.add(keyOfId.get(e.article() + "|" + e.sentence()));
      for (String x : d.exclusives()) {
        if (got.contains(x)) continue;
        System.out.println(d.name() + " LOST " + FalseExclusives26.text(arts, x));
        for (Alignment.Group g : al.groups()) {
          List<String> ks = g.members().stream().map(m -> keyOfId.get(m.article() + "|" + m.sentence())).toList();
          if (ks.contains(x)) for (String k : ks) if (!k.equals(x)) System.out.println("      with " + FalseExclusives26.text(arts, k));
        }
      }
    }
  }
}
