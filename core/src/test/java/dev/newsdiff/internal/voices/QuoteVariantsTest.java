package dev.newsdiff.internal.voices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.QuoteVariant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteVariantsTest {

  private static final String OTHER =
      "\nThe harbour reopened later in the week after repairs.\nDivers found no further damage.\n";

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "The crew's quick decision to seal the engine room kept this from becoming a much bigger tragedy," Fire Chief Graham Whitcombe said. | "Sealing off the engine room so quickly is what stopped this becoming a much bigger disaster," Fire Chief Graham Whitcombe said. | reworded
          "Our first thought is with the injured passengers and their families, and we will cooperate fully with the investigation," said Paul Desrosiers. | "Our first thought is with the injured passengers and their families," said Paul Desrosiers. | trimmed
          "The smoke came up through the stairwells very fast, but the crew knew exactly what to do," Captain Elena Marchand said. | "The smoke came up through the stairwells very fast, but the crew knew exactly what to do," a company spokesperson said. | attribution
          "I ordered the engines shut down and the fire doors sealed the moment the alarm went off," Captain Elena Marchand said. | Captain Elena Marchand said she ordered the engines shut down and the fire doors sealed as soon as the alarm sounded. | direct-vs-reported
          """)
  void findsTheVariant(String a, String b, String kind) {
    Comparison c =
        NewsDiff.compare(List.of(NewsDiff.parse("a", a + OTHER), NewsDiff.parse("b", b + OTHER)));
    assertThat(c.quoteVariants()).extracting(v -> v.kind().label()).containsExactly(kind);
    QuoteVariant v = c.quoteVariants().get(0);
    assertThat(v.members())
        .extracting(QuoteVariant.Member::article)
        .containsExactlyInAnyOrder("a", "b");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          the sources        | the ministry sources | true
          Akturk             | Zeki Akturk          | true
          ministry officials | the sources          | false
          """)
  void speakers(String a, String b, boolean same) {
    assertThat(QuoteVariants.sameSpeaker(a, b)).isEqualTo(same);
  }
}
