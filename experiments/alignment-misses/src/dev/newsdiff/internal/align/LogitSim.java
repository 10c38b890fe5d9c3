package dev.newsdiff.internal.align;

import dev.newsdiff.internal.text.Stems;
import dev.newsdiff.similarity.SimilarityModel;
import java.util.*;

public class LogitSim implements SimilarityModel {
  final double[] c; // b, dice, cont, num, fig, name, word, lnshared
  public LogitSim(double... c) { this.c = c; }
  @Override public Scorer prepare(List<String> texts) {
    Scorer base = new LexicalSimilarity().prepare(texts);
    Stems stems = new Stems();
    List<Map<String,Terms.Kind>> ts = new ArrayList<>(); Map<String,Integer> df = new HashMap<>();
    for (String t : texts) { Map<String,Terms.Kind> m = new HashMap<>();
      for (Terms.Term x : Terms.of(t,0,t.length(),stems)) m.merge(x.key(), x.kind(), (a,b)->a.ordinal()>=b.ordinal()?a:b);
      ts.add(m); m.keySet().forEach(k->df.merge(k,1,Integer::sum)); }
    int n = texts.size();
    return new Scorer() {
      public double score(int i, int j) {
        double[] w = new double[5]; double ta=0,tb=0,inter=0; int shared=0;
        for (var e: ts.get(i).entrySet()) { double idf=Math.log(1.0+(double)n/df.get(e.getKey())); ta+=idf*LexicalSimilarity.weight(e.getValue());
          Terms.Kind kb = ts.get(j).get(e.getKey()); if (kb!=null){ shared++; Terms.Kind kk = e.getValue().ordinal()>=kb.ordinal()?e.getValue():kb; w[kk.ordinal()]+=idf; inter+=idf*LexicalSimilarity.weight(kk);} }
        for (var e: ts.get(j).entrySet()) { double idf=Math.log(1.0+(double)n/df.get(e.getKey())); tb+=idf*LexicalSimilarity.weight(e.getValue()); }
        if (shared==0) return 0;
        double dice=2*inter/(ta+tb), cont=inter/Math.min(ta,tb);
        double z = c[0]+c[1]*dice+c[2]*cont+c[3]*w[Terms.Kind.NUMBER.ordinal()]+c[4]*w[Terms.Kind.FIGURE.ordinal()]+c[5]*w[Terms.Kind.NAME.ordinal()]+c[6]*w[Terms.Kind.WORD.ordinal()]+c[7]*Math.log(shared);
        double pr = 1/(1+Math.exp(-z)); double lex = base.score(i,j); double al = Double.parseDouble(System.getProperty("alpha","0")); String mode=System.getProperty("mode","blend"); return mode.equals("max")? Math.max(lex, al*pr) : al*lex+(1-al)*pr;
      }
      public int[] candidates(int a, int size) { return base.candidates(a,size); }
      public int[] candidates(int a, int from, int to) { return base.candidates(a,from,to); }
    };
  }
}
