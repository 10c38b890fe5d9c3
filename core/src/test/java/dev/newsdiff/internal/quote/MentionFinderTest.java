package dev.newsdiff.internal.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import org.junit.jupiter.api.Test;

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

  /** The cut that crashed still ends a speaker where one was named before it. */
  @Test
  void anInvertedSpeakerEndsBeforeWho() {
    String text = "\"It will hold,\" said Dean Kowalczyk who runs the yard.";
    int after = text.indexOf('"', 1) + 1;
    assertThat(MentionFinder.after(text, after, text.length()))
        .hasValueSatisfying(m -> assertThat(m.text()).isEqualTo("Dean Kowalczyk"));
  }
}
