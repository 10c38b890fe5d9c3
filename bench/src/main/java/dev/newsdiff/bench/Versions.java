package dev.newsdiff.bench;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark data, generated rather than committed: N versions of one story made by rewriting the
 * three sample articles the way outlets do (drop and reorder paragraphs, swap words for synonyms,
 * change numbers now and then). Seeded, so every run sees the same versions.
 */
public final class Versions {

  private static final String[][] SWAPS = {
    {"said", "stated"},
    {"Ministry", "ministry"},
    {"officials", "sources"},
    {"Defense", "Defence"},
    {"planning", "preparing"},
    {"visits", "trips"},
    {"stability", "security"},
    {"talks", "meeting"},
    {"strengthen", "boost"},
    {"cooperation", "partnership"},
    {"also", "additionally"},
    {"Thursday", "this week"}
  };

  private Versions() {}

  /** The three samples as texts. */
  public static List<String> samples(Path samples) {
    List<String> out = new ArrayList<>();
    for (String name : new String[] {"anadolu-agency.txt", "daily-sabah.txt", "trt-world.txt"}) {
      try {
        out.add(Files.readString(samples.resolve(name), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** {@code n} versions of the story: the samples first, then rewrites of them. */
  public static List<String> of(int n, List<String> samples) {
    Random random = new Random(20261121L);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String base = samples.get(i % samples.size());
      out.add(i < samples.size() ? base : rewrite(base, random));
    }
    return out;
  }

  public static List<Article> articles(int n, List<String> samples) {
    List<Article> out = new ArrayList<>();
    List<String> texts = of(n, samples);
    for (int i = 0; i < texts.size(); i++) {
      out.add(NewsDiff.parse(String.format("outlet-%02d", i), texts.get(i)));
    }
    return out;
  }

  private static String rewrite(String text, Random random) {
    List<String> paragraphs = new ArrayList<>(List.of(text.split("\n")));
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      if (random.nextInt(6) == 0 && out.size() > 2) {
        continue; // dropped
      }
      String q = p;
      for (String[] swap : SWAPS) {
        if (random.nextInt(3) == 0) {
          q = q.replace(swap[0], swap[1]);
        }
      }
      if (random.nextInt(10) == 0) {
        q = q.replaceFirst("\\b(\\d+)\\b", String.valueOf(random.nextInt(900) + 10));
      }
      out.add(q);
    }
    // Move one paragraph elsewhere, as a rewrite does.
    if (out.size() > 4) {
      String moved = out.remove(2 + random.nextInt(out.size() - 3));
      out.add(1 + random.nextInt(out.size() - 1), moved);
    }
    return String.join("\n", out) + "\n";
  }

  /**
   * Writes {@code n} versions to {@code folder} for timing the command line: {@code Versions N
   * FOLDER [SAMPLES]}.
   */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    Path folder = Path.of(args[1]);
    Path samples = Path.of(args.length > 2 ? args[2] : "samples/turkiye-defence-briefing");
    Files.createDirectories(folder);
    List<String> texts = of(n, samples(samples));
    for (int i = 0; i < n; i++) {
      Files.writeString(
          folder.resolve(String.format("outlet-%02d.txt", i)),
          texts.get(i),
          StandardCharsets.UTF_8);
    }
    System.out.println("wrote " + n + " versions to " + folder);
  }
}
