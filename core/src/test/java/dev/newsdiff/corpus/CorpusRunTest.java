package dev.newsdiff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusRunTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  private static final List<String> FILES =
      List.of(
          "turkiye-defence-briefing/trt-world.txt",
          "harbour-bridge-closure/northern-wire.txt",
          "turkiye-defence-briefing/anadolu-agency.txt",
          "harbour-bridge-closure/city-herald.txt",
          "turkiye-defence-briefing/daily-sabah.txt",
          "unrelated-stories/valley-gazette.txt",
          "unrelated-stories/metro-business-wire.txt");

  @TempDir Path dir;

  private final List<String> problems = new ArrayList<>();

  private List<CorpusStory> run(List<CorpusEntry> entries) {
    List<CorpusStory> stories = new ArrayList<>();
    CorpusRun.run(
        entries,
        (where, reason) -> problems.add(where + ": " + reason),
        (s, d, t) -> {},
        stories::add);
    return stories;
  }

  private static CorpusEntry entry(String sample) {
    String id = Path.of(sample).getFileName().toString().replace(".txt", "");
    return new CorpusEntry(id, sample, SAMPLES.resolve(sample).toString(), id, null, null);
  }

  @Test
  void storiesAreThoseOfTheGroupingInMemoryAndTheSameWhateverTheOrder() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (String f : FILES) {
      articles.add(NewsDiff.read(SAMPLES.resolve(f)));
    }
    List<List<String>> inMemory =
        Stories.group(articles).stream().map(s -> s.stream().map(Article::id).toList()).toList();
    List<CorpusEntry> entries = new ArrayList<>(FILES.stream().map(CorpusRunTest::entry).toList());
    List<CorpusStory> stories = run(entries);
    assertThat(stories)
        .extracting(s -> s.articles().stream().map(CorpusStory.Member::id).toList())
        .isEqualTo(inMemory);
    Collections.shuffle(entries, new Random(7));
    assertThat(run(entries)).isEqualTo(stories);
    assertThat(problems).isEmpty();
  }

  @Test
  void aStoryIdDependsOnItsArticlesAloneNotOnTheirOrder() {
    assertThat(CorpusStory.idOf(List.of("b", "a", "c")))
        .isEqualTo(CorpusStory.idOf(List.of("a", "b", "c")))
        .matches("s-[0-9a-f]{12}")
        .isNotEqualTo(CorpusStory.idOf(List.of("a", "b")));
  }

  @Test
  void aPageNamesItsOutletAndAnUnreadableFileIsSkipped() throws Exception {
    List<CorpusEntry> entries = new ArrayList<>();
    for (String f : FILES.subList(0, 5)) {
      String text = Files.readString(SAMPLES.resolve(f));
      String[] lines = text.split("\n", 2);
      Path page = dir.resolve(Path.of(f).getFileName().toString().replace(".txt", ".html"));
      Files.writeString(
          page,
          "<html><head><meta property=\"og:site_name\" content=\"Site of "
              + page.getFileName()
              + "\"><title>"
              + lines[0]
              + "</title></head><body><article>"
              + String.join(
                  "",
                  lines[1].lines().filter(l -> !l.isBlank()).map(l -> "<p>" + l + "</p>").toList())
              + "</article></body></html>");
      entries.add(
          new CorpusEntry(
              page.getFileName().toString(), f, page.toString(), null, Instant.EPOCH, null));
    }
    Path plain = Files.copy(SAMPLES.resolve(FILES.get(5)), dir.resolve("plain.txt"));
    entries.add(new CorpusEntry("plain", "plain.txt", plain.toString(), null, null, null));
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    entries.add(new CorpusEntry("empty", "empty.txt", empty.toString(), "x", null, null));
    List<CorpusStory> stories = run(entries);
    assertThat(stories.stream().flatMap(s -> s.articles().stream()).map(CorpusStory.Member::outlet))
        .hasSize(5)
        .allMatch(o -> o.startsWith("Site of "));
    assertThat(problems)
        .containsExactly(
            empty + ": empty file",
            plain
                + ": the page names no outlet (og:site_name); give it with --outlet-from or a"
                + " manifest");
  }

  /**
   * The listing's publication times reach the grouping: a report weeks later that shares only the
   * first one's names is a story of its own, as with {@link Stories#group(List, java.util.Map)}.
   */
  @Test
  void publicationTimesFromTheListingKeepAFollowUpWeeksLaterApart() throws Exception {
    Map<String, Instant> published =
        Map.of(
            "first", Instant.parse("2026-03-02T08:00:00Z"),
            "later", Instant.parse("2026-04-20T08:00:00Z"));
    List<CorpusEntry> undated = new ArrayList<>();
    List<CorpusEntry> dated = new ArrayList<>();
    for (Map.Entry<String, String> t : damBreach().entrySet()) {
      Path file = Files.writeString(dir.resolve(t.getKey() + ".txt"), t.getValue());
      String id = t.getKey();
      undated.add(new CorpusEntry(id, id + ".txt", file.toString(), "outlet-" + id, null, null));
      dated.add(
          new CorpusEntry(
              id, id + ".txt", file.toString(), "outlet-" + id, published.get(id), null));
    }
    assertThat(storyIds(run(undated))).contains(List.of("first", "later"));
    assertThat(storyIds(run(dated))).contains(List.of("first"), List.of("later"));
  }

  /**
   * Where the listing gives no time, the page's metadata does, in whatever form the page writes it,
   * and it reaches both the output and the grouping; a listing's time wins over the page's.
   */
  @Test
  void publicationTimesFromThePagesKeepAFollowUpApartUnlessTheListingSaysOtherwise()
      throws Exception {
    Map<String, String> pageTimes =
        Map.of(
            "first",
            "<meta property=\"article:published_time\" content=\"2026-03-02T09:00:00+01:00\">",
            "later",
            "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\","
                + " \"datePublished\": \"2026-04-20T08:00:00Z\"}]}</script>");
    List<CorpusEntry> fromPages = new ArrayList<>();
    List<CorpusEntry> fromListing = new ArrayList<>();
    Instant sameDay = Instant.parse("2026-03-02T12:00:00Z");
    for (Map.Entry<String, String> t : damBreach().entrySet()) {
      String id = t.getKey();
      String[] headlineAndBody = t.getValue().split("\n\n", 2);
      Path file =
          Files.writeString(
              dir.resolve(id + ".html"),
              "<html><head>"
                  + pageTimes.getOrDefault(id, "")
                  + "<title>"
                  + headlineAndBody[0]
                  + "</title></head><body><article><p>"
                  + headlineAndBody[1]
                  + "</p></article></body></html>");
      fromPages.add(new CorpusEntry(id, id + ".html", file.toString(), "outlet-" + id, null, null));
      fromListing.add(
          new CorpusEntry(
              id,
              id + ".html",
              file.toString(),
              "outlet-" + id,
              pageTimes.containsKey(id) ? sameDay : null,
              null));
    }
    List<CorpusStory> byPages = run(fromPages);
    assertThat(storyIds(byPages)).contains(List.of("first"), List.of("later"));
    assertThat(byPages.stream().flatMap(s -> s.articles().stream()))
        .filteredOn(m -> pageTimes.containsKey(m.id()))
        .extracting(CorpusStory.Member::published)
        .containsExactlyInAnyOrder(
            Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-04-20T08:00:00Z"));
    assertThat(storyIds(run(fromListing))).contains(List.of("first", "later"));
    assertThat(problems).isEmpty();
  }

  /** A dam's failure, a follow-up weeks later that repeats only its names, and four other items. */
  private static Map<String, String> damBreach() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(
        "first",
        "Dam breach\n\nThe Orsova dam at Tellmark failed on the 4th, said engineer Ilsabet"
            + " Marn. Water from Orsova reached Tellmark farms, Marn said. Pumps ran at"
            + " Tellmark until the Orsova levee held.\n");
    texts.put(
        "later",
        "Inquiry opens\n\nAn inquiry into the Orsova failure at Tellmark opened, with"
            + " Ilsabet Marn called. Marn will speak on Orsova and Tellmark repairs, budget"
            + " hearings and insurance claims.\n");
    for (String topic : List.of("Harvest", "Tram", "Museum", "Regatta")) {
      texts.put(
          topic.toLowerCase(Locale.ROOT),
          topic
              + " news\n\nThe "
              + topic
              + " committee met in Wendholt about "
              + topic
              + " plans.\n");
    }
    return texts;
  }

  private static List<List<String>> storyIds(List<CorpusStory> stories) {
    return stories.stream()
        .map(s -> s.articles().stream().map(CorpusStory.Member::id).toList())
        .toList();
  }
}
