package dev.newsdiff.internal.derive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Sentence;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharedWordingTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          the lorry overturned on the ring road at dawn | the lorry overturned on the ring road at dawn | 9 | 9
          the lorry overturned on the ring road at dawn | a lorry overturned on the ring road early today | 6 | 6
          the lorry overturned on the ring road at dawn | at dawn the ring road saw a lorry overturn | 3 | 3
          the council met on monday | on friday the mayor spoke | 0 | 1
          three were hurt | nobody was hurt in the crash | 0 | 1
          the mayor said on monday | the mayor resigned on friday | 0 | 2
          """)
  void sharedWordingCountsRunsOfThreeWordsOrMore(String a, String b, int shared, int longest) {
    SharedWording wording = new SharedWording();
    SharedWording.Overlap o = SharedWording.of(ids(wording, a), ids(wording, b));
    assertThat(o.shared()).isEqualTo(shared);
    assertThat(o.longest()).isEqualTo(longest);
  }

  @Test
  void quotedWordsAndNamesMatchNothing() {
    // Two reports quoting one statement word for word share no wording of their own.
    Article a =
        NewsDiff.parse(
            "a", "“We will rebuild every school,” said Minister Ana Ortega on Friday.\n");
    Article b =
        NewsDiff.parse(
            "b", "Ana Ortega promised: “We will rebuild every school,” to a cheering crowd.\n");
    Sentence sa = a.sentences().get(0);
    Sentence sb = b.sentences().get(0);
    SharedWording wording = new SharedWording();
    SharedWording.Overlap o =
        SharedWording.of(wording.words(a, sa.span()), wording.words(b, sb.span()));
    assertThat(o.shared()).isZero();
  }

  @Test
  void wordsAreMatchedInLowerCaseWhateverTheDefaultLocale() {
    Article a = NewsDiff.parse("a", "THE BRIDGE WILL BE CLOSED UNTIL FRIDAY.\n");
    SharedWording wording = new SharedWording();
    assertThat(wording.words(a, a.sentences().get(0).span()))
        .startsWith(ids(wording, "the bridge will"));
  }

  @Test
  void aSentenceCopiedWordForWordIsReadAsOneSequence() {
    String copied = "The lorry overturned on the ring road at dawn, police said.\n";
    Article a = NewsDiff.parse("a", copied);
    Article b = NewsDiff.parse("b", "Traffic stopped for hours. " + copied);
    Article c = NewsDiff.parse("c", "The lorry overturned on the bypass at dawn, police said.\n");
    SharedWording wording = new SharedWording();
    int[] inA = wording.words(a, a.sentences().get(0).span());
    int[] inB = wording.words(b, b.sentences().get(1).span());
    int[] inC = wording.words(c, c.sentences().get(0).span());
    assertThat(inB).isSameAs(inA);
    assertThat(wording.overlap(inB, inC))
        .isSameAs(wording.overlap(inA, inC))
        .isEqualTo(SharedWording.of(inA, inC));
    assertThat(wording.overlap(inA, inC).shared()).isEqualTo(9);
  }

  private static int[] ids(SharedWording wording, String words) {
    return Arrays.stream(words.split(" ")).mapToInt(wording::id).toArray();
  }
}
