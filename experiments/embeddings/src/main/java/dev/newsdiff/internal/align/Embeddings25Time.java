package dev.newsdiff.internal.align;

import com.sun.management.OperatingSystemMXBean;
import dev.newsdiff.eval.TrainingSets;
import dev.newsdiff.internal.align.PairModelTrainingTest.SampleData;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Round 25: what an embedding costs beside the default comparison. Aligns the 26 open sets with the
 * default (lexical, learned decision), then embeds every clause of them with each model (a fresh
 * cache each round), alternating, {@code rounds} times; prints wall and process CPU (all threads,
 * ONNX Runtime's included) of each.
 *
 * <pre>
 * java ... Embeddings25Time 3
 * </pre>
 */
public final class Embeddings25Time {

  public static void main(String[] args) throws Exception {
    int rounds = Integer.parseInt(args[0]);
    List<SampleData> sets = new ArrayList<>();
    for (String s : TrainingSets.ALL) {
      sets.add(SampleData.read(Path.of("samples", s)));
    }
    List<String> clauses = new ArrayList<>();
    for (SampleData d : sets) {
      Aligner.units(d.articles()).forEach(u -> clauses.add(u.text()));
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int r = 0; r < rounds; r++) {
      long wall = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      for (SampleData d : sets) {
        DefaultAligner.of().align(d.articles());
      }
      report("default alignment of the 26 sets", clauses.size(), wall, cpu, os);
      for (String name : List.of("minilm", "bge")) {
        Embeddings25.Embedder e = new Embeddings25.Embedder(name);
        wall = System.nanoTime();
        cpu = os.getProcessCpuTime();
        e.embed(clauses);
        report(name + " embedding of their clauses", e.cache.size(), wall, cpu, os);
      }
    }
  }

  static void report(String what, int n, long wall, long cpu, OperatingSystemMXBean os) {
    System.out.printf(
        Locale.ROOT,
        "%s (%d clauses): %.2f s wall, %.2f s CPU%n",
        what,
        n,
        (System.nanoTime() - wall) / 1e9,
        (os.getProcessCpuTime() - cpu) / 1e9);
  }

  private Embeddings25Time() {}
}
