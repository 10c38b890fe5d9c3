package dev.newsdiff.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Change;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Span;
import dev.newsdiff.model.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

  @Test
  void twoLongQuotesThatDifferThroughoutGetOneCoarseChange() {
    String a = "He said " + "! ".repeat(1_500) + "and left.";
    String b = "He said " + "? ".repeat(1_500) + "and left.";
    WordDiff d = diff(a, b);
    assertThat(d.changes()).hasSize(1);
    Change c = d.changes().get(0);
    assertThat(c.type()).isEqualTo(Change.Type.REPLACE);
    assertThat(c.beforeText()).isEqualTo("! ".repeat(1_500).strip());
    assertThat(c.afterText()).isEqualTo("? ".repeat(1_500).strip());
  }

  @Test
  void aLongRunOfMarksIsDiffedAsOneToken() {
    String a = "(".repeat(3_000) + " Said a memorandum was signed on August 13 to boost defence.";
    String b = "A memorandum, signed on August 13, aims to boost defence.";
    WordDiff d = diff(a, b);
    assertThat(d.changes()).hasSizeGreaterThan(2);
    assertThat(d.changes().get(0).beforeText()).isEqualTo("(".repeat(3_000) + " Said a");
    assertThat(d.changes().get(0).afterText()).isEqualTo("A");
  }

  @Test
  void aLongQuoteWithOneWordChangedKeepsItsExactDiff() {
    String words = "the ferry left the port at dawn and ".repeat(400);
    WordDiff d = diff(words + "twelve crew stayed " + words, words + "ten crew stayed " + words);
    assertThat(d.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.beforeText()).isEqualTo("twelve");
              assertThat(c.afterText()).isEqualTo("ten");
            });
  }

  /** Exact or coarse, the edits always turn the one text's tokens into the other's. */
  @Test
  void editsAlwaysTurnOneTokenListIntoTheOther() {
    Random random = new Random(15);
    for (int t = 0; t < 300; t++) {
      List<Token> a = randomTokens(random, random.nextInt(t % 30 == 0 ? 1_500 : 40));
      List<Token> b = randomTokens(random, random.nextInt(t % 30 == 0 ? 1_500 : 40));
      List<String> rebuilt = new ArrayList<>();
      int at = 0;
      for (WordDiffer.Edit e : WordDiffer.edits(a, b)) {
        assertThat(e.fromStart()).isGreaterThanOrEqualTo(at);
        a.subList(at, e.fromStart()).forEach(token -> rebuilt.add(token.text()));
        b.subList(e.toStart(), e.toEnd()).forEach(token -> rebuilt.add(token.text()));
        at = e.fromEnd();
      }
      a.subList(at, a.size()).forEach(token -> rebuilt.add(token.text()));
      assertThat(rebuilt).isEqualTo(b.stream().map(Token::text).toList());
    }
  }

  /** Random words and marks; now and then a run of one mark, hundreds long. */
  private static List<Token> randomTokens(Random random, int size) {
    List<Token> tokens = new ArrayList<>();
    while (tokens.size() < size) {
      String text = String.valueOf("abc.!?(".charAt(random.nextInt(7)));
      int repeats = Character.isLetter(text.charAt(0)) || random.nextInt(20) > 0 ? 1 : 300;
      for (int k = 0; k < repeats; k++) {
        tokens.add(new Token(text, Span.of(tokens.size(), tokens.size() + 1)));
      }
    }
    return tokens;
  }
}
