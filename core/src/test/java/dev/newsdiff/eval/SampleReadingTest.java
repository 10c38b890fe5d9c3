package dev.newsdiff.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds newsdiff's reading of every annotated sample set to accuracy thresholds. The same numbers
 * print with {@code ./newsdiff eval samples}; README.md quotes them.
 */
class SampleReadingTest {

  static final Path SAMPLES = Path.of("..", "samples");

  private static final double SENTENCE_F1 = 0.95;
  private static final double ROLE_F1 = 0.90;
  private static final double FURNITURE_F1 = 0.90;
  private static final double QUOTE_F1 = 0.90;
  private static final double SPEAKER_ACCURACY = 0.85;

  @Test
  void everySampleSetIsReadAccurately() throws Exception {
    assertThat(Files.isDirectory(SAMPLES))
        .as("samples folder at %s", SAMPLES.toAbsolutePath())
        .isTrue();
    List<Path> sets = SampleSet.under(SAMPLES);
    assertThat(sets).isNotEmpty();
    for (Path folder : sets) {
      ReadingEvaluation e = SampleSet.read(folder).evaluateReading();
      System.out.println("== " + folder.getFileName() + "\n" + e.describe());
      assertThat(e.sentences().f1())
          .as("%s sentence F1\n%s", folder, e.describe())
          .isGreaterThanOrEqualTo(SENTENCE_F1);
      assertThat(e.roles().f1()).as("%s role F1", folder).isGreaterThanOrEqualTo(ROLE_F1);
      assertThat(e.furniture().f1())
          .as("%s furniture F1", folder)
          .isGreaterThanOrEqualTo(FURNITURE_F1);
      assertThat(e.quotes().f1())
          .as("%s quote F1\n%s", folder, e.describe())
          .isGreaterThanOrEqualTo(QUOTE_F1);
      assertThat(e.speakers().precision())
          .as("%s speaker accuracy", folder)
          .isGreaterThanOrEqualTo(SPEAKER_ACCURACY);
    }
  }

  @Test
  void scoresMove() {
    // The evaluation must be able to fail: an empty reading scores zero recall.
    Score none = Score.of(0, 0, 10);
    assertThat(none.recall()).isZero();
    assertThat(Score.of(5, 10, 5).precision()).isEqualTo(0.5);
    assertThat(Score.of(4, 5, 8).f1()).isBetween(0.61, 0.62);
  }
}
