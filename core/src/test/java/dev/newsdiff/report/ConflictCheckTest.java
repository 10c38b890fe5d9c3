package dev.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConflictCheckTest {

  @ParameterizedTest(name = "{0} conflicts, {1} statements, {2} with figures, {3} unmatched")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          0 | 12 | 5 | 19 | No conflicts among the figures, dates and times of 12 shared statements (5 with figures on two sides); 19 sentences matched nothing in another outlet, so their figures were compared only where each outlet gives one count or time of a kind.
          1 | 1  | 1 | 1  | 1 conflict among the figures, dates and times of 1 shared statement (1 with figures on two sides); 1 sentence matched nothing in another outlet, so its figures were compared only where each outlet gives one count or time of a kind.
          3 | 8  | 4 | 0  | 3 conflicts among the figures, dates and times of 8 shared statements (4 with figures on two sides); every sentence matched one in another outlet.
          """)
  void saysWhatWasChecked(
      long conflicts, int statements, int withFigures, int unmatched, String expected) {
    assertThat(new ConflictCheck(conflicts, statements, withFigures, unmatched).sentence())
        .isEqualTo(expected);
  }
}
