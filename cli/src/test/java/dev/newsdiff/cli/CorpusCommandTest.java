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
  void anEmptyArticleIsBadInputNamingTheFile() throws Exception {
    Path outlet = Files.createDirectories(dir.resolve("outlet-a"));
    Files.copy(
        Path.of("..", "samples", "turkiye-defence-briefing", "trt-world.txt"),
        outlet.resolve("trt-world.txt"));
    Files.writeString(outlet.resolve("blank.txt"), "");
    Run run = Run.of("corpus", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err()).contains("blank.txt").contains("empty file").hasLineCount(1);
  }

  @Test
  void aFolderWithoutOutletFoldersIsBadInput() {
    Run run = Run.of("corpus", dir.toString());
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err()).contains("no outlet folders with articles").hasLineCount(1);
  }
}
