package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopesTest {

  private static final String SENTENCE = "Last year, a similar quake killed 12 people in the town.";

  @Test
  void readsTheScopeOfAFigure() {
    int start = SENTENCE.indexOf("12");
    assertThat(new Scopes().of(SENTENCE, start, start + 2, true))
        .isEqualTo(Scope.of(SENTENCE, start, start + 2, true))
        .containsExactly("last year");
  }

  @Test
  void readsACopyOfASentenceOnce() {
    Scopes scopes = new Scopes();
    int start = SENTENCE.indexOf("12");
    // Another article's copy of the sentence: an equal text, not the same string.
    String copy = new StringBuilder(SENTENCE).toString();
    assertThat(scopes.of(copy, start, start + 2, true))
        .isSameAs(scopes.of(SENTENCE, start, start + 2, true));
  }

  @Test
  void tellsFiguresAndReadingsApart() {
    Scopes scopes = new Scopes();
    String sentence = "Officials later counted a further 30 and 12 more.";
    int at = sentence.indexOf("30");
    assertThat(scopes.of(sentence, at, at + 2, false)).containsExactly("further");
    assertThat(scopes.of(sentence, at, at + 2, true)).isEmpty();
    int other = sentence.indexOf("12");
    assertThat(scopes.of(sentence, other, other + 2, false))
        .isEqualTo(Scope.of(sentence, other, other + 2, false));
  }
}
