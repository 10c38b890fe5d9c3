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

  /**
   * Lines moved about may be read differently in their new place (a dateline that no longer opens
   * the story is part of its sentence; a caption away from its photo credit is body, and the
   * paragraph next to the credit a caption); the same lines in another order are still one text.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // The dateline's paragraph moved down.
        "Ferries halted\\n\\nOSLO, May 3 (Nordic Wire) - Ferries across the fjord stopped on Friday"
            + " after a pier gave way.\\n\\nThe operator said repairs would take a week.\\n\\n"
            + "Commuters were told to use the road bridge.\\n"
            + "|Ferries halted\\n\\nThe operator said repairs would take a week.\\n\\nCommuters were"
            + " told to use the road bridge.\\n\\nOSLO, May 3 (Nordic Wire) - Ferries across the"
            + " fjord stopped on Friday after a pier gave way.\\n",
        // A caption moved away from its photo credit, a sentence moved next to it.
        "Ferries halted\\n\\nFerries across the fjord stopped on Friday after a pier gave way.\\n\\n"
            + "A ferry waits at the closed pier in Oslo on Friday.\\n(Photo: Nordic Wire)\\n\\n"
            + "The operator said repairs would take a week.\\n\\n"
            + "Commuters were told to use the road bridge.\\n"
            + "|Ferries halted\\n\\nThe operator said repairs would take a week.\\n\\n"
            + "(Photo: Nordic Wire)\\n\\nA ferry waits at the closed pier in Oslo on Friday.\\n\\n"
            + "Ferries across the fjord stopped on Friday after a pier gave way.\\n\\n"
            + "Commuters were told to use the road bridge.\\n",
      })
  void theSameLinesInAnotherOrderAreACopy(String text, String shuffled) {
    Article a = NewsDiff.parse("a", text.replace("\\n", "\n"));
    Article b = NewsDiff.parse("b", shuffled.replace("\\n", "\n"));
    assertThat(Copies.group(List.of(a, b)))
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.articles()).containsExactly(a, b);
              assertThat(g.reordered()).containsExactly("b");
            });
  }
}
