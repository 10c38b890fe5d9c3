package dev.newsdiff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regressions of whole alignments: what must align across outlets and what must not. */
class AlignerTest {

  private static Comparison compare(String first, String second) {
    return NewsDiff.compare(
        List.of(NewsDiff.parse("first", first), NewsDiff.parse("second", second)),
        CompareOptions.defaults());
  }

  /** The sentences of "second" that share a statement with the sentence of "first" holding key. */
  private static List<String> alignedWith(Comparison c, String key) {
    return c.statements().stream()
        .filter(
            s ->
                s.members().stream()
                    .anyMatch(
                        m -> m.article().equals("first") && c.sentence(m).text().contains(key)))
        .flatMap(s -> s.members().stream())
        .filter(m -> m.article().equals("second"))
        .map(m -> c.sentence(m).text())
        .toList();
  }

  @Test
  void leadsThatGiveDifferentTollsForOneCrashAlign() {
    Comparison c =
        compare(
            """
            Bus crash kills 12 in mountains

            At least 12 people were killed and more than 20 injured when a bus plunged off a \
            mountain road into a river on Sunday, police said.

            The driver had lost control on a sharp bend, a witness told local television.

            Rescue teams worked through the night with floodlights.
            """,
            """
            Dozens hurt as coach falls into ravine

            At least 19 passengers died and 27 were injured after their vehicle fell into a \
            ravine near the border, officials said.

            The coach was carrying pilgrims home from a festival.

            The regional governor declared three days of mourning.
            """);
    assertThat(alignedWith(c, "At least 12 people"))
        .containsExactly(
            "At least 19 passengers died and 27 were injured after their vehicle fell into a ravine"
                + " near the border, officials said.");
  }

  @Test
  void quotesThatOnlyShareTheirOpeningWordsDoNotAlign() {
    Comparison c =
        compare(
            """
            Storm leaves town without power

            "It was a long night, but the generators at the hospital never failed," said the \
            hospital director, Ana Ruiz.

            Power lines were brought down across the valley.
            """,
            """
            Fishermen count losses after gale

            "It was a long night, but we will rebuild the jetty before the season starts," said \
            harbour master Tom Keane.

            Several boats sank at their moorings.
            """);
    assertThat(alignedWith(c, "long night")).isEmpty();
  }

  @Test
  void aSentenceThatAnotherOutletSplitsInTwoAlignsWithBothHalves() {
    Comparison c =
        compare(
            """
            Ferry heads for shelter

            The damaged ferry is due to reach the island harbour late on Monday and will stay \
            there until spring.

            Coastguard crews escorted it out of the shipping lane.
            """,
            """
            Stricken ferry limps to island

            The damaged ferry, carrying 230 passengers and crew, is due to reach the island \
            harbour late on Monday.

            It will stay until spring.

            The operator has cancelled all crossings for the week.
            """);
    assertThat(alignedWith(c, "damaged ferry is due"))
        .containsExactly(
            "The damaged ferry, carrying 230 passengers and crew, is due to reach the island"
                + " harbour late on Monday.",
            "It will stay until spring.");
  }

  @Test
  void theNextSentenceOfAnotherClaimDoesNotJoinForOneSharedWord() {
    Comparison c =
        compare(
            """
            Ferry heads for shelter

            The damaged ferry is due to reach the island harbour late on Monday and will stay \
            there until spring.

            Coastguard crews escorted it out of the shipping lane.
            """,
            """
            Stricken ferry limps to island

            The damaged ferry, carrying 230 passengers and crew, is due to reach the island \
            harbour late on Monday.

            Insurers said the spring storms would be the costliest of the decade for the fleet.

            The operator has cancelled all crossings for the week.
            """);
    assertThat(alignedWith(c, "damaged ferry is due"))
        .containsExactly(
            "The damaged ferry, carrying 230 passengers and crew, is due to reach the island"
                + " harbour late on Monday.");
  }
}
