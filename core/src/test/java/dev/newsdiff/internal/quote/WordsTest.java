package dev.newsdiff.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.internal.quote.Words.Tok;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordsTest {

  @Test
  void wordsKeepTheirJoinersAndTitlesTheirStop() {
    String text = "Dr. Raman's well-known plan, 27,000";
    assertThat(Words.of(text, 0, text.length()).stream().map(Tok::text))
        .containsExactly("Dr.", "Raman's", "well-known", "plan", ",", "27", ",", "000");
  }

  @Test
  void initialismsAreOneWord() {
    String text = "U.S. envoy Tom Brand, U.N. staff and the E.U.";
    assertThat(Words.of(text, 0, text.length()).stream().map(Tok::text))
        .containsExactly(
            "U.S.", "envoy", "Tom", "Brand", ",", "U.N.", "staff", "and", "the", "E.U.");
  }

  @Test
  void aSentenceGluedToTheWordBeforeItStartsAWord() {
    String text = "according to the reportMeanwhile, iPhone and eBay sales at McDonald's";
    assertThat(Words.of(text, 0, text.length()).stream().map(Tok::text))
        .containsExactly(
            "according",
            "to",
            "the",
            "report",
            "Meanwhile",
            ",",
            "iPhone",
            "and",
            "eBay",
            "sales",
            "at",
            "McDonald's");
  }

  /**
   * firstWord is what a caller finds by tokenizing everything and skipping the commas, semicolons
   * and dashes that may stand between a quote and its attribution.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        " the ministry said",
        ", ; Guler said",
        "\" she said",
        "",
        "   ",
        ",,",
        "; and then",
        "— Akturk said",
        ", – Akturk wrote",
        "( Akturk said",
        "Dr. Raman said"
      })
  void firstWordAgreesWithTheWholeTokenization(String text) {
    List<Tok> all = Words.of(text, 0, text.length());
    Tok expected = null;
    for (Tok t : all) {
      if (t.word()) {
        expected = t;
        break;
      }
      if (!Words.LEADS_TO_ATTRIBUTION.contains(t.text())) {
        break;
      }
    }
    assertThat(Words.firstWord(text, 0, text.length())).isEqualTo(expected);
  }

  /** firstWordStops gives, from each token, the token firstWord stops at. */
  @ParameterizedTest
  @ValueSource(strings = {"a, b,c ,d , U.N., ;; — – ,, end.", ",,,, said", "", "one", ", ; ( x"})
  void firstWordStopsWhereFirstWordDoes(String text) {
    List<Tok> all = Words.of(text, 0, text.length());
    int[] stops = Words.firstWordStops(all);
    for (int i = 0; i <= all.size(); i++) {
      Tok stop = stops[i] < all.size() ? all.get(stops[i]) : null;
      assertThat(stop != null && stop.word() ? stop : null)
          .as("from token %d", i)
          .isEqualTo(Words.firstWord(all.subList(i, all.size())));
    }
  }

  /**
   * Tokens of a stretch taken from the tokens of a longer one read as the stretch read alone, for
   * every end: an end may cut a title, an initialism, a joined word or a glued sentence.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dr. Raman's well-known plan, U.S. staff, 27,000 votes, the reportMeanwhile, Lt. Ode",
        "a, b,c ,d , U.N., e-mail, O'Neill’s, 1.5, x.Y, ,, end.",
        "officials said, Mr. Ade, and the harbour masterToday said, “No,” she said"
      })
  void tokensWithinAStretchAreTheStretchsOwn(String text) {
    List<Tok> all = Words.of(text, 0, text.length());
    for (int first = 1; first < all.size(); first++) {
      int from = all.get(first - 1).end();
      for (int to = from; to <= text.length(); to++) {
        List<Tok> within = Words.within(text, all, first, from, to);
        assertThat(within).as("from %d to %d", from, to).isEqualTo(Words.of(text, from, to));
        assertThat(Words.firstWord(within)).isEqualTo(Words.firstWord(text, from, to));
      }
    }
  }
}
