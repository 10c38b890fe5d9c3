import dev.newsdiff.CompareOptions;
import dev.newsdiff.eval.*;
import java.nio.file.*;
import java.util.*;

/** Dev + written sets only (the 4 held-out sets are skipped). Prints pairs F1, excl P, conflicts. */
public class Sweep21 {
  static final Set<String> HELD = Set.of("malawi-cyclone-freddy-toll-2023","liberia-weah-concedes-2023",
      "kiptum-chicago-marathon-record-2023","tesla-autopilot-recall-2023");
  public static void main(String[] args) throws Exception {
    CompareOptions o = CompareOptions.defaults();
    boolean misses = Boolean.getBoolean("misses");
    String only = System.getProperty("only");
    double sum = 0; int n = 0;
    for (Path p : SampleSet.under(Path.of("samples"))) {
      String name = p.getFileName().toString();
      if (HELD.contains(name)) continue;
      if (only != null && !name.startsWith(only)) continue;
      SampleSet s = SampleSet.read(p);
      AlignmentEvaluation e = s.evaluateAlignment(o);
      FactsEvaluation f = s.hasFactsTruth() ? s.evaluateFacts(o) : null;
      if (misses) System.out.print(e.describe());
      System.out.printf(Locale.ROOT, "%-38s F1 %.3f P %.3f R %.3f | exP %.3f exR %.3f | conf %s%n", name,
          e.pairs().f1(), e.pairs().precision(), e.pairs().recall(), e.exclusives().precision(), e.exclusives().recall(),
          f == null ? "-" : f.conflicts().toString());
      if (!name.startsWith("unrel")) { sum += e.pairs().f1(); n++; }
    }
    System.out.printf(Locale.ROOT, "MEAN %.4f over %d%n", sum / n, n);
  }
}
