package dev.newsdiff.corpus;

import com.google.common.collect.Maps;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.corpus.CorpusStory.Member;
import dev.newsdiff.corpus.CorpusSummary.OutletSummary;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.ArticlePage;
import dev.newsdiff.model.InputException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Corpus mode in one process, in memory that grows with the corpus's index, not with its text:
 *
 * <ol>
 *   <li>each file is read and analysed, and only what grouping needs (its {@linkplain Stories#terms
 *       terms}, packed by {@link TermIndex}) and what the output shows ({@link Member}) are kept
 *       for sure; the article itself is held softly, for as long as the heap has room;
 *   <li>the articles are grouped into stories on those terms, with the stages of {@link Stories};
 *   <li>each story's articles (read again where the collector dropped them) are compared, handed to
 *       the caller and dropped, a few stories at a time on every core, in story order.
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
    // Articles read in pass 1 are held softly for pass 3: the collector drops them when the heap
    // is short (a corpus larger than memory is read twice), and otherwise each file is read once.
    // Reading every file twice made a run over 1,500 generated articles take 18.6 s, not 14.1 s.
    Map<String, SoftReference<Article>> readBefore = new ConcurrentHashMap<>();
    List<@Nullable Member> members = read(entries, index, readBefore, problems, progress);
    List<Integer> kept =
        IntStream.range(0, entries.size()).filter(i -> members.get(i) != null).boxed().toList();
    List<Member> read = kept.stream().map(members::get).toList();
    progress.show("grouping", 0, read.size());
    List<List<String>> grouped = index.group(kept, read);
    progress.show("grouping", read.size(), read.size());
    Map<String, Member> byId = new TreeMap<>();
    read.forEach(m -> byId.put(m.id(), m));
    Map<String, String> fileOf = new TreeMap<>();
    entries.forEach(e -> fileOf.put(e.id(), e.file()));
    Map<String, OutletSummary> outlets = new TreeMap<>();
    int[] compared = {0};
    compare(
        grouped,
        byId,
        fileOf,
        readBefore,
        problems,
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

  /**
   * Pass 1: every file read, its terms added to {@code index}; the member it makes, or null where
   * it could not be read (reported in entry order, so that messages come in the same order on every
   * run).
   */
  private static List<@Nullable Member> read(
      List<CorpusEntry> entries,
      TermIndex index,
      Map<String, SoftReference<Article>> readBefore,
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
                    ArticlePage page = NewsDiff.readPage(Path.of(e.file()), e.id());
                    m = e.member(page);
                    index.add(i, Stories.terms(page.article()));
                    readBefore.put(e.id(), new SoftReference<>(page.article()));
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
   */
  private static void compare(
      List<List<String>> grouped,
      Map<String, Member> byId,
      Map<String, String> fileOf,
      Map<String, SoftReference<Article>> readBefore,
      Problems problems,
      Progress progress,
      Consumer<CorpusStory> out) {
    int threads = Runtime.getRuntime().availableProcessors();
    int window = 4 * threads;
    int total = byId.size();
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
                  CorpusStory s = story(story, byId, fileOf, readBefore, problems);
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

  private static CorpusStory story(
      List<String> ids,
      Map<String, Member> byId,
      Map<String, String> fileOf,
      Map<String, SoftReference<Article>> readBefore,
      Problems problems) {
    List<Member> members = ids.stream().map(byId::get).toList();
    List<@Nullable Article> held =
        ids.stream()
            .map(readBefore::remove)
            .map(r -> r == null ? null : r.get())
            .collect(Collectors.toList());
    if (ids.size() < 2) {
      return CorpusStory.alone(members);
    }
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Article before = held.get(i);
      if (before != null) {
        articles.add(before);
        continue;
      }
      try {
        articles.add(NewsDiff.read(Path.of(fileOf.get(id)), id));
      } catch (InputException e) {
        // Read a moment ago: the file changed or went away since.
        problems.report(fileOf.get(id), e.reason());
      }
    }
    return articles.size() < 2
        ? CorpusStory.alone(members)
        : CorpusStory.of(articles, Maps.uniqueIndex(members, Member::id));
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
