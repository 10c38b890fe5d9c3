package dev.newsdiff.internal.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.similarity.SimilarityModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexicalSimilarityTest {

  private static final List<String> BACKGROUND =
      List.of(
          "The council approved the budget on Tuesday.",
          "Shares rose in early trading in New York.",
          "The minister met his counterpart in Ankara.",
          "Police closed the road after the crash.");

  private static double score(String a, String b) {
    List<String> texts = new java.util.ArrayList<>(BACKGROUND);
    texts.add(a);
    texts.add(b);
    return new LexicalSimilarity().prepare(texts).score(texts.size() - 2, texts.size() - 1);
  }

  @Test
  void identicalIsOneAndUnrelatedIsZero() {
    assertThat(score("Divers inspected the cracked pier.", "Divers inspected the cracked pier."))
        .isEqualTo(1.0);
    assertThat(score("Divers inspected the cracked pier.", "Shares of the airline rose 4%."))
        .isZero();
  }

  /** Rewordings that keep the claim score well above unrelated sentences on the same topic. */
  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Nobody was hurt in the crash.                          | No one was injured in the crash.
          The Defence Ministry said talks were held on Aug. 13.  | The Defense Ministry said the meeting took place on August 13.
          The tunnels destroyed have reached 548 kilometres.     | Destroyed tunnels now total 548 km.
          Forty people were evacuated from the building.         | 40 people were evacuated from the building.
          It would not be accurate to make an assessment.        | Making an evaluation would not be correct.
          The lorry plummeted into a gorge.                      | The truck plunged into the ravine.
          Demonstrators gathered outside parliament.             | Protesters massed outside parliament.
          Six miners are unaccounted for.                        | Six miners are still missing.
          """)
  void rewordingsMatch(String a, String b) {
    assertThat(score(a, b)).isGreaterThanOrEqualTo(0.3);
  }

  /**
   * Two tolls of one crash are one statement with a conflict in it: the kind of figure matches
   * where the figures do not.
   */
  @Test
  void differentTollsOfOneEventStillMatch() {
    assertThat(
            score(
                "At least 31 people were killed and 8 injured when the ferry capsized.",
                "The ferry capsized, killing 35 and injuring 12, officials said."))
        .isGreaterThanOrEqualTo(0.3);
  }

  @Test
  void sameTopicDifferentClaimScoresLow() {
    assertThat(
            score(
                "The bridge will stay closed for a week.",
                "The bridge carries 27,000 vehicles a day."))
        .isLessThan(0.3);
  }

  @Test
  void scoresAreSymmetric() {
    List<String> texts =
        List.of(
            "The talks ended on Friday.",
            "The talks on Friday ended without a deal.",
            "Other news.");
    SimilarityModel.Scorer s = new LexicalSimilarity().prepare(texts);
    assertThat(s.score(0, 1)).isEqualTo(s.score(1, 0));
  }

  /**
   * With few texts no term is too common, so the index finds exactly the pairs that share a term.
   */
  @Test
  void candidatesAreTheLaterTextsSharingATerm() {
    List<String> texts = new java.util.ArrayList<>(BACKGROUND);
    texts.addAll(
        List.of(
            "The council met on Tuesday.",
            "Police said the crash closed the road.",
            "Nothing alike here."));
    SimilarityModel.Scorer s = new LexicalSimilarity().prepare(texts);
    for (int a = 0; a < texts.size(); a++) {
      List<Integer> expected = new java.util.ArrayList<>();
      for (int b = a + 1; b < texts.size(); b++) {
        if (s.score(a, b) > 0) {
          expected.add(b);
        }
      }
      assertThat(s.candidates(a, texts.size()))
          .as("candidates of %s", texts.get(a))
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
    assertThat(s.candidates(0, texts.size())).containsExactly(4); // council, Tuesday
    assertThat(s.candidates(3, texts.size())).containsExactly(5); // police, crash, road, closed
    assertThat(s.candidates(4, texts.size())).isEmpty(); // only earlier texts share its terms
  }

  @Test
  void candidatesInARangeAreTheCandidatesInsideIt() {
    List<String> texts = new ArrayList<>(BACKGROUND);
    texts.addAll(
        List.of(
            "The council met on Tuesday.",
            "Police said the crash closed the road.",
            "The council closed the road on Tuesday.",
            "Police met the council."));
    SimilarityModel.Scorer s = new LexicalSimilarity().prepare(texts);
    int n = texts.size();
    for (int a = 0; a < n - 1; a++) {
      for (int from = a + 1; from <= n; from++) {
        int lower = from;
        assertThat(s.candidates(a, from, n))
            .containsExactly(Arrays.stream(s.candidates(a, n)).filter(b -> b >= lower).toArray());
      }
    }
  }

  /**
   * Issue 15: 25,000 short sentences compared with a copy of themselves found every pair sharing a
   * word. The postings read for one text are bounded, rarest terms first.
   */
  @Test
  void thousandsOfAlikeTextsFindABoundedNumberOfCandidatesRarestTermFirst() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      texts.add("Officials said people fled the fire on Tuesday.");
    }
    texts.add("Officials said people fled the harbour fire on Tuesday.");
    texts.add("The harbour was closed.");
    SimilarityModel.Scorer s = new LexicalSimilarity().prepare(texts);
    int[] found = s.candidates(0, texts.size());
    assertThat(found.length).isLessThanOrEqualTo(LexicalSimilarity.MAX_POSTINGS_READ);
    assertThat(s.candidates(20_000, texts.size())).containsExactly(20_001); // harbour: rarest
  }

  @Test
  void twoSentencesTogetherCarryMoreOfTheOneThatStatesBoth() {
    List<String> texts =
        List.of(
            "The ferry reached the island harbour on Monday and will stay there until the storm"
                + " passes.",
            "The ferry reached the island harbour on Monday.",
            "It will stay there until the storm passes.",
            "Insurers expect record claims from farmers.");
    CoverageScorer s = (CoverageScorer) new LexicalSimilarity().prepare(texts);
    assertThat(s.coverage(0, 1, 2)).isGreaterThan(s.coverage(0, 1) + 0.2).isLessThanOrEqualTo(1.0);
    assertThat(s.coverage(0, 1, 3)).isEqualTo(s.coverage(0, 1));
    assertThat(s.coverage(2, 0)).isEqualTo(1.0);
    assertThat(s.coverage(3, 0)).isZero();
  }
}
