package dev.newsdiff.internal.align;

import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.*;

public class StoryNameCounts {
  static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
  static Set<String> lower(Article a) {
    Set<String> out = new HashSet<>();
    for (Sentence s : a.sentences()) if (s.role() == Role.BODY) {
      Matcher m = WORD.matcher(s.text());
      while (m.find()) if (Character.isLowerCase(m.group().charAt(0))) out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
  static Set<String> names(Article a) {
    Set<String> out = new TreeSet<>();
    for (Sentence s : a.sentences()) if (s.role() == Role.BODY) {
      Matcher m = WORD.matcher(s.text());
      boolean first = true;
      while (m.find()) {
        String w = m.group();
        if (!first && Character.isUpperCase(w.charAt(0)) && w.length() > 1) out.add(w.toLowerCase(Locale.ROOT));
        first = false;
      }
    }
    return out;
  }
  public static void main(String[] args) throws Exception {
    for (String set : TrainingSets.ALL) {
      SampleData d = SampleData.read(Path.of("samples", set));
      Set<String> ann = new HashSet<>();
      for (String p : d.pairs()) if (!p.contains("?")) { String[] ab = p.split(" "); ann.add(Misses26.art(ab[0]) + "-" + Misses26.art(ab[1])); }
      List<Article> as = d.articles();
      StringBuilder sb = new StringBuilder(set);
      for (int i = 0; i < as.size(); i++) for (int j = i + 1; j < as.size(); j++) {
        Set<String> low = new HashSet<>(lower(as.get(i))); low.addAll(lower(as.get(j)));
        Set<String> shared = new TreeSet<>(names(as.get(i))); shared.retainAll(names(as.get(j))); shared.removeAll(low);
        sb.append(String.format("%n    %d-%d%s %d %s", i, j, ann.contains(i + "-" + j) ? "*" : "", shared.size(), shared.size() < 4 ? shared : ""));
      }
      System.out.println(sb);
    }
  }
}
