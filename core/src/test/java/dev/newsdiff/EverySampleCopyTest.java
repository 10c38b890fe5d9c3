package dev.newsdiff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.report.Findings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17, "quiet where outlets agree", over every sample article: an article beside a copy of
 * itself, or beside a copy with its story paragraphs shuffled, gives no finding of any kind. Moved
 * about, a line may be read differently (a caption away from its photo credit, a dateline that no
 * longer opens the story): 20 of the 60 shuffled copies gave findings before copies were also
 * recognised by their lines.
 */
class EverySampleCopyTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  /**
   * Shuffled copies not yet read as copies, each held to that so that it fails, and must leave this
   * list, once it is quiet. The shuffle keeps the closing lines the reader takes for furniture last
   * and moves the rest: where a page's closing furniture is read as story (the held-out CBS page of
   * round 24, whose author bio, sign-off and sign-up form close the page), those lines land in the
   * story and the copy is a different page (issue 16, furniture kept as story).
   */
  private static final Set<String> SHUFFLED_NOT_YET_QUIET =
      Set.of("eloy-balloon-crash-2024/bytebriefly.txt");

  static Stream<Path> articles() throws IOException {
    try (Stream<Path> files = Files.walk(SAMPLES, 2)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void aCopyGivesNoFindings(Path article) {
    String text = read(article);
    Comparison c = NewsDiff.compare(List.of(NewsDiff.parse("a", text), NewsDiff.parse("b", text)));
    assertQuiet(c);
    assertThat(c.reorderedCopies()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void aShuffledCopyGivesNoFindings(Path article) {
    String text = read(article);
    Comparison c =
        NewsDiff.compare(
            List.of(NewsDiff.parse("a", text), NewsDiff.parse("b", ShuffledCopy.of(text))));
    String name = article.getParent().getFileName() + "/" + article.getFileName();
    if (SHUFFLED_NOT_YET_QUIET.contains(name)) {
      assertThat(c.copies()).as("%s is read as a copy now: take it off the list", name).isEmpty();
      return;
    }
    assertQuiet(c);
  }

  private static void assertQuiet(Comparison c) {
    assertThat(c.copies()).isEqualTo(List.of(List.of("a", "b")));
    assertThat(Findings.of(c)).isEmpty();
    assertThat(c.statements()).isEmpty();
    assertThat(c.exclusives()).isEmpty();
    assertThat(c.conflicts()).isEmpty();
    assertThat(c.quoteVariants()).isEmpty();
    assertThat(c.derivation()).isEmpty();
  }
}
