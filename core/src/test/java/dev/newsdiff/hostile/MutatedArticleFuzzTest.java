package dev.newsdiff.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.internal.reading.ArticleReader;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * A fuzz of the reading and comparing stages with real articles: each sample article, mutated the
 * ways real text goes wrong (bytes flipped, stretches cut or repeated, stray quote marks, combining
 * marks, right-to-left characters, emoji, very long lines), is read or refused with the documented
 * {@link InputException}, never with another exception; every span it yields is the text at its
 * offsets; and comparing mutated articles gives the same comparison whatever their order.
 *
 * <p>The seed is fixed: the build runs the same inputs every time. A longer campaign runs with
 * {@code mvn -B -q -pl core test -Dtest=MutatedArticleFuzzTest -Dnewsdiff.fuzz.scale=20} (see
 * {@link FuzzCampaign}; docs/robustness.md has the size and result of the last one). Every crash a
 * campaign finds is kept in {@link FuzzCrashesTest}.
 */
@AddLifecycleHook(FuzzCampaign.class)
class MutatedArticleFuzzTest {

  private static final String SEED = "15015";
  private static final Map<String, String> SAMPLES = samples();

  @Property(tries = 600, seed = SEED)
  void aMutatedArticleIsReadOrRefusedCleanly(@ForAll("mutatedArticles") MutatedArticle mutated) {
    read(mutated, "fuzz").ifPresent(SpanChecks::check);
  }

  @Property(tries = 50, seed = SEED)
  void comparingMutatedArticlesDoesNotDependOnTheirOrder(
      @ForAll("mutatedArticles") MutatedArticle a,
      @ForAll("mutatedArticles") MutatedArticle b,
      @ForAll("mutatedArticles") MutatedArticle c) {
    List<Article> articles =
        Stream.of(read(a, "a"), read(b, "b"), read(c, "c")).flatMap(Optional::stream).toList();
    if (articles.size() < 2) {
      return; // byte flips made two of them unreadable: the first property covers that
    }
    Comparison comparison = NewsDiff.compare(articles);
    SpanChecks.check(comparison);
    List<Article> reversed = new ArrayList<>(articles);
    Collections.reverse(reversed);
    assertThat(NewsDiff.compare(reversed)).isEqualTo(comparison);
  }

  /** The mutated article read as a file's bytes are, or empty when refused as bad input. */
  private static Optional<Article> read(MutatedArticle mutated, String id) {
    byte[] bytes = mutated.bytes(SAMPLES.get(mutated.sample()));
    try {
      return Optional.of(
          ArticleReader.analyse(ArticleFile.fromBytes(id + ".txt", id, bytes, null)));
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith(id + ".txt: ").doesNotContain("\n");
      return Optional.empty();
    }
  }

  @Provide
  Arbitrary<MutatedArticle> mutatedArticles() {
    Arbitrary<List<Mutation>> edits = Mutations.any().list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<List<Mutation.FlipByte>> flips = Mutations.byteFlips().list().ofMaxSize(4);
    return Combinators.combine(Arbitraries.of(SAMPLES.keySet()), edits, flips)
        .as(MutatedArticle::new);
  }

  /** A sample article ("ferry-fire/radio-brief.txt"), the edits made to its text, then to bytes. */
  record MutatedArticle(String sample, List<Mutation> edits, List<Mutation.FlipByte> flips) {

    byte[] bytes(String original) {
      String text = original;
      for (Mutation edit : edits) {
        text = edit.apply(text);
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      for (Mutation.FlipByte flip : flips) {
        flip.apply(bytes);
      }
      return bytes;
    }
  }

  /** The sample articles by "set/file.txt", read once. */
  private static Map<String, String> samples() {
    Map<String, String> samples = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("..", "samples"), 2)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        samples.put(
            file.getParent().getFileName() + "/" + file.getFileName(),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(samples).isNotEmpty();
    return Collections.unmodifiableMap(samples);
  }
}
