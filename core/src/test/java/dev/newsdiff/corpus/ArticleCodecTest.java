package dev.newsdiff.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Attribution;
import dev.newsdiff.model.Dateline;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.FurnitureKind;
import dev.newsdiff.model.Quote;
import dev.newsdiff.model.Role;
import dev.newsdiff.model.Sentence;
import dev.newsdiff.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleCodecTest {

  static Stream<Path> sampleArticles() throws Exception {
    try (Stream<Path> files = Files.walk(Path.of("..", "samples"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("sampleArticles")
  void everySampleArticleComesBackEqual(Path file) throws Exception {
    Article read = NewsDiff.read(file);
    assertThat(ArticleCodec.decode(ArticleCodec.encode(read))).isEqualTo(read);
  }

  @Test
  void stringsThatAreNotTheTextAtTheirSpanComeBackAsTheyWere() {
    // A lone surrogate, characters of one, two and three bytes in UTF-8, a text longer than a
    // 16-bit length, and strings that differ from the text at their span or have no span in it.
    String text =
        "Ünal said \"the ferry\u2019s 12 crew\" left at 3 p.m. \uD83D\uDE80 \uD800 "
            + "x".repeat(70_000);
    Article a =
        new Article(
            "ünal-1",
            "Outlet \u00e9",
            null,
            "Headline",
            text,
            List.of(
                new Sentence("ünal-1/s1", Span.of(0, 10), "UNAL SAID ", Role.BODY),
                new Sentence("ünal-1/s2", Span.of(10, 34), text.substring(10, 34), Role.HEADLINE)),
            List.of(
                new Quote(
                    "q1",
                    Span.of(10, 32),
                    List.of(Span.of(11, 31), Span.of(12, 20)),
                    "the ferry's 12 crew",
                    new Attribution("Ünal", Span.of(0, 4), "Ünal", "said", "Ali Ünal")),
                new Quote("q2", Span.of(0, 4), List.of(Span.of(0, 4)), "Ünal", null)),
            List.of(new Furniture(Span.of(40, 45), "\uD800", FurnitureKind.values()[0])),
            new Dateline(Span.of(0, 70_010), text.substring(0, 70_010)),
            List.of(
                new Fact(Fact.Kind.NUMBER, Span.of(22, 24), "12", "12", "crew", false),
                new Fact(Fact.Kind.TIME, Span.of(38, 44), "3 p.m.", "15:00", null, true),
                new Fact(Fact.Kind.PERSON, Span.of(0, 4), "Unal", "Ünal", null, false)),
            List.of("Reuters", "AFP"));
    assertThat(ArticleCodec.decode(ArticleCodec.encode(a))).isEqualTo(a);
  }

  @Test
  void keptArticlesComeBackAndOnesNeverPutDoNot() throws Exception {
    Article a = NewsDiff.read(Path.of("..", "samples", "ferry-fire", "harbor-wire.txt"));
    Article b = NewsDiff.read(Path.of("..", "samples", "ferry-fire", "coastal-times.txt"));
    try (SpilledArticles kept = new SpilledArticles(3)) {
      kept.put(2, b);
      kept.put(0, a);
      assertThat(kept.take(0)).isEqualTo(a);
      assertThat(kept.take(1)).isNull();
      assertThat(kept.take(2)).isEqualTo(b);
    }
  }
}
