package dev.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShorteningTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          short enough, kept whole    | abcdef      | 6 | 3 | abcdef
          cut between letters         | abcdefgh    | 6 | 3 | abc…
          emoji not cut in half       | ab😀cdefgh  | 6 | 3 | ab…
          emoji kept when it fits     | ab😀cdefgh  | 6 | 4 | ab😀…
          accent kept with its letter | abe\u0301cdefgh | 6 | 3 | ab…
          flag not cut between halves | a🇹🇷bcdefgh | 6 | 4 | a…
          joined emoji kept whole     | a👩‍👩‍👧bcdefghijk | 8 | 6 | a…
          """)
  void cutsOnlyBetweenWhatAReaderSeesAsCharacters(
      String what, String text, int longest, int keep, String shortened) {
    assertThat(Shortening.shorten(text, longest, keep, "…")).isEqualTo(shortened);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a performance limit
  void aLetterWithFiftyThousandCombiningMarksIsCutBeforeIt() {
    String text = "ab" + "e" + "\u0301".repeat(50_000) + " end";
    assertThat(Shortening.shorten(text, 90, 87, "…")).isEqualTo("ab…");
  }
}
