package dev.newsdiff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    List<List<String>> stories = stories(
        "turkiye-defence-briefing/trt-world.txt", "harbour-bridge-closure/northern-wire.txt",
        "turkiye-defence-briefing/anadolu-agency.txt", "harbour-bridge-closure/city-herald.txt",
        "turkiye-defence-briefing/daily-sabah.txt", "unrelated-stories/valley-gazette.txt",
        "unrelated-stories/metro-business-wire.txt");
    assertThat(stories).contains(List.of("anadolu-agency", "daily-sabah", "trt-world"));
    assertThat(stories).contains(List.of("city-herald", "northern-wire"));
    assertThat(stories).contains(List.of("valley-gazette")).contains(List.of("metro-business-wire"));
  }

  @Test
  void everySampleSetIsOneStoryExceptTheUnrelatedOne() throws Exception {
    // Four outlets' ferry-fire reports include a 100-word radio brief; harbour's include a
    // radio report that shares little wording with the others but names the same bridge.
    List<List<String>> stories = stories(
        "ferry-fire/coastal-times.txt", "ferry-fire/harbor-wire.txt", "ferry-fire/maritime-daily.txt",
        "ferry-fire/radio-brief.txt", "harbour-bridge-closure/city-herald.txt",
        "harbour-bridge-closure/coast-radio.txt", "harbour-bridge-closure/northern-wire.txt",
        "turkiye-defence-briefing/anadolu-agency.txt", "turkiye-defence-briefing/daily-sabah.txt",
        "turkiye-defence-briefing/trt-world.txt", "unrelated-stories/metro-business-wire.txt",
        "unrelated-stories/valley-gazette.txt");
    assertThat(stories).containsExactly(
        List.of("coastal-times", "harbor-wire", "maritime-daily", "radio-brief"),
        List.of("anadolu-agency", "daily-sabah", "trt-world"),
        List.of("city-herald", "coast-radio", "northern-wire"),
        List.of("metro-business-wire"),
        List.of("valley-gazette"));
  }

  @Test
  void theResultDoesNotDependOnOrder() throws Exception {
    assertThat(stories("turkiye-defence-briefing/trt-world.txt", "turkiye-defence-briefing/anadolu-agency.txt", "ferry-fire/harbor-wire.txt"))
        .isEqualTo(stories("ferry-fire/harbor-wire.txt", "turkiye-defence-briefing/anadolu-agency.txt", "turkiye-defence-briefing/trt-world.txt"));
  }
}
