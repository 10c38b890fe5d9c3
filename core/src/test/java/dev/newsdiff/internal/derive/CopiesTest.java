package dev.newsdiff.internal.derive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopiesTest {

  private static final String STORY =
      "Bridge closes for repairs\n\nThe bridge closes on Monday.\n\nBuses will run instead.\n";

  /** Whether a second text is a copy of STORY, and whether a reordered one. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Bridge closes for repairs\\n\\nThe bridge closes on Monday.\\n\\nBuses will run instead.\\n|copy",
        "Bridge closes for repairs\\n\\nThe bridge   closes on Monday.\\n\\nBuses will run instead.\\n|copy",
        "Repairs shut the bridge\\n\\nThe bridge closes on Monday.\\n\\nBuses will run instead.\\n|copy",
        "Bridge closes for repairs\\n\\nBuses will run instead.\\n\\nThe bridge closes on Monday.\\n|reordered",
        "Bridge closes for repairs\\n\\nThe bridge closes on Tuesday.\\n\\nBuses will run instead.\\n|none",
        "Bridge closes for repairs\\n\\nThe bridge closes on Monday.\\n|none",
      })
  void aCopyHasTheSameBodySentences(String other, String expected) {
    Article a = NewsDiff.parse("a", STORY);
    Article b = NewsDiff.parse("b", other.replace("\\n", "\n"));
    List<Copies.Group> groups = Copies.group(List.of(a, b));
    switch (expected) {
      case "none" -> assertThat(groups).isEmpty();
      case "copy", "reordered" -> {
        assertThat(groups)
            .singleElement()
            .satisfies(
                g -> {
                  assertThat(g.articles()).containsExactly(a, b);
                  assertThat(g.reordered())
                      .isEqualTo(expected.equals("copy") ? Set.of() : Set.of("b"));
                });
      }
      default -> throw new AssertionError(expected);
    }
    assertThat(Copies.distinctCount(List.of(a, b))).isEqualTo(groups.isEmpty() ? 2 : 1);
  }
}
