package dev.newsdiff.internal.align;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.eval.*;
import java.nio.file.*;
import java.util.*;

/** args: samples dir; env-like system props: th, link, nb, mpa, ow */
public class Sweep {
  public static void main(String[] args) throws Exception {
    CompareOptions o = CompareOptions.defaults()
      .withThreshold(Double.parseDouble(System.getProperty("th","0.3")))
      .withLinkage(Double.parseDouble(System.getProperty("link","0.25")))
      .withNearBest(Double.parseDouble(System.getProperty("nb","0.6")))
      .withMaxPerArticle(Integer.parseInt(System.getProperty("mpa","3")))
      .withOrderWeight(Double.parseDouble(System.getProperty("ow","0.1")));
    String lc = System.getProperty("logit"); if (lc!=null) o = o.withSimilarity(new LogitSim(Arrays.stream(lc.split(",")).mapToDouble(Double::parseDouble).toArray()));
    boolean all = Boolean.getBoolean("all");
    Set<String> held = Set.of("spacex-crew1-launch-2020","unrelated-real-stories","us-measles-count-121-2015","xinmo-landslide-2017","zimbabwe-bay-horse-mine-collapse-2023");
    double sumDev=0; int nDev=0;
    StringBuilder line = new StringBuilder();
    for (Path p : SampleSet.under(Path.of(args[0]))) {
      String name = p.getFileName().toString();
      if (!all && held.contains(name)) continue;
      AlignmentEvaluation e = SampleSet.read(p).evaluateAlignment(o);
      if (Boolean.getBoolean("misses")) System.out.print(e.describe());
      System.out.printf(Locale.ROOT, "%-40s pairs %s | excl %s%n", name, e.pairs(), e.exclusives()); if(!name.startsWith("unrel")){sumDev+=2*e.pairs().precision()*e.pairs().recall()/Math.max(1e-9,e.pairs().precision()+e.pairs().recall());nDev++;}
    }
  System.out.printf(Locale.ROOT,"MEAN %.3f over %d%n", sumDev/nDev, nDev);
  }
}
