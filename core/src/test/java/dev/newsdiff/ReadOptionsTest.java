package dev.newsdiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsdiff.model.Article;
import dev.newsdiff.model.InputException;
import dev.newsdiff.model.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading without speakers (what corpus mode reads) finds the same quotes, each without its
 * attribution, leaves the rest of the article as it was, and so gives every sample set the
 * comparison the corpus output is made of: statements, exclusives, conflicts, derivation, copying.
 */
class ReadOptionsTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final ReadOptions WITHOUT_SPEAKERS = ReadOptions.defaults().withSpeakers(false);

  static Stream<Path> sets() throws IOException {
    try (Stream<Path> dirs = Files.list(SAMPLES)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  private static List<Article> read(Path set, ReadOptions options)
      throws IOException, InputException {
    List<Article> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(set)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        out.add(NewsDiff.read(f, name.substring(0, name.length() - ".txt".length()), options));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void withoutSpeakersTheSameQuotesAndComparison(Path set) throws Exception {
    List<Article> with = read(set, ReadOptions.defaults());
    List<Article> without = read(set, WITHOUT_SPEAKERS);
    assertThat(without).hasSameSizeAs(with);
    for (int i = 0; i < with.size(); i++) {
      Article a = with.get(i);
      Article b = without.get(i);
      assertThat(b.quotes()).allMatch(q -> q.attribution() == null);
      assertThat(b.quotes())
          .extracting(Quote::id, Quote::span, Quote::parts, Quote::text)
          .isEqualTo(
              a.quotes().stream().map(q -> tuple(q.id(), q.span(), q.parts(), q.text())).toList());
      assertThat(b).usingRecursiveComparison().ignoringFields("quotes").isEqualTo(a);
    }
    if (with.size() >= 2) {
      Comparison c = NewsDiff.compare(with);
      Comparison d = NewsDiff.compare(without);
      assertThat(d.statements()).isEqualTo(c.statements());
      assertThat(d.exclusives()).isEqualTo(c.exclusives());
      assertThat(d.conflicts()).isEqualTo(c.conflicts());
      assertThat(d.derivation()).isEqualTo(c.derivation());
      assertThat(d.copying()).isEqualTo(c.copying());
    }
  }

  @Test
  void speakersAreFoundByDefault() throws Exception {
    List<Article> read = read(SAMPLES.resolve("turkiye-defence-briefing"), ReadOptions.defaults());
    assertThat(read).anyMatch(a -> a.quotes().stream().anyMatch(q -> q.attribution() != null));
  }
}
