package dev.newsdiff.internal.voices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.QuoteVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
          "Sealing off the engine room so quickly is what stopped this becoming a much bigger disaster," a company spokesperson said. | "The crew's quick decision to seal the engine room kept this from becoming a much bigger tragedy," Fire Chief Graham Whitcombe said. | reworded, attribution
          "Our first thought is with the injured passengers and their families," a company spokesperson said. | "Our first thought is with the injured passengers and their families, and we will cooperate fully with the investigation," said Paul Desrosiers. | trimmed, attribution
          "Our first thought is with the injured passengers and their families," said ferry line founder Paul Desrosiers. | "Our first thought is with the injured passengers," said chief executive Paul Desrosiers. | trimmed
          """)
  void findsTheVariant(String a, String b, String kinds) {
    Comparison c =
        NewsDiff.compare(List.of(NewsDiff.parse("a", a + OTHER), NewsDiff.parse("b", b + OTHER)));
    assertThat(c.quoteVariants()).extracting(QuoteVariant::label).containsExactly(kinds);
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
          the NTSB           | the National Transportation Safety Board | true
          the MEA            | the Ministry of External Affairs | true
          the MEA            | the Ministry of Defence | false
          """)
  void speakers(String a, String b, boolean same) {
    assertThat(QuoteVariants.sameSpeaker(a, b)).isEqualTo(same);
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          It was a long night, but every passenger got off the ferry safely | It was a long night, but the pier held and nobody on the bridge was hurt | true
          It was a very long night for everyone, but every passenger got off the ferry safely | It was a very long night for everyone, but the pier held and nobody on the bridge was hurt | true
          It was a long night, but the firefighters were simply brilliant | It was a long night, but we are grateful to every one of the firefighters | true
          We expect the bridge to reopen next week once the divers finish | We expect the bridge to reopen next week after the divers are done | false
          We will rebuild the bridge within a year | We will rebuild the bridge in twelve months | false
          Nobody wants this bridge open more than I do | Nobody wants this bridge open more than I do, but it stays shut | false
          The council has not decided anything about tolls yet | Our engineers found cracks on the upstream face of the pier | false
          """)
  void aSharedOpeningAloneIsNoVariant(String a, String b, boolean onlyTheOpening) {
    assertThat(QuoteVariants.sharesOnlyItsOpening(a, b)).isEqualTo(onlyTheOpening);
    assertThat(QuoteVariants.sharesOnlyItsOpening(b, a)).isEqualTo(onlyTheOpening);
  }

  /** Two people's quotes that open alike were shown as one quote reworded and re-attributed. */
  @Test
  void twoPeopleOpeningWithTheSameWordsGiveNoVariant() {
    String a =
        "\"It was a very long night for everyone, but every passenger got off the ferry safely,\""
            + " Captain Ines Duarte said.";
    String b =
        "\"It was a very long night for everyone, but the pier held and nobody on the bridge was"
            + " hurt,\" harbour engineer Tom Okafor said.";
    Comparison c =
        NewsDiff.compare(List.of(NewsDiff.parse("a", a + OTHER), NewsDiff.parse("b", b + OTHER)));
    assertThat(c.quoteVariants()).isEmpty();
  }

  /**
   * A quote aligned in two statements (one long quote that another outlet splits in two) was listed
   * once per statement, and a quote pair once for each way it differs (reworded, trimmed,
   * attribution, direct-vs-reported): up to six times in the seed's report. Each quote is now in
   * one variant, and the variants come most substantive first.
   */
  @Test
  void eachQuoteIsInOneVariantTheSubstantiveFirst() throws Exception {
    Path seed = Path.of("..", "samples", "turkiye-defence-briefing");
    List<Article> articles = new ArrayList<>();
    for (String name : List.of("anadolu-agency", "daily-sabah", "trt-world")) {
      articles.add(NewsDiff.parse(name, Files.readString(seed.resolve(name + ".txt"))));
    }
    List<QuoteVariant> variants = NewsDiff.compare(articles).quoteVariants();
    List<String> renderings = new ArrayList<>();
    for (QuoteVariant v : variants) {
      v.members().forEach(m -> renderings.add(m.quote() != null ? m.quote() : m.sentence()));
    }
    assertThat(renderings).isNotEmpty().doesNotHaveDuplicates();
    assertThat(variants).extracting(QuoteVariant::kind).isSorted();
    assertThat(variants)
        .filteredOn(v -> v.kinds().size() > 1)
        .as("a quote pair reworded and credited to someone else is one variant")
        .isNotEmpty();
  }
}
