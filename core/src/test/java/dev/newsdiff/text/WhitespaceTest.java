package dev.newsdiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The loops must do exactly what the patterns they replace did. */
class WhitespaceTest {

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        " ",
        "one",
        "  two words ",
        "tab\tand\nnew line",
        "a \u0001 b",
        "\u0001 a",
        "no-break\u00a0space",
        "x\r\n\f y",
        "already collapsed",
        "ends with ",
        " starts",
        "a  b",
        "a\tb",
        "\u000B"
      })
  void likeTheirPatterns(String text) {
    String trimmed = text.trim();
    assertThat(Whitespace.wordCount(text))
        .isEqualTo(trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length);
    assertThat(Whitespace.collapse(text)).isEqualTo(text.replaceAll("\\s+", " "));
  }

  @Test
  void likeTheirPatternsOnRandomText() {
    Random random = new Random(11);
    String alphabet = "ab .\t\n\r\f\u000B\u00a0\u0001’";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      String trimmed = text.trim();
      assertThat(Whitespace.wordCount(text))
          .as("[%s]", text)
          .isEqualTo(trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length);
      assertThat(Whitespace.collapse(text))
          .as("[%s]", text)
          .isEqualTo(text.replaceAll("\\s+", " "));
    }
  }
}
