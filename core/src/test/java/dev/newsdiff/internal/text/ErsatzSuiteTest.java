package dev.newsdiff.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentence boundary F1 on the Ersatz news test suite (Wicks and Post, ACL 2021), scored as its own
 * {@code ersatz_score} does on punctuated sentences. The suite is not part of newsdiff: clone
 * {@code https://github.com/rewicks/ersatz-test-suite} and run
 *
 * <pre>
 * mvn -B -pl core test -Dtest=ErsatzSuiteTest -Dnewsdiff.ersatz=/path/to/ersatz-test-suite
 * </pre>
 *
 * Without the property the test is skipped. README.md (Accuracy) gives the figures.
 */
@EnabledIfSystemProperty(named = "newsdiff.ersatz", matches = ".+")
class ErsatzSuiteTest {

  /** Sentence-final marks, as the suite's punctuation filter lists them. */
  private static final String ENDING = "\u0964\u061F.\u3002!\u06D4\u17D4?\uFF61\uFF0E\u2026";

  /** Quotes and brackets that may follow them. */
  private static final String CLOSING = "\u3011\u00BB\u201D\u300F\u2018\"\u300D\u201C'\u2019)";

  private static final double REQUIRED_F1 = 0.995;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"segmented/en/wsj.03-06.en", "segmented/tr/wmt18.tr-en.tr"})
  void boundaryF1OnPunctuatedSentences(String file) throws IOException {
    Path path = Path.of(System.getProperty("newsdiff.ersatz")).resolve(file);
    List<String> sentences =
        Files.readAllLines(path, StandardCharsets.UTF_8).stream()
            .map(String::strip)
            .filter(ErsatzSuiteTest::endsPunctuated)
            .toList();
    Score score = score(sentences);
    System.out.printf(
        Locale.ROOT,
        "%s: %d sentences, F1 %.4f (precision %.4f, recall %.4f)%n",
        file,
        sentences.size(),
        score.f1(),
        score.precision(),
        score.recall());
    score.errors().forEach(e -> System.out.println("  " + e));
    assertThat(score.f1()).as("boundary F1 on %s", file).isGreaterThanOrEqualTo(REQUIRED_F1);
  }

  /**
   * The suite's filter ({@code punc_stripper.py}): the line's last word ends in a sentence-final
   * mark, optionally followed by more marks, quotes and brackets.
   */
  static boolean endsPunctuated(String line) {
    String last = line.substring(line.lastIndexOf(' ') + 1);
    int i = last.length();
    boolean ending = false;
    while (i > 0
        && (ENDING.indexOf(last.charAt(i - 1)) >= 0 || CLOSING.indexOf(last.charAt(i - 1)) >= 0)) {
      ending |= ENDING.indexOf(last.charAt(--i)) >= 0;
    }
    return ending;
  }

  record Score(double precision, double recall, double f1, List<String> errors) {}

  /**
   * Joins the sentences with one space, as the suite's recipe does ({@code tr '\n' ' '}), splits
   * the whole text, and compares the offsets where sentences begin. A cut inside a word
   * ("U.S.Army") is a false boundary, as in {@code ersatz_score}.
   */
  static Score score(List<String> sentences) {
    StringBuilder text = new StringBuilder();
    Set<Integer> gold = new TreeSet<>();
    for (String s : sentences) {
      if (!text.isEmpty()) {
        text.append(' ');
        gold.add(text.length());
      }
      text.append(s);
    }
    String joined = text.toString();
    List<Span> spans = SentenceSplitter.english().split(joined);
    Set<Integer> predicted = new TreeSet<>();
    spans.stream().skip(1).forEach(s -> predicted.add(s.start()));
    Set<Integer> correct = new HashSet<>(predicted);
    correct.retainAll(gold);
    List<String> errors = new ArrayList<>();
    Set<Integer> all = new TreeSet<>(gold);
    all.addAll(predicted);
    for (int at : all) {
      if (!correct.contains(at)) {
        String kind = gold.contains(at) ? "missed" : "false";
        errors.add(kind + ": " + context(joined, at));
      }
    }
    double precision = predicted.isEmpty() ? 1 : (double) correct.size() / predicted.size();
    double recall = gold.isEmpty() ? 1 : (double) correct.size() / gold.size();
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Score(precision, recall, f1, errors);
  }

  private static String context(String text, int at) {
    int from = Math.max(0, at - 60);
    int to = Math.min(text.length(), at + 40);
    return text.substring(from, at) + " ‖ " + text.substring(at, to);
  }
}
