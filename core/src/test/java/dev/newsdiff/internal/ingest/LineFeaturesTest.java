package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.internal.ingest.Lines.Line;
import dev.newsdiff.model.FurnitureKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineFeaturesTest {

  private static List<Map<String, Double>> features(String page) {
    List<Line> lines = Lines.of(page);
    FurnitureKind[] none = new FurnitureKind[lines.size()];
    return LineFeatures.of(lines, none, none.clone());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Updated 12:40 GMT                                              | true",
        "Mar 01 2018                                                    | true",
        "Published 2023-05-04                                           | true",
        "5 hours ago                                                    | true",
        "Posted by the news desk                                        | true",
        "4 June                                                         | true",
        "The ferry left the harbour with 312 passengers aboard.         | false",
        "Officials said the road would stay closed until further notice. | false",
        "The report was published after the vote.                       | true",
        "Shares rose 12.5 per cent.                                     | false",
      })
  void flagsTheStuffOfTimeStamps(String line, boolean dateOrTime) {
    assertThat(features(line).get(0).containsKey("date.or.time")).isEqualTo(dateOrTime);
  }

  @Test
  void readsEachNeighbourFromItsOwnSignals() {
    List<Map<String, Double>> f =
        features("Share this\n\nThe ferry left the harbour with 312 passengers aboard.\n\nMore");

    assertThat(f.get(0)).containsEntry("prev.none", 1.0).containsKey("next.prose");
    assertThat(f.get(0).get("next.words")).isEqualTo(f.get(1).get("words"));
    assertThat(f.get(1)).containsKey("prose").doesNotContainKey("prev.prose");
    assertThat(f.get(2)).containsEntry("next.none", 1.0);
  }

  /** A line the page prints twice (a picture's text and its caption) is flagged; story is not. */
  @Test
  void flagsALineThePagePrintsMoreThanOnce() {
    List<Map<String, Double>> f =
        features(
            "Crews at the pier\nCrews at the pier\n"
                + "The ferry left the harbour with 312 passengers aboard.");

    assertThat(f.get(0)).containsEntry("repeated", 1.0);
    assertThat(f.get(1)).containsEntry("repeated", 1.0);
    assertThat(f.get(2)).doesNotContainKey("repeated");
  }
}
