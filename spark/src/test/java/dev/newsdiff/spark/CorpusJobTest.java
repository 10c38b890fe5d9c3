package dev.newsdiff.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdiff.corpus.CorpusEntry;
import dev.newsdiff.corpus.CorpusListing;
import dev.newsdiff.corpus.CorpusRun;
import dev.newsdiff.corpus.CorpusStory;
import dev.newsdiff.corpus.CorpusSummary;
import dev.newsdiff.corpus.Problems;
import dev.newsdiff.report.Report;
import dev.newsdiff.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Spark job, in local mode, against corpus mode in one process ({@code CorpusListing} and
 * {@code CorpusRun}, rendered as {@code newsdiff corpus} renders them): byte for byte the same
 * report, and the same problems, on corpora built from the written sample sets, whose outlets recur
 * across stories as a scrape's do.
 */
class CorpusJobTest {

  private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();
  private static final List<String> WRITTEN_SETS =
      List.of(
          "ferry-fire", "harbour-bridge-closure", "turkiye-defence-briefing", "unrelated-stories");

  @TempDir static Path dir;
  private static JavaSparkContext sc;

  @BeforeAll
  static void start() throws Exception {
    // outlets/OUTLET/SET.txt; flat/SET__OUTLET.txt with manifests beside it.
    Path outlets = Files.createDirectory(dir.resolve("outlets"));
    Path flat = Files.createDirectory(dir.resolve("flat"));
    Path pages = Files.createDirectory(dir.resolve("pages"));
    List<String> csv = new ArrayList<>(List.of("path,outlet,published,url"));
    List<String> jsonl = new ArrayList<>();
    int day = 1;
    for (String set : WRITTEN_SETS) {
      try (Stream<Path> files = Files.list(SAMPLES.resolve(set))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          String outlet = f.getFileName().toString().replace(".txt", "");
          Path folder = outlets.resolve(outlet);
          Files.createDirectories(folder);
          Files.copy(f, folder.resolve(set + ".txt"));
          String name = set + "__" + outlet + ".txt";
          Files.copy(f, flat.resolve(name));
          String published = "2024-03-" + String.format("%02d", day++) + "T08:00:00Z";
          Files.writeString(pages.resolve(set + "__" + outlet + ".html"), page(f, outlet, day));
          String url = "https://" + outlet + ".example/" + set;
          csv.add(name + "," + outlet + "," + published + "," + url);
          jsonl.add(
              "{\"path\":\"%s\",\"outlet\":\"%s\",\"published\":\"%s\",\"url\":\"%s\"}"
                  .formatted(name, outlet, published, url));
        }
      }
    }
    // What cannot be read: a web page with no article in it, and manifest rows that are no use.
    Files.writeString(outlets.resolve("coastal-times").resolve("blank.html"), "<html></html>");
    Files.writeString(flat.resolve("blank__coastal-times.html"), "<html></html>");
    Files.writeString(pages.resolve("blank__coastal-times.html"), "<html></html>");
    csv.add("blank__coastal-times.html,coastal-times,,");
    csv.add("missing.txt,coastal-times,,");
    csv.add("ferry-fire__radio-brief.txt,radio-brief,yesterday,");
    csv.add("too,many,fields,here,now");
    jsonl.add("{\"path\":\"missing.txt\",\"outlet\":\"coastal-times\"}");
    jsonl.add("not json");
    Files.write(dir.resolve("flat").resolve("manifest.csv"), csv);
    Files.write(dir.resolve("flat").resolve("manifest.jsonl"), jsonl);
    sc =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("CorpusJobTest")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1"));
    sc.setLogLevel("ERROR");
  }

  /**
   * A sample article as a saved web page that names its site and gives its publication time, in one
   * of the forms pages use (Open Graph, JSON-LD, a meta name), or none.
   */
  private static String page(Path article, String outlet, int day) throws Exception {
    String[] lines = Files.readString(article).split("\n", 2);
    String time = "2024-03-%02dT08:00:00Z".formatted(day);
    String published =
        switch (day % 4) {
          case 0 -> "<meta property=\"article:published_time\" content=\"" + time + "\">";
          case 1 ->
              "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\","
                  + " \"datePublished\": \""
                  + time
                  + "\"}</script>";
          case 2 -> "<meta name=\"pubdate\" content=\"" + time.substring(0, 10) + "\">";
          default -> "";
        };
    return "<html><head><meta property=\"og:site_name\" content=\""
        + outlet
        + "\">"
        + published
        + "<title>"
        + lines[0]
        + "</title></head><body><article>"
        + String.join(
            "", lines[1].lines().filter(l -> !l.isBlank()).map(l -> "<p>" + l + "</p>").toList())
        + "</article></body></html>";
  }

  @AfterAll
  static void stop() {
    sc.close();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
    "outlets, text, ",
    "outlets, json, ",
    "outlets, jsonl, ",
    "flat/manifest.csv, jsonl, ",
    "flat/manifest.jsonl, json, ",
    "flat, text, '^[a-z-]+__([a-z-]+)\\.'",
    "pages, jsonl, ",
  })
  void sparkWritesWhatOneProcessWrites(String corpus, String format, @Nullable String outletFrom)
      throws Exception {
    Output oneProcess = inOneProcess(dir.resolve(corpus), format, outletFrom);
    List<String> args =
        new ArrayList<>(List.of(dir.resolve(corpus).toString(), "--format", format));
    if (outletFrom != null) {
      args.addAll(List.of("--outlet-from", outletFrom));
    }
    Output onSpark = onSpark(args.toArray(String[]::new));

    assertThat(onSpark.report()).isEqualTo(oneProcess.report());
    assertThat(onSpark.problems()).isEqualTo(oneProcess.problems());
    assertThat(onSpark.problems()).isNotEmpty(); // the bad rows and the blank page, each reported
  }

  @Test
  void sparkTakesThePagesOwnTimesAsOneProcessDoes() throws Exception {
    Output out = onSpark(dir.resolve("pages").toString(), "--format", "jsonl");
    assertThat(out.report())
        .contains("\"published\":\"2024-03-04T08:00:00Z\"") // Open Graph
        .contains("\"published\":\"2024-03-05T08:00:00Z\"") // JSON-LD
        .contains("\"published\":\"2024-03-06T00:00:00Z\"") // a date alone
        .contains("\"published\":null");
    assertThat(out.problems())
        .containsExactly(
            dir.resolve("pages/blank__coastal-times.html")
                + ": a web page with no article text in it (skipped)");
  }

  @Test
  void theCorpusHasStoriesOfSeveralOutletsAndTheBadInputsAreReported() throws Exception {
    Output out = onSpark(dir.resolve("flat/manifest.csv").toString(), "--format", "text");
    // Three sets are one story each, the unrelated set two: five stories, three compared.
    assertThat(out.report())
        .startsWith(
            "12 articles from 12 outlets in 5 stories; 3 stories carried by two or more articles"
                + " compared.");
    assertThat(out.problems())
        .containsExactly(
            dir.resolve("flat/manifest.csv") + ":15: missing.txt: no such file (skipped)",
            dir.resolve("flat/manifest.csv")
                + ":16: published time 'yesterday' is not ISO 8601 (2023-05-01,"
                + " 2023-05-01T14:30:00Z, 2023-05-01T14:30+02:00) (skipped)",
            dir.resolve("flat/manifest.csv") + ":17: 5 fields where the header has 4 (skipped)",
            dir.resolve("flat/blank__coastal-times.html")
                + ": a web page with no article text in it (skipped)");
  }

  @Test
  void aLocationWithASchemeIsReadAsAPath() throws Exception {
    Output plain = onSpark(dir.resolve("outlets").toString(), "--format", "jsonl");
    Output uri = onSpark(dir.resolve("outlets").toUri().toString(), "--format", "jsonl");
    assertThat(uri.report()).isEqualTo(plain.report());
  }

  @Test
  void strictStopsAtTheFirstProblemAsTheCommandLineDoes() {
    String manifest = dir.resolve("flat/manifest.csv").toString();
    assertThatThrownBy(() -> onSpark(manifest, "--strict"))
        .isInstanceOf(CorpusJobMain.BadInput.class)
        .hasMessage(manifest + ":15: missing.txt: no such file");
    assertThatThrownBy(() -> onSpark(dir.resolve("outlets").toString(), "--strict"))
        .isInstanceOf(CorpusJobMain.BadInput.class)
        .hasMessage(
            dir.resolve("outlets/coastal-times/blank.html")
                + ": a web page with no article text in it");
  }

  @Test
  void noCorpusThereIsBadInput() {
    assertThatThrownBy(() -> onSpark(dir.resolve("nothing").toString()))
        .isInstanceOf(CorpusJobMain.BadInput.class)
        .hasMessage(dir.resolve("nothing") + ": no such folder or manifest");
  }

  @ParameterizedTest
  @CsvSource({
    "'', no CORPUS given",
    "'corpus --format html', '--format is text, json or jsonl: html'",
    "'corpus --outlet-from [a-z]+', '--outlet-from needs a group around the outlet, e.g. ''^([^_]+)_'': [a-z]+'",
    "'corpus other', unexpected argument: other",
  })
  void usageErrorsNameTheBadArgument(String args, String message) {
    assertThatThrownBy(
            () -> CorpusJobMain.Options.parse(args.isEmpty() ? new String[0] : args.split(" ")))
        .isInstanceOf(CorpusJobMain.Usage.class)
        .hasMessage(message);
  }

  private record Output(String report, List<String> problems) {}

  private static Output onSpark(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      CorpusJobMain.run(sc, CorpusJobMain.Options.parse(args), out, e);
    }
    return new Output(
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8).lines().toList());
  }

  /** What {@code newsdiff corpus} writes, from core's one-process run. */
  private static Output inOneProcess(Path corpus, String format, @Nullable String outletFrom)
      throws Exception {
    List<String> problems = new ArrayList<>();
    Problems report = (where, reason) -> problems.add(where + ": " + reason + " (skipped)");
    List<CorpusEntry> entries =
        CorpusListing.list(corpus, outletFrom == null ? null : Pattern.compile(outletFrom), report);
    StringBuilder out = new StringBuilder();
    List<CorpusStory> stories = new ArrayList<>();
    CorpusSummary summary =
        CorpusRun.run(
            entries,
            report,
            (stage, done, total) -> {},
            s -> {
              stories.add(s);
              out.append(Report.corpusLine(s));
            });
    if (format.equals("jsonl")) {
      out.append(Report.corpusLine(summary));
    } else {
      out.setLength(0);
      out.append(
          Report.corpus(
              summary, stories, format.equals("json") ? ReportFormat.JSON : ReportFormat.TEXT));
    }
    return new Output(out.toString(), problems);
  }
}
