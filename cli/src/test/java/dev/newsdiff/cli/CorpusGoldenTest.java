package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole outputs of {@code newsdiff corpus} on a small corpus made of three written sample sets,
 * listed by a manifest with outlets, publication times and URLs, against files in {@code
 * src/test/resources/golden}; regenerated as {@link GoldenTest}'s are.
 */
class CorpusGoldenTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /** path in the samples, outlet, published, url; the rows in no particular order. */
  private static final String[][] ROWS = {
    {"harbour-bridge-closure/northern-wire.txt", "Northern Wire", "2026-03-02T06:10:00Z", ""},
    {
      "turkiye-defence-briefing/trt-world.txt",
      "TRT World",
      "2026-01-15",
      "https://example.org/trt/1"
    },
    {"ferry-fire/harbor-wire.txt", "Harbor Wire", "2026-02-01T09:00:00+01:00", ""},
    {"harbour-bridge-closure/city-herald.txt", "City Herald", "2026-03-02 09:30:00", ""},
    {"turkiye-defence-briefing/anadolu-agency.txt", "Anadolu Agency", "", ""},
    {"ferry-fire/coastal-times.txt", "Coastal Times", "", "https://example.org/ct?id=7"},
    {"harbour-bridge-closure/coast-radio.txt", "Coast Radio", "", ""},
    {"ferry-fire/maritime-daily.txt", "Maritime Daily", "2026-02-01", ""},
    {"unrelated-stories/valley-gazette.txt", "Valley Gazette", "", ""},
    {"turkiye-defence-briefing/daily-sabah.txt", "Daily Sabah", "", ""},
  };

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"corpus.txt, text", "corpus.json, json", "corpus.jsonl, jsonl"})
  void aManifestOfThreeStoriesAndALoneArticle(String golden, String format) throws IOException {
    StringBuilder manifest = new StringBuilder("url,Source,path,date,title\n");
    for (String[] row : ROWS) {
      Path file = dir.resolve("articles").resolve(row[0]);
      Files.createDirectories(file.getParent());
      Files.copy(Path.of("..", "samples").resolve(row[0]), file);
      manifest
          .append(row[3])
          .append(',')
          .append(row[1])
          .append(",articles/")
          .append(row[0])
          .append(',')
          .append(row[2])
          .append(",\"a title, quoted\"\n");
    }
    Path list = Files.writeString(dir.resolve("list.csv"), manifest);
    Run run = Run.of("corpus", "--format", format, list.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("newsdiff.updateGolden")) {
      Files.writeString(file, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
