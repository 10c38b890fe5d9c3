package dev.newsdiff.corpus;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Derivation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A corpus compared story by story, summed up per outlet: articles, stories covered, exclusives,
 * conflicts it is part of, and how often it follows another outlet or is followed. Stories are
 * compared in parallel; the result does not depend on the order of work. Immutable.
 *
 * @param outlets per outlet id, in id order
 * @param stories how many stories the articles fell into
 * @param compared how many of them had two or more articles and were compared
 */
public record CorpusSummary(List<OutletSummary> outlets, int articles, int stories, int compared) {

  /** One outlet's part in the corpus. */
  public record OutletSummary(
      String outlet, int articles, int stories, int exclusives, int conflicts, int follows, int followedBy) {}

  public CorpusSummary {
    outlets = ImmutableList.copyOf(outlets);
  }

  /**
   * Groups {@code articles} into stories and compares each.
   *
   * @param outletOf the outlet of each article id
   * @param progress told the number of stories done so far, from the worker threads
   */
  public static CorpusSummary of(List<Article> articles, Map<String, String> outletOf, IntConsumer progress) {
    return of(articles, outletOf, progress, total -> { });
  }

  /** As {@link #of(List, Map, IntConsumer)}, first telling {@code total} how many stories will be compared. */
  public static CorpusSummary of(List<Article> articles, Map<String, String> outletOf, IntConsumer progress, IntConsumer total) {
    List<List<Article>> stories = Stories.group(articles);
    List<List<Article>> toCompare = stories.stream().filter(s -> s.size() >= 2).toList();
    total.accept(toCompare.size());
    AtomicInteger done = new AtomicInteger();
    Map<String, int[]> per = new TreeMap<>(); // articles, stories, exclusives, conflicts, follows, followedBy
    for (Article a : articles) {
      per.computeIfAbsent(outletOf.get(a.id()), k -> new int[6])[0]++;
    }
    for (List<Article> story : stories) {
      story.stream().map(a -> outletOf.get(a.id())).distinct().forEach(o -> per.get(o)[1]++);
    }
    // Each comparison is folded into the counts as it finishes and then dropped: a corpus of
    // thousands of stories never holds more than the few comparisons under way.
    toCompare.parallelStream().forEach(story -> {
      Comparison c = Comparison.of(story, CompareOptions.defaults());
      Map<String, int[]> counts = new TreeMap<>();
      c.exclusives().forEach(e -> counts.computeIfAbsent(outletOf.get(e.article()), k -> new int[6])[2]++);
      for (Conflict x : c.conflicts()) {
        if (!x.approximation()) {
          x.members().stream().map(m -> outletOf.get(m.article())).distinct()
              .forEach(o -> counts.computeIfAbsent(o, k -> new int[6])[3]++);
        }
      }
      for (Derivation d : c.derivation()) {
        if (d.likelySource()) {
          counts.computeIfAbsent(outletOf.get(d.to()), k -> new int[6])[4]++;
          counts.computeIfAbsent(outletOf.get(d.from()), k -> new int[6])[5]++;
        }
      }
      synchronized (per) {
        counts.forEach((o, v) -> {
          int[] sums = per.get(o);
          for (int i = 2; i < 6; i++) {
            sums[i] += v[i];
          }
        });
      }
      progress.accept(done.incrementAndGet());
    });
    List<OutletSummary> outlets = new ArrayList<>();
    per.forEach((o, v) -> outlets.add(new OutletSummary(o, v[0], v[1], v[2], v[3], v[4], v[5])));
    return new CorpusSummary(outlets, articles.size(), stories.size(), toCompare.size());
  }
}
