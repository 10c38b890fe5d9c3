package dev.newsdiff.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Asking the model one boundary at a time gives the answers of OpenNLP's detector run on the whole
 * text, at every offset: on every sample article, on hand-picked hard cases and on random runs of
 * marks, letters, digits, quotes and spaces of every kind.
 */
class OpenNlpSentencesTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  private static final ThreadSafeSentenceDetectorME DETECTOR = detector();

  /** Where OpenNLP's detector, run on the whole text, ends its sentences. */
  static Set<Integer> wholeTextEnds(String text) {
    Set<Integer> ends = new HashSet<>();
    for (Span span : DETECTOR.sentPosDetect(text)) {
      ends.add(span.getEnd());
    }
    return ends;
  }

  static Stream<Path> articles() throws IOException {
    try (Stream<Path> files = Files.walk(SAMPLES, 2)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void everySampleArticleEndsItsSentencesWhereTheWholeTextDetectorDoes(Path article)
      throws IOException {
    String text = Files.readString(article);
    assertSameEnds(text);
    for (String paragraph : text.split("\n\\s*\n")) {
      assertSameEnds(paragraph);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "He left. She stayed.",
        ". A mark opens the text. Then a sentence.",
        "Prices rose 1.2.3.4.5. Then they fell... Or did they? Yes!",
        "The U.S. Army said so.\u00a0Officials agreed.",
        "A zero-width space.\u200bThen more. And an ellipsis… Then a capital.",
        "“It is over.” He left. (That was all.) Then: “Why?” she asked.",
        "Runs of marks !?!?. .. . . . and on",
        "Ends with a mark.",
        "No mark at all",
        "\t Leading space. Trailing space. \n"
      })
  void hardCasesEndWhereTheWholeTextDetectorDoes(String text) {
    assertSameEnds(text);
  }

  @Test
  void randomRunsEndWhereTheWholeTextDetectorDoes() {
    String alphabet = "..!?…aZq9,\"'“”’)( \u00a0\u200b\n\tMrU.S";
    Random random = new Random(15);
    for (int t = 0; t < 3_000; t++) {
      int length = 1 + random.nextInt(120);
      StringBuilder text = new StringBuilder(length);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertSameEnds(text.toString());
    }
  }

  /**
   * Compares the answers at every offset with more text after it: the detector also ends the last
   * sentence where the text does, less any white space, and the splitter asks about no boundary
   * there.
   */
  private static void assertSameEnds(String text) {
    Set<Integer> expected = wholeTextEnds(text);
    int last = lastNonWhitespace(text);
    List<Integer> wrong =
        IntStream.range(0, last)
            .filter(e -> OpenNlpSentences.endsSentenceBetween(text, e, e) != expected.contains(e))
            .boxed()
            .toList();
    assertThat(wrong).as("offsets answered differently in %s", text).isEmpty();
  }

  private static int lastNonWhitespace(String text) {
    int last = text.length() - 1;
    while (last >= 0 && StringUtil.isWhitespace(text.charAt(last))) {
      last--;
    }
    return last;
  }

  private static ThreadSafeSentenceDetectorME detector() {
    try (InputStream in =
        OpenNlpSentences.class.getResourceAsStream(OpenNlpSentences.MODEL_RESOURCE)) {
      return new ThreadSafeSentenceDetectorME(new SentenceModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
