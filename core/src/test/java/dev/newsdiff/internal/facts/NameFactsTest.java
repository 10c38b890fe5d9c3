package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Span;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFactsTest {

  private static List<Fact> names(String sentence) {
    return NameFacts.in(sentence, Span.of(0, sentence.length()));
  }

  /** Issue 15: a name after "and", "No" or a possessive began at the spaces before it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          And  Bridge closed.                              | Bridge
          The ferry sailed from Pier No.   U.S. said so.  | U.S
          He met Türkiye and    Syria in Ankara.          | Syria
          They toured Türkiye's   Harbour Bridge today.   | Harbour Bridge
          """)
  void aNameAfterSeveralSpacesStartsAtItsFirstLetter(String sentence, String name) {
    assertThat(names(sentence))
        .anySatisfy(f -> assertThat(f.text()).isEqualTo(name))
        .allSatisfy(
            f -> {
              assertThat(f.text()).isEqualTo(f.span().in(sentence)).doesNotStartWith(" ");
              assertThat(f.value()).isEqualTo(f.text());
            });
  }

  /**
   * A title longer than a name of four words hid the person after it; so did words that qualify a
   * title ("Liberian President George Weah" and "Liberia President George Weah" named two people a
   * letter apart).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          The U.S. Assistant Secretary of State Maria Okafor spoke on Friday.   | Maria Okafor
          Minister of Foreign Affairs Tomas Berg Lind flew to Oslo.            | Tomas Berg Lind
          The Deputy Chief Secretary of Justice Ana Ruiz said little.           | Ana Ruiz
          He met Chief Executive Officer of Harbour Lines Group Ltd yesterday.   |
          The Fire Chief of Halifax Regional Municipality Ken Stone arrived.    |
          On Friday Liberian President George Weah conceded defeat.             | George Weah
          On Friday Liberia President George Weah conceded defeat.              | George Weah
          """)
  void aPersonAfterALongTitleIsTheWordsAfterIt(String sentence, String person) {
    List<String> people =
        names(sentence).stream().filter(f -> f.kind() == Fact.Kind.PERSON).map(Fact::text).toList();
    if (person == null) {
      assertThat(people).isEmpty();
    } else {
      assertThat(people).containsExactly(person);
    }
  }

  @Test
  void theCompanyPeriodStaysAndOtherPunctuationGoes() {
    assertThat(names("They sued Acme Widgets Inc. in court, and Harbour Bridge'. too."))
        .extracting(Fact::text)
        .contains("Acme Widgets Inc.", "Harbour Bridge");
  }

  @Test
  void aSpeechVerbAfterANameMakesAPerson() {
    assertThat(names("On Friday Akturk   also said the drills went well."))
        .extracting(Fact::text, Fact::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Akturk", Fact.Kind.PERSON));
  }

  /** One expression over the whole run recursed once per word and overflowed the stack. */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aRunOfAHundredThousandCapitalisedWordsIsRead() {
    String sentence = "They met " + "Ankara and Paris ".repeat(50_000) + "today.";
    assertThat(names(sentence)).hasSizeGreaterThan(50_000);
  }
}
