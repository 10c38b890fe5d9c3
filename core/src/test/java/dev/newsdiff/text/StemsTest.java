package dev.newsdiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "evaluations, evalu",
    "evaluated, evalu",
    "Tunnels, tunnel",
    "DESTROYED, destroy",
    "İstanbul, i̇stanbul",
  })
  void stemsLowerCasedWords(String word, String stem) {
    assertThat(Stems.of(word)).isEqualTo(stem);
  }

  /** Remembered stems are the stemmer's, however many words come between two asks. */
  @Test
  void aRememberedStemIsTheSameAsAFreshOne() {
    List<String> first = new ArrayList<>();
    for (String w : List.of("reported", "reporting", "ministries", "ministry", "cooperation")) {
      first.add(Stems.of(w));
    }
    for (int i = 0; i < 10_000; i++) {
      Stems.of("word" + i + "ing"); // more than are remembered
    }
    List<String> again = new ArrayList<>();
    for (String w : List.of("reported", "reporting", "ministries", "ministry", "cooperation")) {
      again.add(Stems.of(w));
    }
    assertThat(again)
        .isEqualTo(first)
        .containsExactly("report", "report", "ministri", "ministri", "cooper");
    assertThat(Stems.of("word9999ing")).isEqualTo("word9999");
  }
}
