package dev.newsdiff.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every article that ever crashed newsdiff, kept in {@code crashes/} under a name saying what it
 * reproduces, read and compared with a sample article on every build. Add a file here for each
 * crash a fuzz campaign ({@link MutatedArticleFuzzTest}) or a user finds, cut down to the smallest
 * text that still crashed.
 */
class FuzzCrashesTest {

  private static final Path SAMPLE =
      Path.of("..", "samples", "turkiye-defence-briefing", "anadolu-agency.txt");

  static Stream<Path> crashes() throws IOException, URISyntaxException {
    Path dir =
        Path.of(Objects.requireNonNull(FuzzCrashesTest.class.getResource("crashes")).toURI());
    List<Path> files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("crashes")
  void aCrashFoundOnceIsReadAndCompared(Path crash) throws Exception {
    Article article = NewsDiff.read(crash, "crash");
    SpanChecks.check(article);
    SpanChecks.check(NewsDiff.compare(List.of(article, NewsDiff.read(SAMPLE))));
  }
}
