package dev.newsdiff.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.CharMatcher;
import dev.newsdiff.internal.Whitespace;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineShapesTest {

  private static final CharMatcher NOT_LETTERS =
      CharMatcher.forPredicate(Character::isLetter).negate();

  /** The count as first written: each word's letters lower-cased, looked up. */
  private static long byCopying(List<String> words) {
    return words.stream()
        .map(w -> NOT_LETTERS.removeFrom(w).toLowerCase(Locale.ROOT))
        .filter(LineShapes.FUNCTION_WORDS::contains)
        .count();
  }

  @Test
  void functionWordsAreCountedWithTheirMarksAndCapitals() {
    assertThat(
            LineShapes.functionWords(
                Whitespace.words("(The) minister, AND \"it's\" «THOSE» of-the")))
        .isEqualTo(4); // The, AND, THOSE, and "it's", which is "its" once its apostrophe goes
  }

  @Test
  void longWordsCountAsTheirLettersDo() {
    // More characters than any function word, but few letters: still one.
    assertThat(LineShapes.functionWords(List.of("((((((the))))))", "–––about–––", "İt")))
        .isEqualTo(2);
    Random random = new Random(15);
    String alphabet = "theaboutwhoseİı.,'’()-0 TH";
    for (int n = 0; n < 2_000; n++) {
      StringBuilder w = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        w.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<String> words = List.of(w.toString());
      assertThat(LineShapes.functionWords(words)).as(w.toString()).isEqualTo(byCopying(words));
    }
  }
}
