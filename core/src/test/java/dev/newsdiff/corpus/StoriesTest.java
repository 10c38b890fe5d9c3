package dev.newsdiff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoriesTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  private static List<List<String>> ids(List<List<Article>> stories) {
    return stories.stream().map(s -> s.stream().map(Article::id).toList()).toList();
  }

  private static List<List<String>> stories(String... files) throws Exception {
    List<Article> articles = new ArrayList<>();
    for (String f : files) {
      articles.add(NewsDiff.read(SAMPLES.resolve(f)));
    }
    List<List<String>> out = new ArrayList<>();
    for (List<Article> s : Stories.group(articles)) {
      out.add(s.stream().map(Article::id).toList());
    }
    return out;
  }

  @Test
  void copiesAndTranslationsOfOneEventAreOneStoryAndUnrelatedStoriesStayApart() throws Exception {
    List<List<String>> stories =
        stories(
            "turkiye-defence-briefing/trt-world.txt",
            "harbour-bridge-closure/northern-wire.txt",
            "turkiye-defence-briefing/anadolu-agency.txt",
            "harbour-bridge-closure/city-herald.txt",
            "turkiye-defence-briefing/daily-sabah.txt",
            "unrelated-stories/valley-gazette.txt",
            "unrelated-stories/metro-business-wire.txt");
    assertThat(stories).contains(List.of("anadolu-agency", "daily-sabah", "trt-world"));
    assertThat(stories).contains(List.of("city-herald", "northern-wire"));
    assertThat(stories)
        .contains(List.of("valley-gazette"))
        .contains(List.of("metro-business-wire"));
  }

  @Test
  void everySampleSetIsOneStoryExceptTheUnrelatedOne() throws Exception {
    // Four outlets' ferry-fire reports include a 100-word radio brief; harbour's include a
    // radio report that shares little wording with the others but names the same bridge.
    List<List<String>> stories =
        stories(
            "ferry-fire/coastal-times.txt",
            "ferry-fire/harbor-wire.txt",
            "ferry-fire/maritime-daily.txt",
            "ferry-fire/radio-brief.txt",
            "harbour-bridge-closure/city-herald.txt",
            "harbour-bridge-closure/coast-radio.txt",
            "harbour-bridge-closure/northern-wire.txt",
            "turkiye-defence-briefing/anadolu-agency.txt",
            "turkiye-defence-briefing/daily-sabah.txt",
            "turkiye-defence-briefing/trt-world.txt",
            "unrelated-stories/metro-business-wire.txt",
            "unrelated-stories/valley-gazette.txt");
    assertThat(stories)
        .containsExactly(
            List.of("coastal-times", "harbor-wire", "maritime-daily", "radio-brief"),
            List.of("anadolu-agency", "daily-sabah", "trt-world"),
            List.of("city-herald", "coast-radio", "northern-wire"),
            List.of("metro-business-wire"),
            List.of("valley-gazette"));
  }

  /**
   * Rarity is weighed as in a corpus of at least 500 articles: in 60, a story's own name in its six
   * articles would weigh log(10) against log(30) for a word of two, and count for little.
   */
  @ParameterizedTest(name = "{0} articles")
  @CsvSource({"60, 500", "499, 500", "500, 500", "2000, 2000"})
  void aSmallCorpusWeighsRarityAsOneOfFiveHundredArticles(int n, int weighedAs) {
    Map<String, Double> signature =
        Stories.signature(
            Map.of("$orsova", 1, "tellmark", 1),
            Map.of("$orsova", 6, "tellmark", 2, "common", 10),
            n);
    assertThat(signature)
        .containsOnlyKeys("$orsova", "tellmark")
        .hasEntrySatisfying(
            "$orsova", w -> assertThat(w).isCloseTo(Math.log(weighedAs / 6.0), OFFSET))
        .hasEntrySatisfying(
            "tellmark", w -> assertThat(w).isCloseTo(Math.log(weighedAs / 2.0), OFFSET));
  }

  private static final org.assertj.core.data.Offset<Double> OFFSET =
      org.assertj.core.data.Offset.offset(1e-9);

  @Test
  void mergeTakesStrongestLinksFirstAndCapsAStory() {
    // 70 articles chained by equally strong links: a chain must not become one 70-article story.
    List<String> ids = new ArrayList<>();
    List<Stories.Link> links = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      ids.add(String.format("a%02d", i));
      if (i > 0) {
        links.add(new Stories.Link(ids.get(i - 1), ids.get(i), 0.5));
      }
    }
    List<List<String>> stories = Stories.merge(ids, links);
    assertThat(stories).allSatisfy(s -> assertThat(s.size()).isLessThanOrEqualTo(64));
    assertThat(stories.stream().mapToInt(List::size).sum()).isEqualTo(70);

    // Links join through a shared article whatever the order of ids; unlinked articles stay alone.
    List<Stories.Link> three =
        List.of(new Stories.Link("a", "x", 0.3), new Stories.Link("b", "x", 0.9));
    assertThat(Stories.merge(List.of("x", "b", "a"), three))
        .containsExactly(List.of("a", "b", "x"));
    assertThat(Stories.merge(List.of("a", "b", "x", "y"), List.of()))
        .containsExactly(List.of("a"), List.of("b"), List.of("x"), List.of("y"));
  }

  @Test
  void aScoreNeedsASharedNameFigureOrCodeNotJustWords() {
    Map<String, Double> a = Map.of("board", 1.0, "tuesday", 1.0, "million", 1.0, "price", 1.0);
    Map<String, Double> b =
        Map.of("board", 1.0, "tuesday", 1.0, "million", 1.0, "price", 1.0, "#11", 1.0);
    assertThat(Stories.score(a, b)).isZero();
    Map<String, Double> c =
        Map.of("board", 1.0, "tuesday", 1.0, "million", 1.0, "#ellen vance", 1.0);
    Map<String, Double> d =
        Map.of("board", 1.0, "tuesday", 1.0, "million", 1.0, "#ellen vance", 1.0, "steel", 1.0);
    assertThat(Stories.score(c, d)).isEqualTo(1.0);
    assertThat(Stories.sameStory(Stories.score(c, d))).isTrue();
  }

  @Test
  void theResultDoesNotDependOnOrder() throws Exception {
    assertThat(
            stories(
                "turkiye-defence-briefing/trt-world.txt",
                "turkiye-defence-briefing/anadolu-agency.txt",
                "ferry-fire/harbor-wire.txt"))
        .isEqualTo(
            stories(
                "ferry-fire/harbor-wire.txt",
                "turkiye-defence-briefing/anadolu-agency.txt",
                "turkiye-defence-briefing/trt-world.txt"));
  }

  /** Terms of one body sentence under a headline that names nothing. */
  private static Map<String, Integer> bodyTerms(String sentence) {
    return Stories.terms(NewsDiff.parse("t", "Report\n\n" + sentence + "\n"));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A capitalised word inside a sentence is a name...
        "Crews searched the valley near Korvell overnight. | $korvell | true",
        "The mayor thanked Ilsabet Marn for the work. | $marn | true",
        // ...but not the capital that opens every sentence...
        "Searchers reached the valley overnight. | $searchers | false",
        // ...nor a weekday or month, which names no event.
        "The road shut on Wednesday after the slide. | $wednesday | false",
        "The inquiry reports in November at the earliest. | $november | false",
      })
  void aCapitalisedWordInsideASentenceIsANameButNotAWeekdayOrTheFirstWord(
      String sentence, String term, boolean present) {
    assertThat(bodyTerms(sentence).containsKey(term)).isEqualTo(present);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // One name written with its accents or without is one term...
        "The court in Valdoré heard Inés Ortuño on Friday. | $ortuno | true",
        "The court in Valdoré heard Inés Ortuño on Friday. | $ortuño | false",
        "Ships waited off Kılınçlı until dawn. | $kilincli | true",
        // ...a name that opens a sentence is the name the article writes inside its sentences...
        "Ortuño denied it. The court heard Ortuño for an hour. | $ortuno | true",
        "Ortuño denied it. The court heard Ortuño for an hour. | ortuno | false",
        // ...and a capital that opens a sentence but names nothing there stays a word.
        "Searchers reached the valley. The road was shut. | searcher | true",
      })
  void termsFoldAccentsAndCountANameThatOpensASentenceAsTheName(
      String sentences, String term, boolean present) {
    assertThat(bodyTerms(sentences).containsKey(term)).isEqualTo(present);
  }

  @Test
  void aNameThatOpensSentencesCountsEachTime() {
    assertThat(bodyTerms("Ortuño denied it. The court heard Ortuño. Ortuño left."))
        .containsEntry("$ortuno", 3);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A date without a figure is in every story of its year: a word, never an anchor.
        "The quarry flooded last year after the storm. | last year | #last year",
        // A dated one stays a figure.
        "The quarry flooded on 14 March 2019 after the storm. | #2019-03-14 | 2019-03-14",
      })
  void aDateWithoutAFigureIsAWordAndADatedOneAFigure(
      String sentence, String present, String absent) {
    assertThat(bodyTerms(sentence)).containsKey(present).doesNotContainKey(absent);
  }

  @Test
  void aNameTheCorpusAlsoWritesInLowerCaseIsNoName() {
    // "Federation" in one union's name, "federation" in ordinary use as often: a word, not a name.
    Map<String, Integer> terms = Map.of("$federation", 1, "$quarrow", 1, "miner", 2);
    Map<String, Integer> df = Map.of("$federation", 2, "feder", 3, "$quarrow", 2, "miner", 2);
    assertThat(Stories.signature(terms, df, 1000)).containsKeys("$quarrow", "miner");
    assertThat(Stories.signature(terms, df, 1000)).doesNotContainKey("$federation");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // shared terms beside three ordinary words | score is 0
        "a name | $quarrow | false",
        "a multi-word name found as a fact | #port ellery | false",
        "a code | @ab-1234 | false",
        "a large figure | #4150 | false",
        "a small number only | #11 | true",
        "a weekday only | #tuesday | true",
      })
  void aScoreNeedsASharedNameFigureOrCodeAndAWeekdayOrSmallNumberIsNone(
      String what, String anchor, boolean zero) {
    Map<String, Double> a = Map.of("flood", 1.0, "levee", 1.0, "pumps", 1.0, anchor, 1.0);
    Map<String, Double> b =
        Map.of("flood", 1.0, "levee", 1.0, "pumps", 1.0, anchor, 1.0, "other", 1.0);
    assertThat(Stories.score(a, b) == 0).as(what).isEqualTo(zero);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what | links between x1..x3 and y1..y3 (plus x1-x2-x3 and y1-y2-y3 chains) | one story
        "one stray link between two stories stays a coincidence | x3-y1 | false",
        "two links, one per two articles of the smaller story, join them | x3-y1 x2-y2 | true",
      })
  void twoStoriesJoinOnlyWhenEnoughOfTheirArticlesLink(
      String what, String crossing, boolean joined) {
    List<Stories.Link> links = new ArrayList<>();
    for (String p : List.of("x1-x2", "x2-x3", "y1-y2", "y2-y3")) {
      links.add(new Stories.Link(p.substring(0, 2), p.substring(3), 0.9));
    }
    for (String p : crossing.split(" ")) {
      links.add(new Stories.Link(p.substring(0, 2), p.substring(3), 0.5));
    }
    List<String> ids = List.of("x1", "x2", "x3", "y1", "y2", "y3");
    assertThat(Stories.merge(ids, links)).as(what).hasSize(joined ? 1 : 2);
  }

  @Test
  void aSingleArticleJoinsAStoryOnOneLink() {
    List<Stories.Link> links =
        List.of(
            new Stories.Link("x1", "x2", 0.9),
            new Stories.Link("x2", "x3", 0.9),
            new Stories.Link("x3", "z", 0.3));
    assertThat(Stories.merge(List.of("x1", "x2", "x3", "z"), links))
        .containsExactly(List.of("x1", "x2", "x3", "z"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what | second article's terms beside the shared names | second published | one story
        "same day | ballot recount | 2026-03-02T17:00:00Z | true",
        "three days on, still the story | ballot recount | 2026-03-05T07:00:00Z | true",
        "a week on, only the names shared: a follow-up | appeal hearing | 2026-03-09T08:00:00Z | false",
        "a week on, the same statements | ballot recount | 2026-03-09T08:00:00Z | true",
        "a time not known: grouped by text | appeal hearing | | true",
      })
  void aLaterReportJoinsItsStoryOnlyWhenItRepeatsItsStatements(
      String what, String words, @Nullable Instant published, boolean same) {
    Map<String, Double> names =
        Map.of("$orsova", 2.0, "$tellmark", 2.0, "#ilsabet marn", 2.0, "@dx-204", 2.0);
    Map<String, Double> first = new HashMap<>(names);
    first.put("ballot", 1.0);
    first.put("recount", 1.0);
    Map<String, Double> second = new HashMap<>(names);
    for (String w : words.split(" ")) {
      second.put(w, 1.0);
    }
    double score = Stories.score(first, second, Instant.parse("2026-03-02T08:00:00Z"), published);
    assertThat(Stories.sameStory(score)).as(what).isEqualTo(same);
  }

  @Test
  void publicationTimesKeepAFollowUpWeeksLaterApartWhenItSharesOnlyNames() throws Exception {
    Article first =
        NewsDiff.parse(
            "first",
            "Dam breach\n\nThe Orsova dam at Tellmark failed on the 4th, said engineer Ilsabet"
                + " Marn. Water from Orsova reached Tellmark farms, Marn said. Pumps ran at"
                + " Tellmark until the Orsova levee held.\n");
    Article later =
        NewsDiff.parse(
            "later",
            "Inquiry opens\n\nAn inquiry into the Orsova failure at Tellmark opened, with"
                + " Ilsabet Marn called. Marn will speak on Orsova and Tellmark repairs, budget"
                + " hearings and insurance claims.\n");
    // Other news, so that the two reports' shared names are rare in the corpus.
    List<Article> corpus = new ArrayList<>(List.of(first, later));
    for (String topic : List.of("Harvest", "Tram", "Museum", "Regatta")) {
      corpus.add(
          NewsDiff.parse(
              topic.toLowerCase(Locale.ROOT),
              topic
                  + " news\n\nThe "
                  + topic
                  + " committee met in Wendholt about "
                  + topic
                  + " plans.\n"));
    }
    assertThat(ids(Stories.group(corpus))).contains(List.of("first", "later"));
    Map<String, Instant> published =
        Map.of(
            "first", Instant.parse("2026-03-02T08:00:00Z"),
            "later", Instant.parse("2026-04-20T08:00:00Z"));
    assertThat(ids(Stories.group(corpus, published))).contains(List.of("first"), List.of("later"));
  }

  /**
   * Codes ("F-16") were found with look-aheads that read the rest of a run of capitals, digits and
   * hyphens from each of its letters: quadratic in the run. The timeout is a hang guard.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"A-, 100000", "1-, 100000", "\u0301, 100000", "A1, 100000"})
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aLongRunOfCodeCharactersIsReadInTime(String run, int times) {
    Article hostile =
        NewsDiff.parse("hostile", "Fire\n\nThe F-16 " + run.repeat(times) + " burned.\n");
    Article other = NewsDiff.parse("other", "Fire\n\nThe F-16 burned at dawn.\n");
    assertThat(Stories.group(List.of(hostile, other))).isNotEmpty();
  }
}
