package dev.newsdiff.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdiff.internal.facts.FactExtractor;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Sentence;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleReaderTest {

  private static final Path SAMPLES = Path.of("..", "samples", "turkiye-defence-briefing");

  /** A copy read from an article already read is the article reading it afresh would give. */
  @ParameterizedTest
  @ValueSource(strings = {"anadolu-agency", "daily-sabah", "trt-world"})
  void aCopyReadFromTheFirstIsWhatReadingItGives(String name) throws Exception {
    String text = Files.readString(SAMPLES.resolve(name + ".txt"));
    Article first = ArticleReader.analyse(ArticleFile.of(name, text));
    ArticleFile copy = ArticleFile.of("aa", text);
    assertThat(ArticleReader.analyse(copy, first)).isEqualTo(ArticleReader.analyse(copy));
  }

  /** A hard-wrapped copy: the article holds the unwrapped text, the file the wrapped one. */
  @Test
  void aHardWrappedCopyIsReadFromTheFirst() {
    String wrapped =
        """
        Türkiye plans technical visits to Syria
        Türkiye is planning technical visits to Syria to assess its defense
        needs and prepare a joint roadmap, Defense Ministry sources said
        Thursday, also pushing back on claims about troops.
        The ministry also said a memorandum was signed on Aug. 13.""";
    Article first = ArticleReader.analyse(ArticleFile.of("a", wrapped));
    assertThat(first.text()).isNotEqualTo(wrapped);
    ArticleFile copy = ArticleFile.of("b", wrapped);
    assertThat(ArticleReader.analyse(copy, first)).isEqualTo(ArticleReader.analyse(copy));
  }

  /** A long article's facts, read beside its quotes, are its sentences' facts. */
  @Test
  void aLongArticlesFactsAreItsSentencesFacts() throws Exception {
    String text = Files.readString(SAMPLES.resolve("anadolu-agency.txt")).repeat(40);
    assertThat(text.length()).isGreaterThan(100_000);
    Article article = ArticleReader.analyse(ArticleFile.of("long", text));
    assertThat(article.facts()).isNotEmpty();
    assertThat(article.facts())
        .isEqualTo(
            FactExtractor.extract(
                article.text(), article.sentences().stream().map(Sentence::span).toList()));
  }

  @Test
  void anotherTextIsNoCopy() {
    Article first = ArticleReader.analyse(ArticleFile.of("a", "One sentence."));
    assertThatThrownBy(() -> ArticleReader.analyse(ArticleFile.of("b", "Another."), first))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("b does not have the text of a");
  }
}
