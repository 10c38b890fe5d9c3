package dev.newsdiff.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One article per class of hostile text inside a sentence, each long enough (about 0.5 to 1 MB)
 * that time quadratic in its length would run for minutes: before issue 15, 463 KB of numbers in
 * one sentence took 72 s and 50,000 combining marks 25 s. The timeout is a hang guard, not a
 * performance target; docs/robustness.md has the measured times.
 */
class HostileTextTest {

  private static final String HEAD = "Ferry fire kills three\n\nBy Jo Smith\n\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          combining marks           | On Aug. 13 at 11 p.m. 12 boats burned in A | \u0301                    | 50000  | 4 died in 2020.
          right-to-left text        | The sign read                              | \u05e9\u05dc\u05d5\u05dd 12 \u202e\u0627 \u200f | 60000 | in İstanbul.
          a run of letters          | The                                        | a                         | 1000000 | burned.
          a run of digits           | The                                        | 1                         | 1000000 | burned.
          digit groups              | It cost $1                                 | ,111                      | 250000 | dollars.
          a run of spaces           | The fire in                                | ' '                       | 1000000 | Paris burned.
          a run of punctuation      | The fire                                   | .'                        | 500000 | burned.
          numbers in one sentence   | The                                        | fire hit the 12 ferries at dawn near the port | 10000 | .
          capitalised names         | They met                                   | Ankara and Paris          | 30000  | today.
          dotted abbreviations      | The                                        | ab.                       | 160000 | x burned.
          possessives               | The                                        | Ankara's                  | 55000  | port burned.
          hyphenated words          | The                                        | -a                        | 250000 | burned.
          a byline of glued names   | By A                                       | andA                      | 50000  | !
          parenthesised credits     | The                                        | (photo                    | 100000 | x
          """)
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aLongRunInOneSentenceIsReadInTime(
      String kind, String before, String run, int times, String after) {
    String text = HEAD + before + " " + run.repeat(times) + " " + after + "\n";
    Article a = NewsDiff.parse("hostile", text);
    SpanChecks.check(a);
    assertThat(a.sentences()).isNotEmpty();
  }
}
