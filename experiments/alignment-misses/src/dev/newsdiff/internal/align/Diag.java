package dev.newsdiff.internal.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.eval.SampleSet;
import dev.newsdiff.model.*;
import dev.newsdiff.similarity.SimilarityModel;
import java.nio.file.*;
import java.util.*;

public class Diag {
  public static void main(String[] args) throws Exception {
    for (String dir : args) {
      SampleSet set = SampleSet.read(Path.of(dir));
      List<Article> arts = set.articles().values().stream().sorted(Comparator.comparing(Article::id)).toList();
      Comparison c = NewsDiff.compare(arts, CompareOptions.defaults());
      System.out.println("== " + dir + " copies=" + c.copies());
      // sentence key -> index
      Map<String,int[]> sentIdx = new HashMap<>();
      for (int a=0;a<arts.size();a++) for (int s=0;s<arts.get(a).sentences().size();s++)
        sentIdx.put(arts.get(a).id()+"|"+arts.get(a).sentences().get(s).text(), new int[]{a,s});
      Set<String> predicted = new TreeSet<>();
      for (Statement st : c.statements()) for (Member x : st.members()) for (Member y : st.members())
        if (!x.article().equals(y.article())) predicted.add(key(x.article()+"|"+c.sentence(x).text(), y.article()+"|"+c.sentence(y).text()));
      JsonNode root = new ObjectMapper().readTree(Path.of(dir, "alignment.json").toFile());
      Set<String> expected = new TreeSet<>();
      for (JsonNode st : root.path("statements")) {
        List<String> m = new ArrayList<>();
        st.path("members").forEach(n -> m.add(n.path("article").asText()+"|"+n.path("text").asText()));
        for (String x : m) for (String y : m) if (!x.split("\\|")[0].equals(y.split("\\|")[0])) expected.add(key(x,y));
      }
      Map<String,Integer> nStat = new HashMap<>();
      for (JsonNode st : root.path("statements")) { Set<String> seen=new HashSet<>(); st.path("members").forEach(n -> { String kk=n.path("article").asText()+"|"+n.path("text").asText(); if (seen.add(kk)) nStat.merge(kk,1,Integer::sum);}); }
      List<Unit> units = Aligner.units(arts);
      SimilarityModel.Scorer sc = new LexicalSimilarity().prepare(units.stream().map(Unit::text).toList());
      int n = units.size();
      double[][] best = new double[n][arts.size()];
      double[][] S = new double[n][n];
      for (int i=0;i<n;i++) for (int j=i+1;j<n;j++) {
        if (units.get(i).article()==units.get(j).article()) continue;
        double s = sc.score(i,j); double d=Math.abs(units.get(i).position()-units.get(j).position());
        s = s<=0?0:Math.min(1, s*(1-0.1*d));
        S[i][j]=S[j][i]=s;
        best[i][units.get(j).article()] = Math.max(best[i][units.get(j).article()], s);
        best[j][units.get(i).article()] = Math.max(best[j][units.get(i).article()], s);
      }
      Map<String,Integer> cls = new TreeMap<>();
      for (String p : expected) {
        if (predicted.contains(p)) { cls.merge("hit", 1, Integer::sum); continue; }
        String[] xy = p.split("  <=>  ");
        int[] A = sentIdx.get(xy[0]), B = sentIdx.get(xy[1]);
        if (A==null||B==null) { System.out.println("?? "+p); continue;}
        double bs=0; int bi=-1,bj=-1;
        for (int i=0;i<n;i++) if (units.get(i).article()==A[0]&&units.get(i).sentence()==A[1])
          for (int j=0;j<n;j++) if (units.get(j).article()==B[0]&&units.get(j).sentence()==B[1])
            if (S[i][j]>=bs) {bs=S[i][j];bi=i;bj=j;}
        Set<String> ga=new HashSet<>(), gb=new HashSet<>();
        for (Statement st : c.statements()) for (Member x : st.members()) { String kk=x.article()+"|"+c.sentence(x).text(); if (kk.equals(xy[0])) ga.add(st.id()); if (kk.equals(xy[1])) gb.add(st.id()); }
        String gk = ga.isEmpty()&&gb.isEmpty()?"G:neither":ga.isEmpty()||gb.isEmpty()?"G:one":"G:both";
        cls.merge(gk,1,Integer::sum);
        if (gk.equals("G:both")) cls.merge("both:multi"+Math.max(nStat.get(xy[0]),nStat.get(xy[1])),1,Integer::sum);
        String k;
        if (bi<0) k="nounit";
        else if (bs < 0.3) k = bs<0.1?"under<0.1":bs<0.2?"under0.1-0.2":"under0.2-0.3";
        else if (bs < 0.6*best[bi][B[0]] || bs < 0.6*best[bj][A[0]]) k="nearBest";
        else k="group";
        cls.merge(k,1,Integer::sum);
        int la = arts.get(A[0]).sentences().get(A[1]).text().length(), lb=arts.get(B[0]).sentences().get(B[1]).text().length();
        System.out.printf(Locale.ROOT,"MISS %-13s %.2f lr=%.1f  %s%n      <=> %s%n", k, bs, Math.max(la,lb)/(double)Math.min(la,lb), trim(xy[0]), trim(xy[1]));
      }
      int extra=0; for (String p: predicted) if (!expected.contains(p)) {extra++; String[] xy=p.split("  <=>  "); System.out.println("EXTRA "+trim(xy[0])+"\n      <=> "+trim(xy[1]));}
      System.out.println("CLASSES "+cls+" extra="+extra+" expected="+expected.size());
    }
  }
  static String trim(String s){return s.length()>170?s.substring(0,170)+"…":s;}
  static String key(String a,String b){return a.compareTo(b)<0?a+"  <=>  "+b:b+"  <=>  "+a;}
}
