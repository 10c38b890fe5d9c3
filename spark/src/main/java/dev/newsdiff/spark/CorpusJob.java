package dev.newsdiff.spark;

import com.google.common.collect.Maps;
import dev.newsdiff.corpus.CorpusEntry;
import dev.newsdiff.corpus.CorpusListing;
import dev.newsdiff.corpus.CorpusStory;
import dev.newsdiff.corpus.CorpusStory.Member;
import dev.newsdiff.corpus.CorpusSummary;
import dev.newsdiff.corpus.CorpusSummary.OutletSummary;
import dev.newsdiff.corpus.Problems;
import dev.newsdiff.corpus.Stories;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.internal.reading.ArticleReader;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.ArticlePage;
import dev.newsdiff.model.InputException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Corpus mode on Spark: the same inputs, stages and output as {@code newsdiff corpus} (core's
 * {@code CorpusRun}), with the reading, the term counts, the candidate pairs and the comparisons
 * spread over a cluster.
 *
 * <ul>
 *   <li>The driver lists the corpus (names, not text) with core's {@link CorpusListing} through
 *       {@link HadoopStorage}: ids must be unique over the whole corpus and bad manifest rows are
 *       reported in row order, both of which need the whole listing in one place, and a listing is
 *       small (a few hundred bytes an article).
 *   <li>Executors read and analyse each file and keep only its {@linkplain Stories#terms terms} and
 *       its {@link Member}; document frequencies are summed by term across the cluster; signatures
 *       are made where the terms are.
 *   <li>Candidate pairs come from posting lists (articles by signature term); each pair is scored
 *       once, in the list of the first term its two signatures share, so no pair travels twice.
 *   <li>The driver merges the links into stories ({@link Stories#merge}: links are few); executors
 *       read each story's files again and compare them into a {@link CorpusStory}; the driver takes
 *       the stories in story order and sums them up as one process does.
 * </ul>
 */
public final class CorpusJob {

  /**
   * Whether quotes' speakers are worked out: no, as in {@code newsdiff corpus}, whose stories and
   * summary show no speaker (docs/performance.md, "What was tried").
   */
  private static final boolean SPEAKERS = false;

  private CorpusJob() {}

  /**
   * Lists the corpus at {@code input} (any location Spark reads) as {@code newsdiff corpus} does.
   */
  public static List<CorpusEntry> list(
      JavaSparkContext sc, String input, @Nullable Pattern outletFrom, Problems problems)
      throws InputException {
    return CorpusListing.list(
        new HadoopStorage(sc.hadoopConfiguration()), input, outletFrom, problems);
  }

  /**
   * Runs corpus mode over {@code listed}, as {@code CorpusRun.run} does in one process.
   *
   * @param problems told of each file that cannot be read (in listing order), which is left out
   * @param stories given each story in story order, on the calling thread
   * @return the per-outlet summary
   */
  public static CorpusSummary run(
      JavaSparkContext sc,
      List<CorpusEntry> listed,
      Problems problems,
      Consumer<CorpusStory> stories) {
    Broadcast<HadoopStorage> storage = sc.broadcast(new HadoopStorage(sc.hadoopConfiguration()));
    List<CorpusEntry> entries =
        listed.stream().sorted(Comparator.comparing(CorpusEntry::id)).toList();

    // Pass 1 on the executors: read, analyse, keep terms and the listing.
    JavaRDD<Read> reads =
        sc.parallelize(entries, slices(sc, entries.size()))
            .map(e -> Read.of(e, storage.value()))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    reads.filter(r -> r.failure() != null).collect().stream()
        .sorted(Comparator.comparing(r -> r.entry().id())) // listing order, as in one process
        .forEach(r -> problems.report(r.entry().file(), r.failure()));
    JavaRDD<Read> read = reads.filter(r -> r.member() != null);
    int n = (int) read.count();
    if (n == 0) {
      reads.unpersist();
      return CorpusSummary.of(List.of(), 0, 0, 0);
    }

    // The corpus's document frequencies; terms in one article only never link two.
    Broadcast<Map<String, Integer>> df =
        sc.broadcast(
            new HashMap<>(
                read.flatMap(r -> r.terms().keySet().iterator())
                    .mapToPair(t -> new Tuple2<>(t, 1))
                    .reduceByKey(Integer::sum)
                    .filter(t -> t._2() > 1)
                    .collectAsMap()));

    // Signatures where the terms are, then each candidate pair scored once.
    JavaRDD<Signature> signatures =
        read.map(r -> Signature.of(r.member(), r.terms(), df.value(), n));
    List<Stories.Link> links =
        signatures
            .flatMapToPair(s -> s.indexed().stream().map(t -> new Tuple2<>(t, s)).iterator())
            .groupByKey()
            .flatMap(posting -> Signature.links(posting._1(), posting._2()))
            .collect();
    df.unpersist();
    List<String> ids = read.map(r -> r.member().id()).collect();
    List<List<String>> grouped = Stories.merge(ids, links);

    // Pass 2 on the executors: each story read again and compared, then taken in story order.
    Map<String, Integer> storyOf = new HashMap<>();
    for (int i = 0; i < grouped.size(); i++) {
      for (String id : grouped.get(i)) {
        storyOf.put(id, i);
      }
    }
    Broadcast<Map<String, Integer>> storyShared = sc.broadcast(storyOf);
    // Contiguous runs of stories per partition, so that the partitions in order are the stories in
    // order; all compared at once, then taken one partition at a time.
    JavaRDD<Compared> compared =
        read.mapToPair(r -> new Tuple2<>(storyShared.value().get(r.member().id()), r.listing()))
            .groupByKey(StoryRanges.of(grouped, slices(sc, n)))
            .mapPartitions(
                partition -> {
                  List<Tuple2<Integer, Iterable<Tuple2<Member, String>>>> inOrder =
                      new ArrayList<>();
                  partition.forEachRemaining(inOrder::add);
                  inOrder.sort(Comparator.comparing(Tuple2::_1));
                  return inOrder.stream().map(s -> Compared.of(s._2(), storage.value())).iterator();
                },
                true)
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    compared.count();

    Map<String, OutletSummary> outlets = new TreeMap<>();
    int comparedStories = 0;
    for (Iterator<Compared> it = compared.toLocalIterator(); it.hasNext(); ) {
      Compared c = it.next();
      c.problems().forEach(p -> problems.report(p._1(), p._2()));
      CorpusStory story = c.story();
      story
          .outlets()
          .forEach(o -> outlets.merge(o.outlet(), OutletSummary.of(o), OutletSummary::plus));
      if (story.articles().size() >= 2) {
        comparedStories++;
      }
      stories.accept(story);
    }
    compared.unpersist();
    reads.unpersist();
    storyShared.unpersist();
    return CorpusSummary.of(outlets.values(), n, grouped.size(), comparedStories);
  }

  /** Enough slices for every core several times over, and none empty. */
  private static int slices(JavaSparkContext sc, int items) {
    return Math.max(1, Math.min(items, 4 * sc.defaultParallelism()));
  }

  /** An article as pass 1 leaves it: its listing and terms, or why it could not be read. */
  record Read(
      CorpusEntry entry,
      @Nullable Member member,
      Map<String, Integer> terms,
      @Nullable String failure)
      implements Serializable {

    static Read of(CorpusEntry e, HadoopStorage storage) {
      try {
        ArticleFile file = storage.article(e.file(), e.id());
        // The page read as NewsDiff.readPage reads a local one: its metadata's site name and
        // time stand in for what the listing does not give, as in one process.
        ArticlePage page =
            new ArticlePage(ArticleReader.analyse(file, SPEAKERS), file.site(), file.published());
        return new Read(e, e.member(page), new HashMap<>(Stories.terms(page.article())), null);
      } catch (InputException x) {
        return new Read(e, null, Map.of(), x.reason());
      }
    }

    Tuple2<Member, String> listing() {
      return new Tuple2<>(member, entry.file());
    }
  }

  /**
   * An article's signature (sorted by term), the terms of it that the grouping indexes ({@link
   * Stories#findsCandidates}), and when it was published, as it travels in posting lists.
   */
  record Signature(
      String id, Map<String, Double> terms, SortedSet<String> indexed, @Nullable Instant published)
      implements Serializable {

    Signature {
      terms = new TreeMap<>(terms);
      indexed = new TreeSet<>(indexed);
    }

    static Signature of(Member member, Map<String, Integer> terms, Map<String, Integer> df, int n) {
      Map<String, Double> signature = Stories.signature(terms, df, n);
      return new Signature(
          member.id(),
          signature,
          signature.keySet().stream()
              .filter(t -> Stories.findsCandidates(df.get(t)))
              .collect(Collectors.toCollection(TreeSet::new)),
          member.published());
    }

    /**
     * The links among the articles holding {@code term} in their signatures, each pair only where
     * {@code term} is the first term the two share (so that it is scored in one list only).
     */
    static Iterator<Stories.Link> links(String term, Iterable<Signature> posting) {
      List<Signature> list = new ArrayList<>();
      posting.forEach(list::add);
      list.sort(Comparator.comparing(Signature::id));
      List<Stories.Link> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Signature a = list.get(i);
        for (int j = i + 1; j < list.size(); j++) {
          Signature b = list.get(j);
          if (term.equals(a.firstSharedWith(b))) {
            double score = Stories.score(a.terms(), b.terms(), a.published(), b.published());
            if (Stories.sameStory(score)) {
              out.add(new Stories.Link(a.id(), b.id(), score));
            }
          }
        }
      }
      return out.iterator();
    }

    private @Nullable String firstSharedWith(Signature other) {
      return indexed.stream().filter(other.indexed()::contains).findFirst().orElse(null);
    }
  }

  /** A story compared, and the files that could not be read again for it. */
  record Compared(CorpusStory story, List<Tuple2<String, String>> problems)
      implements Serializable {

    static Compared of(Iterable<Tuple2<Member, String>> story, HadoopStorage storage) {
      List<Tuple2<Member, String>> listed = new ArrayList<>();
      story.forEach(listed::add);
      listed.sort(Comparator.comparing(m -> m._1().id()));
      List<Member> members = listed.stream().map(Tuple2::_1).toList();
      if (listed.size() < 2) {
        return new Compared(CorpusStory.alone(members), List.of());
      }
      List<Article> articles = new ArrayList<>();
      List<Tuple2<String, String>> problems = new ArrayList<>();
      for (Tuple2<Member, String> m : listed) {
        try {
          articles.add(ArticleReader.analyse(storage.article(m._2(), m._1().id()), SPEAKERS));
        } catch (InputException e) {
          // Read a moment ago: the file changed or went away since.
          problems.add(new Tuple2<>(m._2(), e.reason()));
        }
      }
      return new Compared(
          articles.size() < 2
              ? CorpusStory.alone(members)
              : CorpusStory.of(articles, Maps.uniqueIndex(members, Member::id)),
          problems);
    }
  }
}
