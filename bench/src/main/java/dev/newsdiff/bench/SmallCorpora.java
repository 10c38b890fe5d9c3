package dev.newsdiff.bench;

import dev.newsdiff.corpus.Stories;
import dev.newsdiff.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores {@link Stories#group} on small corpora, where document frequencies say least: corpora of 2
 * to 10 real sample sets drawn at random (a fixed seed), no generated article among them, a few to
 * forty articles each, each set alone (one story, or one per article for an {@code unrelated-*}
 * set), and the articles of all the sets together. Prints same-story pair precision and recall
 * summed over the random corpora, per set, and on all the sets. {@code java -cp
 * bench/target/benchmarks.jar dev.newsdiff.bench.SmallCorpora [SAMPLES] [CORPORA]} (defaults:
 * samples 150).
 */
final class SmallCorpora {

  private SmallCorpora() {}

  public static void main(String[] args) {
    Path samples = Path.of(args.length > 0 ? args[0] : "samples");
    int corpora = args.length > 1 ? Integer.parseInt(args[1]) : 150;
    MixedCorpus all = MixedCorpus.of(samples, 0, 1);
    List<String> sets = new ArrayList<>(all.sets().keySet());
    Random random = new Random(42);
    long found = 0;
    long truePairs = 0;
    long correct = 0;
    Map<String, long[]> perSet = new TreeMap<>();
    for (int c = 0; c < corpora; c++) {
      List<String> drawn = new ArrayList<>(sets);
      Collections.shuffle(drawn, random);
      drawn = drawn.subList(0, 2 + random.nextInt(9));
      Set<String> ids = new HashSet<>();
      drawn.forEach(s -> ids.addAll(all.sets().get(s)));
      List<Article> articles = all.articles().stream().filter(a -> ids.contains(a.id())).toList();
      List<List<String>> stories = GroupingEval.ids(Stories.group(articles));
      PairFigures f = PairFigures.of(all.truth(), stories, ids);
      found += f.found();
      truePairs += f.truePairs();
      correct += f.correct();
      for (String s : drawn) {
        PairFigures g = PairFigures.of(all.truth(), stories, Set.copyOf(all.sets().get(s)));
        long[] sum = perSet.computeIfAbsent(s, k -> new long[3]);
        sum[0] += g.found();
        sum[1] += g.truePairs();
        sum[2] += g.correct();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d corpora of 2-10 sample sets: %s%n",
        corpora,
        new PairFigures(found, truePairs, correct));
    perSet.forEach(
        (set, sum) ->
            System.out.printf(
                Locale.ROOT, "  %-40s %s%n", set, new PairFigures(sum[0], sum[1], sum[2])));
    List<String> split = new ArrayList<>();
    for (String set : sets) {
      Set<String> ids = Set.copyOf(all.sets().get(set));
      List<Article> alone = all.articles().stream().filter(a -> ids.contains(a.id())).toList();
      List<List<String>> stories = GroupingEval.ids(Stories.group(alone));
      long expected = set.startsWith("unrelated-") ? ids.size() : 1;
      if (stories.size() != expected) {
        split.add(set + " " + stories);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "each set alone: %d of %d as expected%s%n",
        sets.size() - split.size(),
        sets.size(),
        split.isEmpty() ? "" : "; not: " + split);
    List<List<String>> together = GroupingEval.ids(Stories.group(all.articles()));
    System.out.printf(
        Locale.ROOT,
        "all %d sets, %d articles: %s, %d stories%n",
        sets.size(),
        all.articles().size(),
        PairFigures.of(all.truth(), together),
        together.size());
  }
}
