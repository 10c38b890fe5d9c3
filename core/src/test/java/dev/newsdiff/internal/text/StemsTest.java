package dev.newsdiff.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(new Stems().stem(word)).isEqualTo(stem);
  }

  /** A remembered stem is the one the stemmer gives, whatever was stemmed in between. */
  @Test
  void aRememberedStemIsTheSameAsAFreshOne() {
    List<String> words = List.of("reported", "Reporting", "ministries", "ministry", "cooperation");
    Stems stems = new Stems();
    List<String> first = words.stream().map(stems::stem).toList();
    for (int i = 0; i < 1_000; i++) {
      stems.stem("word" + i + "ing");
    }
    assertThat(words.stream().map(stems::stem).toList())
        .isEqualTo(first)
        .isEqualTo(words.stream().map(w -> new Stems().stem(w)).toList())
        .containsExactly("report", "report", "ministri", "ministri", "cooper");
  }
}
