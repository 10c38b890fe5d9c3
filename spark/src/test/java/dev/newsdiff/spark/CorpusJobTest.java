package dev.newsdiff.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.corpus.CorpusSummary;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on the four written sample sets (each standing in for an outlet), in local mode.
 * The real sets are left out: their stories would make the expected counts follow every change to
 * how real pages are read.
 */
class CorpusJobTest {

  private static final Path WRITTEN_SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
  private static final List<String> WRITTEN_SETS =
      List.of(
          "ferry-fire", "harbour-bridge-closure", "turkiye-defence-briefing", "unrelated-stories");

  @TempDir static Path corpus;
  private static JavaSparkContext sc;

  @BeforeAll
  static void start() throws Exception {
    for (String set : WRITTEN_SETS) {
      Path copy = Files.createDirectory(corpus.resolve(set));
      try (Stream<Path> files = Files.list(WRITTEN_SAMPLES.resolve(set))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          Files.copy(f, copy.resolve(f.getFileName()));
        }
      }
    }
    sc =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("CorpusJobTest")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1"));
  }

  @AfterAll
  static void stop() {
    sc.close();
  }

  @Test
  void sparkGivesTheSameSummaryAsOneProcess() throws Exception {
    CorpusSummary onSpark = CorpusJob.run(sc, corpus.toString());
    assertThat(onSpark).isEqualTo(inOneProcess());
    // Three sets are one story each, the unrelated set two: five stories, three compared.
    assertThat(onSpark.articles()).isEqualTo(12);
    assertThat(onSpark.stories()).isEqualTo(5);
    assertThat(onSpark.compared()).isEqualTo(3);
    assertThat(onSpark.outlets())
        .extracting(CorpusSummary.OutletSummary::outlet)
        .containsExactly(
            "ferry-fire",
            "harbour-bridge-closure",
            "turkiye-defence-briefing",
            "unrelated-stories");
  }

  @Test
  void outletAndIdComeFromTheLastTwoPartsOfWhereSparkFoundTheFile() {
    CorpusJob.Doc doc =
        CorpusJob.Doc.of("file:/data/corpus/Daily Sabah/akturk briefing.txt", "text");
    assertThat(doc.outlet()).isEqualTo("Daily Sabah");
    assertThat(doc.id())
        .isEqualTo(ArticleFile.idFromFileName(Path.of("Daily Sabah--akturk briefing.txt")));
  }

  private static CorpusSummary inOneProcess() throws Exception {
    List<Article> articles = new ArrayList<>();
    Map<String, String> outletOf = new HashMap<>();
    try (Stream<Path> outlets = Files.list(corpus)) {
      for (Path outlet : outlets.filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.list(outlet)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
            String id =
                ArticleFile.idFromFileName(Path.of(outlet.getFileName() + "--" + f.getFileName()));
            articles.add(NewsDiff.read(f, id));
            outletOf.put(id, outlet.getFileName().toString());
          }
        }
      }
    }
    return CorpusSummary.of(articles, outletOf, done -> {});
  }
}
