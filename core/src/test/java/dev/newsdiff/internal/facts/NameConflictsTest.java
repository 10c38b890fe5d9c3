package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameConflictsTest {

  @ParameterizedTest(name = "{0} / {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Daniel Okoro       | Daniela Okoro      | true
          Jon Halvorsen      | John Halvorsen     | true
          Mark Ellison       | Mary Ellison       | true
          Paula Brandt       | Paul Brandt        | true
          Mohamed Saleh      | Mohammed Saleh     | false
          Muhammad Saleh     | Muhammed Saleh     | false
          José Ortega        | Jose Ortega        | false
          Daniel Okoro       | Daniel Okoro       | false
          Daniel Okoro       | Okoro              | false
          Daniel Okoro       | Daniel Okora       | false
          Hillary Clinton    | Bill Clinton       | false
          Al Reyes           | Ali Reyes          | false
          Robert Jacobsen    | Roberta Jacobson   | false
          """)
  void givenNamesALetterApartUnderOneSurnameDisagree(String a, String b, boolean disagree) {
    assertThat(NameConflicts.disagree(a, b)).isEqualTo(disagree);
    assertThat(NameConflicts.disagree(b, a)).isEqualTo(disagree);
  }
}
