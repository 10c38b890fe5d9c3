package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
      {"outlet-a", "turkiye-defence-briefing/trt-world.txt", "harbour-bridge-closure/northern-wire.txt"},
      {"outlet-b", "turkiye-defence-briefing/anadolu-agency.txt", "harbour-bridge-closure/city-herald.txt"},
      {"outlet-c", "turkiye-defence-briefing/daily-sabah.txt", "harbour-bridge-closure/coast-radio.txt",
          "unrelated-stories/valley-gazette.txt"}};
    for (String[] outlet : layout) {
      Path folder = Files.createDirectories(dir.resolve(outlet[0]));
      for (int i = 1; i < outlet.length; i++) {
        Files.copy(Path.of("..", "samples", outlet[i]), folder.resolve(Path.of(outlet[i]).getFileName()));
      }
    }
    Run run = Run.of("corpus", dir.toString());
    assertThat(run.code()).as(run.err()).isZero();
    // The independent radio report is not yet grouped with the wire's story (see StoriesTest).
    assertThat(run.out()).startsWith("7 articles from 3 outlets in ").contains("outlet-a").contains("outlet-c");
    assertThat(run.out()).containsPattern("outlet-c\\s+3\\s");
    Run json = Run.of("corpus", "--format", "json", dir.toString());
    assertThat(json.out()).contains("\"articles\": 7").contains("\"outlet\": \"outlet-a\"");
  }

  @Test
  void aFolderWithoutOutletFoldersIsBadInput() {
    Run run = Run.of("corpus", dir.toString());
    assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run.err()).contains("no outlet folders with articles").hasLineCount(1);
  }
}
