package dev.newsdiff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoriesTest {

  private static final Path SAMPLES = Path.of("..", "samples");

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
