package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Conflict;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConflictsTest {

  private static final String OTHER =
      "\nThe harbour reopened later in the week after repairs.\nOfficials praised the crew.\n";

  private static List<Conflict> conflicts(String a, String b) {
    Comparison c =
        NewsDiff.compare(List.of(NewsDiff.parse("a", a + OTHER), NewsDiff.parse("b", b + OTHER)));
    return c.conflicts();
  }

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The fire injured 12 passengers aboard the ferry off Halifax.      | The fire injured 15 passengers aboard the ferry off Halifax.         | conflict
          The ferry's deck sat 4.1 metres below the dock at low tide.        | The ferry's deck sat 1.4 metres below the dock at low tide.           | conflict
          The fire on the ferry started at 3:40 p.m. near the harbour.       | The fire on the ferry started at 4:30 p.m. near the harbour.          | conflict
          Officials evacuated 197 people from the burning ferry.             | Officials evacuated about 200 people from the burning ferry.          | approximation
          The ferry was towed 2.5 km back to port by a tug.                  | The ferry was towed 2.5 kilometres back to port by a tug.             | none
          Forty firefighters boarded the burning ferry in the port.          | 40 firefighters boarded the burning ferry in the port.                | none
          The ministers met in Ankara this week to discuss defence.          | The ministers met in Ankara on Tuesday to discuss defence.            | none
          The ministers met in Ankara on Tuesday to discuss defence.         | The ministers met in Ankara on Wednesday to discuss defence.          | conflict
          The ferry was towed 2.5 km back to the port by a tug.              | The ferry was towed back to the port by a tug, sitting 1.4 metres low. | none
          The ferry was towed 2.5 km back to port by a harbour tug.          | The ferry was towed 2.5 m back to port by a harbour tug.              | conflict
          The ferry was towed 2.5 km back to port by a harbour tug.          | The ferry was towed 25 km back to port by a harbour tug.              | conflict
          At least 18 people were killed when the dam burst on Sunday.       | At least 25 people were killed when the dam burst on Sunday.          | conflict
          The dam burst on Sunday, killing 18 people and injuring 40.         | The dam burst on Sunday, killing 40 people and injuring 40.           | conflict
          The dam burst on Sunday, killing 18 and injuring 40 villagers.     | The dam burst on Sunday and 40 villagers were killed in the flood.     | conflict
          The dam burst on Sunday and 18 villagers were killed, police said. | The dam burst on Sunday and 25 villagers were injured, police said.    | none
          A coach carrying 50 tourists overturned on the mountain road.      | A coach overturned on the mountain road and 12 tourists were hurt.    | none
          Last year the dam burst and killed 18 villagers in the valley.     | The dam burst and killed 25 villagers in the valley on Sunday.         | none
          The firm was fined 90 million CFA francs ($150,000) for the spill. | The firm was fined 90 million CFA francs ($152,000) for the spill.    | approximation
          The water rose 3.2 m in the night, and the dam burst at dawn.       | The dam burst at dawn after the water rose 2.3 m in the night.         | conflict
          The judge jailed the mayor for 12 years over the bribes on Friday.  | The judge jailed the mayor for 10 years over the bribes on Friday.     | conflict
          The judge jailed the mayor for 8 years over the bribes on Friday.   | The bribes to the mayor went on for 5 years, the judge said on Friday. | none
          More than 300 homes were flooded when the river burst its banks.   | At least 340 homes were flooded when the river burst its banks.        | approximation
          More than 300 homes were flooded when the river burst its banks.   | The river burst its banks and 412 homes were flooded.                  | conflict
          """)
  void findsConflictsAndApproximations(String a, String b, String expected) {
    List<Conflict> found = conflicts(a, b);
    switch (expected) {
      case "none" -> assertThat(found).isEmpty();
      case "approximation" ->
          assertThat(found).singleElement().satisfies(c -> assertThat(c.approximation()).isTrue());
      default ->
          assertThat(found)
              .singleElement()
              .satisfies(
                  c -> {
                    assertThat(c.approximation()).isFalse();
                    assertThat(c.members()).hasSize(2);
                  });
    }
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Tuesday   | 06-03      | 2025 | true
          Wednesday | 06-03      | 2025 | false
          Tuesday   | 06-03      |      | true
          this week | 2025-06-03 |      | true
          08-13     | 08-19      |      | false
          06-07     | 2025-06-07/2025-06-09 | | true
          06-04/06-06 | 06-04/06-09 |     | true
          06-03     | 06-04/06-06 |      | false
          """)
  void dateCompatibility(String a, String b, Integer year, boolean compatible) {
    assertThat(Measures.compatibleDates(a, b, year, year)).isEqualTo(compatible);
  }
}
