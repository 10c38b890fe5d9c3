package dev.newsdiff.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.internal.ingest.Layout;
import dev.newsdiff.internal.text.SentenceSplitter;
import dev.newsdiff.model.Furniture;
import dev.newsdiff.model.InputException;
import dev.newsdiff.model.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * Random and adversarial text through every reading stage: nothing throws, every offset stays
 * inside the text, sentences do not overlap each other or the furniture, quote parts stay inside
 * their quote.
 */
class RandomTextPropertiesTest {

  /** News-like pieces and troublemakers: quote marks of every kind, dots, dashes, other scripts. */
  @Provide
  Arbitrary<String> newsish() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "The minister said",
            " ",
            "  ",
            "\n",
            "\r\n",
            "\n\n",
            ".",
            "!",
            "?",
            "…",
            "...",
            ",",
            ";",
            ":",
            "\"",
            "“",
            "”",
            "'",
            "‘",
            "’",
            "«",
            "»",
            "„",
            "—",
            "–",
            "-",
            "(",
            ")",
            "Aug.",
            "U.S.",
            "Dr.",
            "No.",
            "a.m.",
            "13",
            "2.5 km",
            "İstanbul",
            "TÜRKİYE",
            "ğüşıöç",
            "Αθήνα",
            "Москва",
            "東京",
            "مرحبا",
            "\u00a0",
            "\t",
            "\u0007",
            "\u200b",
            "SOURCE:",
            "2 min read",
            "5 hours ago",
            "/ AA",
            "he said",
            "she said",
            "they said",
            "according to",
            "said Akturk",
            "ISTANBUL",
            "By Jane Doe",
            "Photo: AFP",
            "\ufeff",
            "€12 million",
            "forty");
    return pieces.list().ofMinSize(0).ofMaxSize(80).map(l -> String.join(" ", l));
  }

  @Provide
  Arbitrary<String> anyUnicode() {
    StringArbitrary s = Arbitraries.strings().all().ofMaxLength(400);
    return s;
  }

  @Property(tries = 300)
  void readingNeverThrowsAndOffsetsStayInside(@ForAll("newsish") String text) {
    SpanChecks.check(NewsDiff.parse("r", text));
  }

  @Property(tries = 300)
  void anyUnicodeIsReadOrRefusedCleanly(@ForAll("anyUnicode") String text) {
    SpanChecks.check(NewsDiff.parse("u", text));
    try {
      ArticleFile.fromBytes("x", "x", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith("x: ").doesNotContain("\n");
    }
  }

  @Property(tries = 200)
  void splitterSpansAreOrderedAndInside(@ForAll("newsish") String text) {
    List<Span> spans = SentenceSplitter.english().split(text);
    int last = 0;
    for (Span s : spans) {
      assertThat(s.start()).isGreaterThanOrEqualTo(last);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(s.isEmpty()).isFalse();
      last = s.end();
    }
  }

  @Property(tries = 100)
  void comparingRandomArticlesNeverThrows(
      @ForAll("newsish") String a, @ForAll("newsish") String b) {
    Comparison c = NewsDiff.compare(List.of(NewsDiff.parse("a", a), NewsDiff.parse("b", b)));
    for (var s : c.statements()) {
      for (var m : s.members()) {
        assertThat(m.span().end()).isLessThanOrEqualTo(c.article(m.article()).text().length());
      }
    }
  }

  @Property(tries = 200)
  void layoutCoversEachLineOnce(@ForAll("newsish") String text) {
    Layout layout = Layout.of(text);
    for (Furniture f : layout.furniture()) {
      assertThat(layout.paragraphs()).noneMatch(p -> p.span().overlaps(f.span()));
    }
  }
}
