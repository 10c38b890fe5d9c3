package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {

  @TempDir Path dir;

  /** Three outlets, three events: the defence briefing, the bridge closure, a school board vote. */
  @Test
  void groupsArticlesIntoStoriesAndSumsUpPerOutlet() throws Exception {
    String[][] layout = {
      {
        "outlet-a",
        "turkiye-defence-briefing/trt-world.txt",
        "harbour-bridge-closure/northern-wire.txt"
      },
      {
        "outlet-b",
        "turkiye-defence-briefing/anadolu-agency.txt",
        "harbour-bridge-closure/city-herald.txt"
      },
      {
        "outlet-c",
        "turkiye-defence-briefing/daily-sabah.txt",
        "harbour-bridge-closure/coast-radio.txt",
        "unrelated-stories/valley-gazette.txt"
      }
    };
    for (String[] outlet : layout) {
      Path folder = Files.createDirectories(dir.resolve(outlet[0]));
      for (int i = 1; i < outlet.length; i++) {
        Files.copy(
            Path.of("..", "samples", outlet[i]), folder.resolve(Path.of(outlet[i]).getFileName()));
      }
    }
    Run run = Run.of("corpus", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(
            "7 articles from 3 outlets in 3 stories; 2 stories carried by two or more articles compared.");
    assertThat(run.out()).containsPattern("outlet-c\\s+3\\s+3\\s");
    Run json = Run.of("corpus", "--format", "json", dir.toString());
    JsonNode corpus = new ObjectMapper().readTree(json.out()).get("corpus");
    assertThat(corpus.get("stories").asInt()).isEqualTo(3);
    assertThat(corpus.get("outlets").findValuesAsText("outlet"))
        .containsExactly("outlet-a", "outlet-b", "outlet-c");
    assertThat(corpus.get("outlets").get(2).get("articles").asInt()).isEqualTo(3);
    assertThat(Run.of("corpus", "--format", "json", dir.toString()).out()).isEqualTo(json.out());
  }

  @Test
  void anUnreadableArticleIsOneLineOnStderrAndSkipped() throws Exception {
    Path outlet = Files.createDirectories(dir.resolve("outlet-a"));
    Files.copy(
        Path.of("..", "samples", "turkiye-defence-briefing", "trt-world.txt"),
        outlet.resolve("trt-world.txt"));
    Files.writeString(outlet.resolve("blank.txt"), "");
    Run run = Run.of("corpus", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("blank.txt").contains("empty file").hasLineCount(1);
    assertThat(run.out()).startsWith("1 articles from 1 outlets in 1 stories");
  }

  @Test
  void strictFailsOnTheFirstUnreadableArticle() throws Exception {
    Path outlet = Files.createDirectories(dir.resolve("outlet-a"));
    Files.copy(
        Path.of("..", "samples", "turkiye-defence-briefing", "trt-world.txt"),
        outlet.resolve("trt-world.txt"));
    Files.writeString(outlet.resolve("blank.txt"), "");
    Run run = Run.of("corpus", "--strict", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err()).contains("blank.txt").contains("empty file").hasLineCount(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void strictFailsOnABadManifestRowNamingItsLine() throws Exception {
    Files.copy(
        Path.of("..", "samples", "turkiye-defence-briefing", "trt-world.txt"),
        dir.resolve("trt-world.txt"));
    Path manifest =
        Files.writeString(
            dir.resolve("list.csv"), "path,outlet,published\ntrt-world.txt,TRT,yesterday\n");
    Run lenient = Run.of("corpus", manifest.toString());
    assertThat(lenient.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(lenient.err())
        .contains("list.csv:2: published time 'yesterday' is not ISO 8601")
        .contains("list.csv: no articles listed");
    Run strict = Run.of("corpus", "--strict", manifest.toString());
    assertThat(strict.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(strict.err()).contains("list.csv:2: published time").hasLineCount(1);
  }

  @Test
  void aFlatFolderTakesTheOutletFromTheFileName() throws Exception {
    Path story = Path.of("..", "samples", "turkiye-defence-briefing");
    Files.copy(story.resolve("trt-world.txt"), dir.resolve("trt_peacekeepers.txt"));
    Files.copy(story.resolve("anadolu-agency.txt"), dir.resolve("aa_peacekeepers.txt"));
    Files.copy(story.resolve("daily-sabah.txt"), dir.resolve("sabah_peacekeepers.txt"));
    Files.copy(
        Path.of("..", "samples", "unrelated-stories", "valley-gazette.txt"),
        dir.resolve("untitled.txt"));
    Run run = Run.of("corpus", "--format", "jsonl", "--outlet-from", "^([a-z]+)_", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("untitled.txt: file name gives no outlet with --outlet-from")
        .hasLineCount(1);
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode story1 = new ObjectMapper().readTree(lines[0]).get("story");
    assertThat(story1.get("articles").findValuesAsText("outlet"))
        .containsExactly("aa", "sabah", "trt");
    assertThat(story1.get("articles").findValuesAsText("id"))
        .containsExactly("aa_peacekeepers", "sabah_peacekeepers", "trt_peacekeepers");
    assertThat(new ObjectMapper().readTree(lines[1]).get("corpus").get("articles").asInt())
        .isEqualTo(3);
  }

  @Test
  void anOutletPatternWithoutAGroupIsAUsageError() {
    Run run = Run.of("corpus", "--outlet-from", "^[a-z]+_", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--outlet-from needs a group").hasLineCount(1);
  }

  @Test
  void aFolderWithoutOutletFoldersIsBadInput() {
    Run run = Run.of("corpus", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err()).contains("no articles").hasLineCount(1);
  }
}
