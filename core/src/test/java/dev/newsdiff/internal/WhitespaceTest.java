package dev.newsdiff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What pages put between words separates words, whatever the character. */
class WhitespaceTest {

  @ParameterizedTest(name = "U+{0} {1}")
  @CsvSource({
    "0020, space",
    "0009, tab",
    "000A, line feed",
    "000D, carriage return",
    "000C, form feed",
    "2028, line separator",
    "00A0, no-break space",
    "2007, figure space",
    "202F, narrow no-break space",
    "2003, em space",
    "200B, zero-width space",
    "200C, zero-width non-joiner",
    "200D, zero-width joiner",
    "2060, word joiner",
    "FEFF, byte-order mark",
  })
  void separatesWords(String codePoint, String name) {
    char space = (char) Integer.parseInt(codePoint, 16);
    String text = "10" + space + "km";
    assertThat(Whitespace.isSpace(space)).isTrue();
    assertThat(Whitespace.words(text)).containsExactly("10", "km");
    assertThat(Whitespace.wordCount(text)).isEqualTo(2);
    assertThat(Whitespace.collapse(text)).isEqualTo("10 km");
    assertThat(Whitespace.collapse("10" + space + space + " \t" + space + "km")).isEqualTo("10 km");
    assertThat(Whitespace.strip(space + text + space)).isEqualTo(text);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Türkiye’s ministry   | 2
          U.S.-owned           | 1
          "They did," he said. | 4
          a—b                  | 1
          """)
  void punctuationDoesNotSeparateWords(String text, int words) {
    assertThat(Whitespace.wordCount(text)).isEqualTo(words);
  }

  @Test
  void emptyAndBlankTextsHaveNoWords() {
    for (String blank : List.of("", " ", "\u00A0", "\u200B\n\t")) {
      assertThat(Whitespace.words(blank)).isEmpty();
      assertThat(Whitespace.wordCount(blank)).isZero();
      assertThat(Whitespace.strip(blank)).isEmpty();
    }
  }

  @Test
  void aRangesContentIsFoundInsideItsWhiteSpace() {
    String text = "x\u00A0 one two\u200B\ty";
    int start = Whitespace.contentStart(text, 1, text.length() - 1);
    int end = Whitespace.contentEnd(text, start, text.length() - 1);
    assertThat(text.substring(start, end)).isEqualTo("one two");
    int blank = Whitespace.contentStart(text, 1, 3);
    assertThat(blank).isEqualTo(3);
    assertThat(Whitespace.contentEnd(text, blank, 3)).isEqualTo(3);
  }

  @Test
  void collapsingKeepsTheEndsAsOneSpace() {
    assertThat(Whitespace.collapse("\u00A0 one\t\ttwo \u200B")).isEqualTo(" one two ");
    assertThat(Whitespace.collapse("already collapsed")).isEqualTo("already collapsed");
    assertThat(Whitespace.collapse(" plain spaces  doubled ")).isEqualTo(" plain spaces doubled ");
    assertThat(Whitespace.collapse("a tab\tor a newline\n")).isEqualTo("a tab or a newline ");
  }

  /** "At least three words before this full stop?" reads back no further than it must. */
  @Test
  void countsBackFromTheEndNoFurtherThanAsked() {
    String text = "one two\u00A0three four five";
    assertThat(Whitespace.wordCount(text, 0, text.length(), 3)).isEqualTo(3);
    assertThat(Whitespace.wordCount(text, 0, text.length(), 99)).isEqualTo(5);
    assertThat(Whitespace.wordCount(text, 4, 13, 99)).isEqualTo(2); // "two three"
    assertThat(Whitespace.wordCount(text, 5, 13, 99)).isEqualTo(2); // "wo three"
    assertThat(Whitespace.wordCount(text, 8, 8, 99)).isZero();
  }

  @Test
  void lettersDigitsAndPunctuationAreNotSpace() {
    for (char c : "aZ09.,’“—-_\u0301".toCharArray()) {
      assertThat(Whitespace.isSpace(c)).as("U+%04X", (int) c).isFalse();
    }
  }
}
