package dev.newsdiff.spark;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.corpus.CorpusSummary;
import dev.newsdiff.corpus.CorpusSummary.OutletSummary;
import dev.newsdiff.corpus.Stories;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.model.Article;
import dev.newsdiff.report.Report;
import dev.newsdiff.report.ReportFormat;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * Corpus mode as a Spark job: the stages of {@link Stories} and {@link CorpusSummary}, unchanged,
 * spread over a cluster. Articles travel as their text and are read where they are needed (reading
 * is a pure function of id and text), so nothing but plain strings, maps and core's small summary
 * records is ever serialised.
 *
 * <pre>spark-submit --class dev.newsdiff.spark.CorpusJob newsdiff-spark.jar FOLDER [--json]</pre>
 *
 * <p>FOLDER holds one folder per outlet of plain-text articles ({@code *.txt}), as for {@code
 * newsdiff corpus}; article ids are {@code OUTLET--FILE}, as there.
 */
public final class CorpusJob {

  /** One article as it travels: its id, its outlet and its text. */
  record Doc(String id, String outlet, String text) implements Serializable {
    /**
     * {@code location} as Spark gives it ("file:/corpus/outlet/a b.txt", "hdfs://…"): not always a
     * valid URI.
     */
    static Doc of(String location, String text) {
      String[] parts = location.split("/");
      String outlet = parts[parts.length - 2];
      return new Doc(
          ArticleFile.idFromFileName(Path.of(outlet + "--" + parts[parts.length - 1])),
          outlet,
          text);
    }

    Article read() {
      return NewsDiff.parse(id, text);
    }
  }

  private CorpusJob() {}

  /** Runs corpus mode over {@code folder} (any path Spark reads: local, HDFS, S3). */
  public static CorpusSummary run(JavaSparkContext sc, String folder) {
    JavaRDD<Doc> docs =
        sc.wholeTextFiles(folder + "/*/*.txt").map(f -> Doc.of(f._1(), f._2())).cache();
    int n = (int) docs.count();
    if (n == 0) {
      throw new IllegalArgumentException(
          folder + ": no outlet folders with articles (FOLDER/OUTLET/*.txt)");
    }

    // Stage 1 and the corpus's document frequencies (terms in one article only never link two).
    JavaPairRDD<String, Map<String, Integer>> terms =
        docs.mapToPair(d -> new Tuple2<>(d.id(), Stories.terms(d.read()))).cache();
    Map<String, Integer> df =
        new HashMap<>(
            terms
                .flatMap(t -> t._2().keySet().iterator())
                .mapToPair(t -> new Tuple2<>(t, 1))
                .reduceByKey(Integer::sum)
                .filter(t -> t._2() > 1)
                .collectAsMap());
    Broadcast<Map<String, Integer>> dfShared = sc.broadcast(df);

    // Stage 2, then candidates through the inverted index of signature terms, stage 3 on each.
    JavaPairRDD<String, Map<String, Double>> signatures =
        terms.mapToPair(t -> new Tuple2<>(t._1(), Stories.signature(t._2(), dfShared.value(), n)));
    List<Stories.Link> links =
        signatures
            .flatMapToPair(
                s -> s._2().keySet().stream().map(term -> new Tuple2<>(term, s)).iterator())
            .groupByKey()
            .flatMapToPair(posting -> pairs(posting._2()).iterator())
            .reduceByKey((a, b) -> a) // a pair sharing several terms is met once per term
            .map(
                p ->
                    new Stories.Link(
                        p._1()._1(), p._1()._2(), Stories.score(p._2()._1(), p._2()._2())))
            .filter(l -> Stories.sameStory(l.score()))
            .collect();

    // Stage 4 on the driver: links are few (each article has a handful), ids are small.
    List<List<String>> stories = Stories.merge(docs.map(Doc::id).collect(), links);
    Map<String, Integer> storyOf = new HashMap<>();
    for (int i = 0; i < stories.size(); i++) {
      for (String id : stories.get(i)) {
        storyOf.put(id, i);
      }
    }
    Broadcast<Map<String, Integer>> storyShared = sc.broadcast(storyOf);

    // Each story summed up where it lands, then the sums added per outlet.
    List<OutletSummary> outlets =
        docs.mapToPair(d -> new Tuple2<>(storyShared.value().get(d.id()), d))
            .groupByKey()
            .flatMapToPair(story -> ofStory(story._2()).iterator())
            .reduceByKey(OutletSummary::plus)
            .values()
            .collect();
    int compared = (int) stories.stream().filter(s -> s.size() >= 2).count();
    return CorpusSummary.of(outlets, n, stories.size(), compared);
  }

  /** Every pair of articles in one posting list, lower id first, with both signatures. */
  private static List<
          Tuple2<Tuple2<String, String>, Tuple2<Map<String, Double>, Map<String, Double>>>>
      pairs(Iterable<Tuple2<String, Map<String, Double>>> posting) {
    List<Tuple2<String, Map<String, Double>>> list = new ArrayList<>();
    posting.forEach(list::add);
    list.sort((x, y) -> x._1().compareTo(y._1()));
    List<Tuple2<Tuple2<String, String>, Tuple2<Map<String, Double>, Map<String, Double>>>> out =
        new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        out.add(
            new Tuple2<>(
                new Tuple2<>(list.get(i)._1(), list.get(j)._1()),
                new Tuple2<>(list.get(i)._2(), list.get(j)._2())));
      }
    }
    return out;
  }

  private static List<Tuple2<String, OutletSummary>> ofStory(Iterable<Doc> docs) {
    List<Article> articles = new ArrayList<>();
    Map<String, String> outletOf = new TreeMap<>();
    for (Doc d : docs) {
      articles.add(d.read());
      outletOf.put(d.id(), d.outlet());
    }
    List<Tuple2<String, OutletSummary>> out = new ArrayList<>();
    CorpusSummary.ofStory(articles, outletOf).forEach((o, s) -> out.add(new Tuple2<>(o, s)));
    return out;
  }

  /**
   * {@code CorpusJob FOLDER [--json]}: the summary on standard output, as {@code newsdiff corpus}
   * prints it.
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("--json"))) {
      System.err.println("usage: CorpusJob FOLDER [--json]");
      System.exit(2);
    }
    SparkConf conf =
        new SparkConf().setAppName("newsdiff corpus").setIfMissing("spark.master", "local[*]");
    CorpusSummary summary;
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      summary = run(sc, args[0]);
    } catch (Exception e) { // Hadoop's checked exceptions come through Scala undeclared
      // A missing folder or unreadable input: one line, as the command line does (exit 3).
      System.err.println(
          "newsdiff: error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      System.exit(3);
      return;
    }
    System.out.print(
        Report.corpus(summary, args.length == 2 ? ReportFormat.JSON : ReportFormat.TEXT));
  }
}
