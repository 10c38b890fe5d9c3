package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountedTest {

  @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          At least 31 people died when the roof of the market collapsed.       | 31  | KILLED
          The storm killed 9 and injured 40 across the coast.                  | 9   | KILLED
          The storm killed 9 and injured 40 across the coast.                  | 40  | INJURED
          A tanker exploded, killing 14 people and injuring 60, police said.   | 60  | INJURED
          Eleven were killed and 7 others were hurt in the blast.               | 7   | INJURED
          The death toll rose to 58 on Sunday.                                 | 58  | KILLED
          Police said 212 people were missing after the floods.                | 212 | MISSING
          Rescuers pulled 6 miners out alive and 4 remain trapped underground. | 4   | TRAPPED
          Crews rescued 19 fishermen from the capsized boat.                   | 19  | RESCUED
          A minibus carrying 22 pilgrims overturned near the border.           | 22  | ON_BOARD
          The plane, with 148 passengers on board, landed safely.              | 148 | ON_BOARD
          The ferry left port with only 90 passengers.                         | 90  | ON_BOARD
          Firefighters ordered the evacuation of 3000 residents.               | 3000 | EVACUATED
          Officers arrested 35 protesters outside parliament.                  | 35  | ARRESTED
          Health officials confirmed 48 cases of the virus.                    | 48  | CASES
          The floods destroyed 1200 homes in the valley.                       | 1200 | HOMES
          The council approved 12 new projects on Monday.                      | 12  | unknown
          A magnitude 7.8 earthquake killed 30 people in the region.           | 7.8 | MAGNITUDE
          A magnitude 7.8 earthquake killed 30 people in the region.           | 30  | KILLED
          The 6.5-magnitude quake struck before dawn.                          | 6.5 | MAGNITUDE
          The national network measured it at 7 on the Richter scale.          | 7   | MAGNITUDE
          The agency gave a magnitude of 6.9 for the tremor.                   | 6.9 | MAGNITUDE
          """)
  void readsWhatACountCounts(String sentence, String figure, String expected) {
    int start = sentence.indexOf(figure);
    Optional<Counted.What> what = Counted.in(sentence, start, start + figure.length());
    assertThat(what.map(Enum::name).orElse("unknown")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{1} in \"{0}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          A 93-year-old man collapsed and died on the street.   | 93-year   | AGE
          The man, 45 years old, was arrested at home.          | 45 years  | AGE
          The court jailed him for 12 years on Friday.          | 12 years  | PRISON_TERM
          The truce ended nine years of fighting in the hills.  | nine years | unknown
          """)
  void readsWhatADurationIs(String sentence, String figure, String expected) {
    int start = sentence.indexOf(figure);
    Optional<Counted.What> what = Counted.ofDuration(sentence, start, start + figure.length());
    assertThat(what.map(Enum::name).orElse("unknown")).isEqualTo(expected);
  }
}
