package dev.newsdiff.internal.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.eval.SampleSet;
import dev.newsdiff.internal.text.Stems;
import dev.newsdiff.model.*;
import java.nio.file.*;
import java.util.*;

public class Excl {
  public static void main(String[] args) throws Exception {
    for (String dir : args) {
      SampleSet set = SampleSet.read(Path.of(dir));
      List<Article> arts = set.articles().values().stream().sorted(Comparator.comparing(Article::id)).toList();
      Comparison c = NewsDiff.compare(arts, CompareOptions.defaults());
      JsonNode root = new ObjectMapper().readTree(Path.of(dir, "alignment.json").toFile());
      Set<String> truth = new HashSet<>();
      root.path("exclusives").forEach(n -> truth.add(n.path("article").asText()+"|"+n.path("text").asText()));
      Stems stems = new Stems();
      // term sets per body sentence
      Map<String, Map<String,Double>> termsOf = new HashMap<>();
      Map<String,Integer> df = new HashMap<>(); int N=0;
      for (Article a : arts) for (Sentence s : a.sentences()) if (s.role()==Role.BODY) {
        Map<String,Double> m = new HashMap<>();
        for (Terms.Term t : Terms.of(s.text(),0,s.text().length(),stems)) m.merge(t.key(), LexicalSimilarity.weight(t.kind()), Math::max);
        termsOf.put(s.id(), m); m.keySet().forEach(k->df.merge(k,1,Integer::sum)); N++;
      }
      for (Exclusive e : c.exclusives()) {
        Sentence s = c.sentence(e);
        String key = e.article()+"|"+s.text();
        Map<String,Double> mine = termsOf.get(s.id());
        double total=0; for (var t: mine.entrySet()) total += t.getValue()*Math.log(1.0+(double)N/df.get(t.getKey()));
        double bestArt=0, bestWin=0;
        for (Article o : arts) { if (o.id().equals(e.article())) continue;
          List<Sentence> body = o.sentences().stream().filter(x->x.role()==Role.BODY).toList();
          Set<String> all = new HashSet<>(); body.forEach(x->all.addAll(termsOf.get(x.id()).keySet()));
          bestArt = Math.max(bestArt, frac(mine, all, N, df, total));
          for (int i=0;i<body.size();i++){ Set<String> w=new HashSet<>(termsOf.get(body.get(i).id()).keySet()); if(i+1<body.size()) w.addAll(termsOf.get(body.get(i+1).id()).keySet());
            bestWin=Math.max(bestWin, frac(mine,w,N,df,total)); }
        }
        System.out.printf(Locale.ROOT,"%s %s %.3f %.3f %d%n", Path.of(dir).getFileName(), truth.contains(key)?"T":"F", bestArt, bestWin, truth.size());
      }
    }
  }
  static double frac(Map<String,Double> mine, Set<String> other, int N, Map<String,Integer> df, double total){
    double in=0; for (var t: mine.entrySet()) if (other.contains(t.getKey())) in += t.getValue()*Math.log(1.0+(double)N/df.get(t.getKey()));
    return total==0?0:in/total;
  }
}
