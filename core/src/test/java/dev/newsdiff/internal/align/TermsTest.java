package dev.newsdiff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.internal.align.Terms.Kind;
import dev.newsdiff.internal.align.Terms.Term;
import dev.newsdiff.internal.text.Stems;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

  private static List<String> keys(String text, Kind kind) {
    return Terms.of(text, 0, text.length(), new Stems()).stream()
        .filter(t -> t.kind() == kind)
        .map(Term::key)
        .toList();
  }

  /** A number next to what it counts becomes a figure of that kind, whatever the wording. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          At least 40 people died in the fire.                    | #~kill
          The blast killed 7 workers.                             | #~kill
          Twelve were hurt and three others were wounded.         | #~injur #~injur
          The storm left 5 dead and 30 injured.                   | #~kill #~injur
          Police arrested 14 men after the match.                 | #~arrest
          The bridge is 340 metres long.                          |
          He was born in 1961 in a village near the coast.        |
          """)
  void figuresNameWhatTheyCount(String text, String expected) {
    assertThat(keys(text, Kind.FIGURE))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
  }

  private static List<String> keys(String text) {
    return Terms.of(text, 0, text.length(), new Stems()).stream().map(Term::key).toList();
  }

  /** A figure reads the same whether its unit is glued on, spelt out, or converted in brackets. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The coach fell 150m into the gorge.                  | The coach fell 150 metres into the gorge.
          The storm moved 80km inland overnight.               | The storm moved 80 kilometres inland overnight.
          The coach fell 150 metres (492 feet) into the gorge. | The coach fell 150 metres into the gorge.
          The quake struck at 0345 (2245 GMT) near the coast.  | The quake struck at 0345 near the coast.
          The council raised £5m for the new bridge.           | The council raised £5 million for the new bridge.
          Talks resume on the 14th in the capital.             | Talks resume on the 14 in the capital.
          Fifteen miners were trapped for ninety hours.        | 15 miners were trapped for 90 hours.
          """)
  void figuresMatchHoweverTheirUnitIsWritten(String a, String b) {
    assertThat(keys(a)).isEqualTo(keys(b));
  }

  /** A bracket that is not a conversion, or a code that is not a unit, keeps its words. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The vote (the first since 2019) was close. | 2019
          The 5G masts went up in the spring.        | 5G
          """)
  void otherBracketsAndCodesStay(String text, String kept) {
    assertThat(keys(text)).contains(kept);
  }

  /** Who said it, closing a sentence, is marked so it counts little; the claim is not. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The dam burst at dawn and flooded the valley, police said on Monday.    | polic monday
          The dam burst at dawn and flooded the valley, state radio reported.     | state radio report
          The dam burst at dawn and flooded the valley, according to the council. | council
          Police said the dam burst at dawn and flooded the valley.               |
          The dam burst, police said.                                             |
          "We lost everything," said a farmer who lives below the dam.            |
          """)
  void closingAttributionsAreMarked(String text, String expected) {
    assertThat(keys(text, Kind.ATTRIBUTION))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
  }
}
