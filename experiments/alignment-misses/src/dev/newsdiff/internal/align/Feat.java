package dev.newsdiff.internal.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdiff.eval.SampleSet;
import dev.newsdiff.internal.text.Stems;
import dev.newsdiff.model.*;
import java.io.PrintWriter;
import java.nio.file.*;
import java.util.*;

/** Dumps features of every cross-outlet clause pair: set,sa,sb,label,features... */
public class Feat {
  public static void main(String[] args) throws Exception {
    PrintWriter out = new PrintWriter(args[0]);
    out.println("set,pair,label,score,dice,cont,num,fig,name,word,attr,nshared,pmin,pdiff,lead,lr,qa,ncl");
    for (int k=1;k<args.length;k++) {
      String dir = args[k];
      String setName = Path.of(dir).getFileName().toString();
      SampleSet set = SampleSet.read(Path.of(dir));
      List<Article> arts = set.articles().values().stream().sorted(Comparator.comparing(Article::id)).toList();
      JsonNode root = new ObjectMapper().readTree(Path.of(dir, "alignment.json").toFile());
      Set<String> expected = new HashSet<>();
      for (JsonNode st : root.path("statements")) {
        List<String> m = new ArrayList<>();
        st.path("members").forEach(n -> m.add(n.path("article").asText()+"|"+n.path("text").asText()));
        for (String x : m) for (String y : m) if (!x.split("\\|")[0].equals(y.split("\\|")[0])) expected.add(x+"<=>"+y);
      }
      List<Unit> units = Aligner.units(arts);
      Stems stems = new Stems();
      int n = units.size();
      List<Map<String,Terms.Kind>> ts = new ArrayList<>();
      Map<String,Integer> df = new HashMap<>();
      for (Unit u : units) { Map<String,Terms.Kind> m = new HashMap<>();
        for (Terms.Term t : Terms.of(u.text(),0,u.text().length(),stems)) m.merge(t.key(), t.kind(), (a,b)->a.ordinal()>=b.ordinal()?a:b);
        ts.add(m); m.keySet().forEach(x->df.merge(x,1,Integer::sum)); }
      var scorer = new LexicalSimilarity().prepare(units.stream().map(Unit::text).toList());
      int[] nclauses = new int[n];
      for (int i=0;i<n;i++){ int c=0; for (Unit v: units) if (v.article()==units.get(i).article()&&v.sentence()==units.get(i).sentence()) c++; nclauses[i]=c; }
      for (int i=0;i<n;i++) for (int j=i+1;j<n;j++) {
        Unit a=units.get(i), b=units.get(j); if (a.article()==b.article()) continue;
        String sa = arts.get(a.article()).id()+"|"+arts.get(a.article()).sentences().get(a.sentence()).text();
        String sb = arts.get(b.article()).id()+"|"+arts.get(b.article()).sentences().get(b.sentence()).text();
        int label = expected.contains(sa+"<=>"+sb)?1:0;
        double[] w = new double[5]; double ta=0,tb=0; int shared=0; double inter=0;
        for (var e: ts.get(i).entrySet()) { double idf=Math.log(1.0+(double)n/df.get(e.getKey())); ta+=idf*LexicalSimilarity.weight(e.getValue());
          Terms.Kind kb = ts.get(j).get(e.getKey()); if (kb!=null){ shared++; Terms.Kind kk = e.getValue().ordinal()>=kb.ordinal()?e.getValue():kb; w[kk.ordinal()]+=idf; inter+=idf*LexicalSimilarity.weight(kk);} }
        for (var e: ts.get(j).entrySet()) { double idf=Math.log(1.0+(double)n/df.get(e.getKey())); tb+=idf*LexicalSimilarity.weight(e.getValue()); }
        if (shared==0) continue; // never candidates
        double dice = 2*inter/(ta+tb), cont = inter/Math.min(ta,tb);
        double d=Math.abs(a.position()-b.position());
        double s = Math.min(1, scorer.score(i,j)*(1-0.1*d));
        int lead = (a.order()==0?1:0)+(b.order()==0?1:0);
        double lr = Math.log(Math.max(ta,tb)/Math.max(1e-9,Math.min(ta,tb)));
        out.printf(Locale.ROOT,"%s,%d_%d_%d_%d,%d,%.4f,%.4f,%.4f,%.3f,%.3f,%.3f,%.3f,%.3f,%d,%.3f,%.3f,%d,%.3f,%d,%d%n", setName, a.article(),a.sentence(),b.article(),b.sentence(), label, s, dice, cont,
          w[Terms.Kind.NUMBER.ordinal()], w[Terms.Kind.FIGURE.ordinal()], w[Terms.Kind.NAME.ordinal()], w[Terms.Kind.WORD.ordinal()], w[Terms.Kind.ATTRIBUTION.ordinal()], shared,
          Math.min(a.position(),b.position()), d, lead, lr, (a.quoted()?1:0)+(b.quoted()?1:0), Math.max(nclauses[i],nclauses[j]));
      }
      // also count total expected for recall
      System.out.println(setName+" expected="+expected.size()/2);
    }
    out.close();
  }
}
