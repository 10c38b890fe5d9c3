package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A count of one locality is a part of the area's count, unless the other outlet names it. */
class LocalityTest {

  @Test
  void aVillagesTollIsAPartOfTheWholeToll() {
    assertThat(
            FigurePairs.verdict(
                FigurePairs.compare(
                        "Police said two people were killed in the nearby village of Santo Rio.",
                        "At least six people were killed, officials said.")
                    .conflicts()))
        .isEqualTo("none");
  }

  @Test
  void aCemeterysBodiesAreAPartOfTheToll() {
    assertThat(
            FigurePairs.verdict(
                FigurePairs.compare(
                        "More than 700 bodies have piled up in the cemetery, officials said.",
                        "At least 3,000 people died in the floods.")
                    .conflicts()))
        .isEqualTo("none");
  }

  @Test
  void aVillageTheOtherOutletNamesIsTheEventsPlace() {
    assertThat(
            FigurePairs.verdict(
                FigurePairs.compare(
                        "The flood killed 12 people in the village of Santo Rio.",
                        "The flood in Santo Rio killed 19 people.")
                    .conflicts()))
        .isEqualTo("conflict");
  }

  @Test
  void twoCountsOfOneVillageAreCompared() {
    assertThat(
            FigurePairs.verdict(
                FigurePairs.compare(
                        "Two people died in the village of Santo Rio.",
                        "Four people died in the village of Santo Rio.")
                    .conflicts()))
        .isEqualTo("conflict");
  }
}
