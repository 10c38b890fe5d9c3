package dev.newsdiff.corpus;

import com.google.common.collect.Maps;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.ReadOptions;
import dev.newsdiff.corpus.CorpusStory.Member;
import dev.newsdiff.corpus.CorpusSummary.OutletSummary;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.ArticlePage;
import dev.newsdiff.model.InputException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Corpus mode in one process, in memory that grows with the corpus's index, not with its text:
 *
 * <ol>
 *   <li>each file is read and analysed, and only what grouping needs (its {@linkplain Stories#terms
 *       terms}, packed by {@link TermIndex}) and what the output shows ({@link Member}) are kept in
 *       memory; the analysed article goes to a temporary file ({@link SpilledArticles});
 *   <li>the articles are grouped into stories on those terms, with the stages of {@link Stories};
 *   <li>each story's articles are taken back from that file, compared, handed to the caller and
 *       dropped, a few stories at a time on every core, in story order.
 * </ol>
 */
public final class CorpusRun {

  /** Told how far a stage has come; called from worker threads. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param stage "reading", "grouping" or "comparing"
     * @param done articles done in this stage
     * @param total articles in this stage
     */
    void show(String stage, int done, int total);
  }

  /**
   * How articles are read: without their quotes' speakers, which only quote variants and the
   * comparison's reports show, and a corpus's output shows neither.
   */
  private static final ReadOptions READING = ReadOptions.defaults().withSpeakers(false);

  private CorpusRun() {}

  /**
   * Runs corpus mode over the {@code listed} articles.
   *
   * @param problems told of each file that cannot be read, which is then left out
   * @param stories given each story as it is done, in story order (most articles first, then by
   *     first article id), on the calling thread
   * @return the per-outlet summary
   */
  public static CorpusSummary run(
      List<CorpusEntry> listed,
      Problems problems,
      Progress progress,
      Consumer<CorpusStory> stories) {
    List<CorpusEntry> entries =
        listed.stream().sorted(Comparator.comparing(CorpusEntry::id)).toList();
    TermIndex index = new TermIndex(entries.size());
    try (SpilledArticles analysed = new SpilledArticles(entries.size())) {
      List<@Nullable Member> members = read(entries, index, analysed, problems, progress);
      List<Integer> kept =
          IntStream.range(0, entries.size()).filter(i -> members.get(i) != null).boxed().toList();
      List<Member> read = kept.stream().map(members::get).toList();
      progress.show("grouping", 0, read.size());
      List<List<String>> grouped = index.group(kept, read);
      progress.show("grouping", read.size(), read.size());
      Map<String, Integer> position = new HashMap<>();
      kept.forEach(i -> position.put(entries.get(i).id(), i));
      Map<String, OutletSummary> outlets = new TreeMap<>();
      int[] compared = {0};
      compare(
          grouped,
          ids -> ids.stream().map(id -> members.get(position.get(id))).toList(),
          ids -> articles(ids, position, entries, analysed, problems),
          read.size(),
          progress,
          story -> {
            story
                .outlets()
                .forEach(o -> outlets.merge(o.outlet(), OutletSummary.of(o), OutletSummary::plus));
            if (story.articles().size() >= 2) {
              compared[0]++;
            }
            stories.accept(story);
          });
      return CorpusSummary.of(outlets.values(), read.size(), grouped.size(), compared[0]);
    }
  }

  /**
   * A story's articles as pass 1 analysed them, or read again from their files where they were not
   * kept; a file that cannot be read now is reported and left out.
   */
  private static List<Article> articles(
      List<String> ids,
      Map<String, Integer> position,
      List<CorpusEntry> entries,
      SpilledArticles analysed,
      Problems problems) {
    List<Article> out = new ArrayList<>();
    for (String id : ids) {
      int i = position.get(id);
      Article kept = analysed.take(i);
      if (kept != null) {
        out.add(kept);
        continue;
      }
      CorpusEntry e = entries.get(i);
      try {
        out.add(NewsDiff.read(Path.of(e.file()), id, READING));
      } catch (InputException x) {
        // Read a moment ago: the file changed or went away since.
        problems.report(e.file(), x.reason());
      }
    }
    return out;
  }

  /**
   * Pass 1: every file read, its terms added to {@code index} and its analysis kept in {@code
   * analysed}; the member it makes, or null where it could not be read (reported in entry order, so
   * that messages come in the same order on every run).
   */
  private static List<@Nullable Member> read(
      List<CorpusEntry> entries,
      TermIndex index,
      SpilledArticles analysed,
      Problems problems,
      Progress progress) {
    AtomicInteger done = new AtomicInteger();
    String[] failures = new String[entries.size()];
    List<@Nullable Member> members =
        IntStream.range(0, entries.size())
            .parallel()
            .mapToObj(
                i -> {
                  CorpusEntry e = entries.get(i);
                  Member m = null;
                  try {
                    ArticlePage page = NewsDiff.readPage(Path.of(e.file()), e.id(), READING);
                    m = e.member(page);
                    index.add(i, Stories.terms(page.article()));
                    analysed.put(i, page.article());
                  } catch (InputException x) {
                    failures[i] = x.reason();
                  }
                  progress.show("reading", done.incrementAndGet(), entries.size());
                  return m;
                })
            .toList();
    for (int i = 0; i < failures.length; i++) {
      if (failures[i] != null) {
        problems.report(entries.get(i).file(), failures[i]);
      }
    }
    return members;
  }

  /**
   * Pass 3: the stories compared on every core, at most a few per thread ahead of the one being
   * written, so that only those stories' articles are in memory.
   *
   * @param membersOf a story's members, given its article ids
   * @param articlesOf its articles, given its article ids (read only for stories of two or more)
   * @param total how many articles the stories hold
   */
  private static void compare(
      List<List<String>> grouped,
      Function<List<String>, List<Member>> membersOf,
      Function<List<String>, List<Article>> articlesOf,
      int total,
      Progress progress,
      Consumer<CorpusStory> out) {
    int threads = Runtime.getRuntime().availableProcessors();
    int window = 4 * threads;
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon());
    try {
      Deque<Future<CorpusStory>> ahead = new ArrayDeque<>();
      for (List<String> story : grouped) {
        if (ahead.size() >= window) {
          out.accept(result(ahead.removeFirst()));
        }
        ahead.addLast(
            pool.submit(
                () -> {
                  CorpusStory s = story(membersOf.apply(story), () -> articlesOf.apply(story));
                  progress.show("comparing", done.addAndGet(story.size()), total);
                  return s;
                }));
      }
      while (!ahead.isEmpty()) {
        out.accept(result(ahead.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static CorpusStory story(List<Member> members, Supplier<List<Article>> articles) {
    if (members.size() < 2) {
      return CorpusStory.alone(members);
    }
    List<Article> read = articles.get();
    return read.size() < 2
        ? CorpusStory.alone(members)
        : CorpusStory.of(read, Maps.uniqueIndex(members, Member::id));
  }

  private static CorpusStory result(Future<CorpusStory> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "newsdiff-corpus-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
