package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnSpellingTest {

  /**
   * Letters whose lower case depends on their place, or is longer, or is a mark: the hard cases.
   */
  private static final String ALPHABET = "aZΣσςΑİIıiß ǅ.-'0٣😀\u0301\u0307ΣΑΣ Ö\u200f";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sowetan LIVE",
        "ΑΣ.Β ΟΔΟΣ",
        "İSTANBUL İstanbul",
        "© 2023 The Jakarta Post. All rights reserved",
        "e\u0301cole 😀 ١٢٣",
        ""
      })
  void aLineIsFoldedAsItsLowerCaseIs(String line) {
    assertThat(OwnSpelling.foldedLetters(line))
        .isEqualTo(OwnSpelling.sigmaFolded(OwnSpelling.letters(line)));
  }

  @Test
  void randomLinesOfHardLettersAreFoldedAsTheirLowerCaseIs() {
    Random random = new Random(15);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder line = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        int at = random.nextInt(ALPHABET.length());
        // whole code points only: the emoji is a surrogate pair
        line.appendCodePoint(
            ALPHABET.codePointAt(Character.isLowSurrogate(ALPHABET.charAt(at)) ? at - 1 : at));
      }
      String s = line.toString();
      assertThat(OwnSpelling.foldedLetters(s))
          .as(s)
          .isEqualTo(OwnSpelling.sigmaFolded(OwnSpelling.letters(s)));
    }
  }
}
