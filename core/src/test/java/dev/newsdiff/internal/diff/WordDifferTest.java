package dev.newsdiff.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Change;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.WordDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDifferTest {

  private static WordDiff diff(String a, String b) {
    return WordDiffer.diff(
        a,
        new Member("a", "a/s1", Span.of(0, a.length())),
        b,
        new Member("b", "b/s1", Span.of(0, b.length())));
  }

  @Test
  void tokensKeepApostrophesHyphensAndNumbersWhole() {
    String text = "Syria’s Claw-Lock area, 27,000 cars and 2.5 km (U.S.-owned) “quoted”";
    assertThat(Tokenizer.tokens(text, Span.of(0, text.length())).stream().map(Token::text))
        .containsExactly(
            "Syria’s",
            "Claw-Lock",
            "area",
            ",",
            "27,000",
            "cars",
            "and",
            "2.5",
            "km",
            "(",
            "U.S.-owned",
            ")",
            "“",
            "quoted",
            "”");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          the Defence Ministry said              | the Defense Ministry said
          signed on Aug. 13 in Ankara            | signed on August 13 in Ankara
          “We will continue,” she said           | "We will continue," she said
          Türkiye’s position was emphasised      | Türkiye's position was emphasized
          officials said on Thursday—briefly     | officials said on Thursday – briefly
          """)
  void cosmeticDifferences(String a, String b) {
    WordDiff d = diff(a, b);
    assertThat(d.changes()).isNotEmpty().allMatch(Change::cosmetic);
    assertThat(d.substantive()).isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          12 people were injured                 | 15 people were injured
          it would not be sound or accurate      | it would not be healthy or correct
          the meeting on Tuesday                 | the meeting this week
          """)
  void substantiveDifferences(String a, String b) {
    assertThat(diff(a, b).substantive()).isNotEmpty();
  }

  @Test
  void changesPointIntoBothTexts() {
    String a = "The ministry also said a memorandum was signed.";
    String b = "A memorandum, signed on August 13, aims to help.";
    WordDiff d = diff(a, b);
    for (Change c : d.changes()) {
      assertThat(c.before().in(a)).isEqualTo(c.beforeText());
      assertThat(c.after().in(b)).isEqualTo(c.afterText());
    }
    Change insert = diff("the talks ended", "the long talks ended").changes().get(0);
    assertThat(insert.type()).isEqualTo(Change.Type.INSERT);
    assertThat(insert.before().isEmpty()).isTrue();
    assertThat(insert.afterText()).isEqualTo("long");
  }
}
