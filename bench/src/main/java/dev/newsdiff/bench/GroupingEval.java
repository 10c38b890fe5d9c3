package dev.newsdiff.bench;

import dev.newsdiff.corpus.Stories;
import dev.newsdiff.model.Article;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Scores {@link Stories#group} by same-story pairs on the mixed corpus ({@link MixedCorpus}):
 * overall, on the generated articles alone, on the pairs that involve a real article, and per real
 * set (into how many stories it fell, how many foreign articles joined it), and the same-story
 * threshold tuned leave-one-set-out. {@code java -cp bench/target/benchmarks.jar
 * dev.newsdiff.bench.GroupingEval [SAMPLES|-] [STORIES] [OUTLETS]} (defaults: samples 600 5; {@code
 * -}: the generated articles alone).
 */
final class GroupingEval {

  private GroupingEval() {}

  public static void main(String[] args) {
    String samplesArg = args.length > 0 ? args[0] : "samples";
    @Nullable Path samples = samplesArg.equals("-") ? null : Path.of(samplesArg);
    int stories = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    int outlets = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    long start = System.nanoTime();
    MixedCorpus corpus = MixedCorpus.of(samples, stories, outlets);
    long read = System.nanoTime();
    List<List<String>> found = ids(Stories.group(corpus.articles(), corpus.published()));
    long grouped = System.nanoTime();
    System.out.printf(
        Locale.ROOT,
        "%d articles (%d generated stories of %d outlets, %d real sets); read %.1f s, grouped %.1f s%n",
        corpus.articles().size(),
        stories,
        outlets,
        corpus.sets().size(),
        (read - start) / 1e9,
        (grouped - read) / 1e9);
    System.out.println(report(corpus, found));
    List<List<String>> untimed = ids(Stories.group(corpus.articles()));
    System.out.println("without publication times: " + PairFigures.of(corpus.truth(), untimed));
    if (!corpus.sets().isEmpty()) {
      System.out.print(ThresholdTuning.report(corpus));
    }
  }

  static List<List<String>> ids(List<List<Article>> stories) {
    return stories.stream().map(s -> s.stream().map(Article::id).toList()).toList();
  }

  /** The figures of {@code found}, one line each. */
  static String report(MixedCorpus corpus, List<List<String>> found) {
    Set<String> real = new HashSet<>();
    corpus.sets().values().forEach(real::addAll);
    StringBuilder out = new StringBuilder();
    out.append("all pairs: ").append(PairFigures.of(corpus.truth(), found)).append('\n');
    out.append("generated only: ")
        .append(PairFigures.of(corpus.truth(), found, id -> !real.contains(id)))
        .append('\n');
    out.append("pairs with a real article: ")
        .append(PairFigures.of(corpus.truth(), found, real))
        .append('\n');
    for (Map.Entry<String, List<String>> set : corpus.sets().entrySet()) {
      Set<String> members = new HashSet<>(set.getValue());
      List<List<String>> touched =
          found.stream().filter(s -> s.stream().anyMatch(members::contains)).toList();
      long foreign =
          touched.stream().flatMap(List::stream).filter(id -> !members.contains(id)).count();
      out.append(
          String.format(
              Locale.ROOT,
              "  %-40s %d articles in %d stories, %d foreign articles with them%s%n",
              set.getKey(),
              members.size(),
              touched.size(),
              foreign,
              touched.size() > 1 || foreign > 0 ? " " + touched : ""));
    }
    return out.toString();
  }
}
