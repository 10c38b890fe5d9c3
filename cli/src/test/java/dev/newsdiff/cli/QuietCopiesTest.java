package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17, "quiet where outlets agree", through the command line: an article beside a copy of
 * itself, a copy with its paragraphs shuffled, or a hard-wrapped copy gives no finding of any kind,
 * so {@code --fail-on any} exits 0. Two copies of one article once gave a direct-vs-reported quote
 * variant and a wording difference.
 */
class QuietCopiesTest {

  private static final Path SEED = Path.of("..", "samples", "turkiye-defence-briefing");

  @TempDir Path dir;

  static Stream<Arguments> copies() {
    List<Arguments> out = new ArrayList<>();
    for (String article : List.of("anadolu-agency", "daily-sabah", "trt-world")) {
      out.add(Arguments.of(article, "copy", UnaryOperator.<String>identity()));
      out.add(Arguments.of(article, "shuffled", (UnaryOperator<String>) QuietCopiesTest::shuffled));
      out.add(Arguments.of(article, "wrapped", (UnaryOperator<String>) text -> wrapped(text, 72)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("copies")
  void aCopyGivesNoFindings(String article, String how, UnaryOperator<String> copy)
      throws Exception {
    String text = Files.readString(SEED.resolve(article + ".txt"));
    if (!how.equals("copy")) {
      assertThat(copy.apply(text)).as("the %s copy", how).isNotEqualTo(text);
    }
    Files.writeString(dir.resolve("a.txt"), text);
    Files.writeString(dir.resolve("b.txt"), copy.apply(text));

    Run run = Run.of("compare", "--fail-on", "any", dir.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("a and b carry the same text").doesNotContain("==");
  }

  /**
   * The story's paragraphs in another order: the first block (headline and furniture up to the
   * first blank line, or the headline alone) and the closing furniture (trt-world's, from "SOURCE:"
   * on) stay where they are.
   */
  private static String shuffled(String text) {
    int start = text.contains("\n\n") ? text.indexOf("\n\n") + 2 : text.indexOf('\n') + 1;
    int end = text.indexOf("\nSOURCE:") >= 0 ? text.indexOf("\nSOURCE:") + 1 : text.length();
    List<String> paragraphs =
        new ArrayList<>(
            text.substring(start, end)
                .lines()
                .filter(l -> !l.isBlank())
                .map(String::strip)
                .toList());
    Collections.shuffle(paragraphs, new Random(17));
    return text.substring(0, start)
        + String.join("\n\n", paragraphs)
        + "\n\n"
        + text.substring(end);
  }

  /** Each line broken at the last space before {@code width} columns, as wire feeds send text. */
  private static String wrapped(String text, int width) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      StringBuilder row = new StringBuilder();
      for (String word : line.split(" ", -1)) {
        if (row.length() > 0 && row.length() + 1 + word.length() > width) {
          out.append(row).append('\n');
          row.setLength(0);
        } else if (row.length() > 0) {
          row.append(' ');
        }
        row.append(word);
      }
      out.append(row).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }
}
