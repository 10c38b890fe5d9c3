package dev.newsdiff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.internal.align.Terms.Kind;
import dev.newsdiff.internal.align.Terms.Term;
import dev.newsdiff.internal.text.Stems;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

  private static List<String> figures(String text) {
    return Terms.of(text, 0, text.length(), new Stems()).stream()
        .filter(t -> t.kind() == Kind.FIGURE)
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
    assertThat(figures(text))
        .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(" ")));
  }
}
