package dev.newsdiff.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.internal.quote.Words.Tok;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MentionFinderTest {

  private static final String ANNOUNCED_THAT =
      "“We will not send troops,” announced that Türkiye is ready.";
  private static final String SAYS_THIS = "\"It is good\" says this Italian aristocrat.";

  /**
   * Crashed with StringIndexOutOfBoundsException (issue 15): a capitalised word after the verb made
   * "that …" look like a named speaker, and cutting the speaker at "that" left it empty.
   */
  @Test
  void aCueVerbFollowedByThatNamesNoSpeaker() {
    int after = ANNOUNCED_THAT.indexOf('”') + 1;
    assertThat(MentionFinder.after(ANNOUNCED_THAT, after, ANNOUNCED_THAT.length())).isEmpty();
  }

  /** The same crash through "this", which cannot start a speaker either. */
  @Test
  void aCueVerbFollowedByThisNamesNoSpeaker() {
    int after = SAYS_THIS.indexOf('"', 1) + 1;
    assertThat(MentionFinder.after(SAYS_THIS, after, SAYS_THIS.length())).isEmpty();
  }

  @Test
  void articlesWithThoseSentencesAreRead() {
    assertThat(NewsDiff.parse("t", ANNOUNCED_THAT + "\n").quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("We will not send troops"));
    assertThat(NewsDiff.parse("t", SAYS_THIS + "\n").quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("It is good"));
  }

  /**
   * After each comma of a sentence, afterComma finds from the sentence's words what after finds
   * reading the text again, also where the first word comes after a run of commas, semicolons and
   * dashes, or stands across the 200 characters read.
   */
  @ParameterizedTest
  @MethodSource("sentencesWithCommas")
  void afterACommaTheSentencesWordsReadAsTheText(String text) {
    List<Tok> words = Words.of(text, 0, text.length());
    int[] stops = Words.firstWordStops(words);
    for (int c = 0; c < words.size(); c++) {
      if (words.get(c).text().equals(",")) {
        assertThat(MentionFinder.afterComma(text, words, stops, c, text.length()))
            .as("after the comma at %d", words.get(c).start())
            .isEqualTo(MentionFinder.after(text, words.get(c).end(), text.length(), false));
      }
    }
  }

  static List<String> sentencesWithCommas() {
    return List.of(
        "The ferry sank, the harbour master said, and 12, ,, ; — people swam, officials said.",
        "It was late,,,,,,,,,, Ada Okafor said,;;;;; adding that it rained",
        "Water rose, "
            + ",".repeat(190)
            + " the mayor said, "
            + ";".repeat(186)
            + " Dean Kowalczyk",
        "Boats burned, " + ", ".repeat(95) + "officials said" + ",".repeat(300));
  }

  /** The cut that crashed still ends a speaker where one was named before it. */
  @Test
  void anInvertedSpeakerEndsBeforeWho() {
    String text = "\"It will hold,\" said Dean Kowalczyk who runs the yard.";
    int after = text.indexOf('"', 1) + 1;
    assertThat(MentionFinder.after(text, after, text.length()))
        .hasValueSatisfying(m -> assertThat(m.text()).isEqualTo("Dean Kowalczyk"));
  }
}
