package dev.newsdiff.corpus;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.model.Article;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A corpus compared story by story, summed up per outlet: articles, stories covered, exclusives,
 * conflicts it is part of, and how often it follows another outlet or is followed. Immutable.
 *
 * <p>Built from pure stages: {@link Stories} groups the articles, {@link #ofStory} sums up one
 * story on its own, {@link OutletSummary#plus} adds two outlets' sums, and {@link #of(Collection,
 * int, int, int)} puts the totals together; so the order of work never matters, and the same stages
 * run in one process ({@link #of(List, Map, IntConsumer, IntConsumer)}) or spread out.
 *
 * @param outlets per outlet id, in id order
 * @param stories how many stories the articles fell into
 * @param compared how many of them had two or more articles and were compared
 */
public record CorpusSummary(List<OutletSummary> outlets, int articles, int stories, int compared) {

  /**
   * One outlet's part in the corpus, or in one story.
   *
   * @param shared statements it carries that another outlet carries too (one per statement)
   * @param exclusives statements only it carries
   * @param original statements it reported rather than copied (see {@link CorpusStory.Outlet}):
   *     text reproduced by N outlets counts once
   */
  public record OutletSummary(
      String outlet,
      int articles,
      int stories,
      int shared,
      int exclusives,
      double original,
      int conflicts,
      int follows,
      int followedBy)
      implements Serializable {

    /** An outlet's part in one story, as a sum to add to. */
    public static OutletSummary of(CorpusStory.Outlet o) {
      return new OutletSummary(
          o.outlet(),
          o.articles(),
          1,
          o.shared(),
          o.exclusives(),
          o.original(),
          o.conflicts(),
          o.follows(),
          o.followedBy());
    }

    /** The sum of two parts of the same outlet. */
    public OutletSummary plus(OutletSummary o) {
      if (!outlet.equals(o.outlet)) {
        throw new IllegalArgumentException(
            "cannot add outlet " + o.outlet + " to outlet " + outlet);
      }
      return new OutletSummary(
          outlet,
          articles + o.articles,
          stories + o.stories,
          shared + o.shared,
          exclusives + o.exclusives,
          original + o.original,
          conflicts + o.conflicts,
          follows + o.follows,
          followedBy + o.followedBy);
    }
  }

  public CorpusSummary {
    outlets = ImmutableList.copyOf(outlets);
  }

  /** The totals, from per-outlet sums in any order (one per outlet). */
  public static CorpusSummary of(
      Collection<OutletSummary> outlets, int articles, int stories, int compared) {
    List<OutletSummary> sorted = new ArrayList<>(outlets);
    sorted.sort((a, b) -> a.outlet().compareTo(b.outlet()));
    return new CorpusSummary(sorted, articles, stories, compared);
  }

  /**
   * Groups {@code articles} into stories and compares each, in parallel.
   *
   * @param outletOf the outlet of each article id
   * @param progress told the number of stories done so far, from the worker threads
   */
  public static CorpusSummary of(
      List<Article> articles, Map<String, String> outletOf, IntConsumer progress) {
    return of(articles, outletOf, progress, total -> {});
  }

  /**
   * As {@link #of(List, Map, IntConsumer)}, first telling {@code total} how many stories there are.
   */
  public static CorpusSummary of(
      List<Article> articles,
      Map<String, String> outletOf,
      IntConsumer progress,
      IntConsumer total) {
    List<List<Article>> stories = Stories.group(articles);
    total.accept(stories.size());
    AtomicInteger done = new AtomicInteger();
    Map<String, OutletSummary> per = new TreeMap<>();
    // Each story is folded into the sums as it finishes and then dropped: a corpus of thousands
    // of stories never holds more than the few comparisons under way.
    stories.parallelStream()
        .forEach(
            story -> {
              Collection<OutletSummary> parts = ofStory(story, outletOf).values();
              synchronized (per) {
                parts.forEach(p -> per.merge(p.outlet(), p, OutletSummary::plus));
              }
              progress.accept(done.incrementAndGet());
            });
    int compared = (int) stories.stream().filter(s -> s.size() >= 2).count();
    return of(per.values(), articles.size(), stories.size(), compared);
  }

  /** One story summed up per outlet taking part; compared when it has two or more articles. */
  public static Map<String, OutletSummary> ofStory(
      List<Article> story, Map<String, String> outletOf) {
    Map<String, CorpusStory.Member> members = new HashMap<>();
    for (Article a : story) {
      members.put(
          a.id(),
          new CorpusStory.Member(a.id(), outletOf.get(a.id()), a.id(), a.headline(), null, null));
    }
    Map<String, OutletSummary> out = new TreeMap<>();
    CorpusStory.of(story, members).outlets().forEach(o -> out.put(o.outlet(), OutletSummary.of(o)));
    return out;
  }
}
