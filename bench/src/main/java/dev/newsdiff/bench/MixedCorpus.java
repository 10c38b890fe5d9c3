package dev.newsdiff.bench;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.internal.ingest.ArticleFolder;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The real sample sets hidden among generated articles, with the truth to score a grouping against:
 * each sample set is one story, except a set named {@code unrelated-*}, whose articles are each a
 * story of their own; each generated story is one story. Real articles have no publication time
 * (their pages mostly give none); generated ones have the generator's.
 *
 * @param articles real and generated, ids unique: {@code SET--FILE} and the generator's ids
 * @param truth each article id's true story
 * @param published each generated article's publication time
 * @param sets each real set's name and its article ids
 */
record MixedCorpus(
    List<Article> articles,
    Map<String, String> truth,
    Map<String, Instant> published,
    Map<String, List<String>> sets) {

  MixedCorpus {
    articles = ImmutableList.copyOf(articles);
    truth = ImmutableMap.copyOf(truth);
    published = ImmutableMap.copyOf(published);
    sets = ImmutableMap.copyOf(sets);
  }

  /**
   * Every set under {@code samples} (null: none, a generated corpus alone) among {@code stories}
   * generated stories of {@code outlets} outlets.
   */
  static MixedCorpus of(@Nullable Path samples, int stories, int outlets) {
    List<Article> articles = new ArrayList<>();
    Map<String, String> truth = new LinkedHashMap<>();
    Map<String, Instant> published = new LinkedHashMap<>();
    Map<String, List<String>> sets = new TreeMap<>();
    for (Path set : samples == null ? List.<Path>of() : sampleSets(samples)) {
      String name = set.getFileName().toString();
      List<String> ids = new ArrayList<>();
      for (Path file : articleFiles(set)) {
        String id = name + "--" + ArticleFile.idFromFileName(file);
        try {
          articles.add(NewsDiff.read(file, id));
        } catch (InputException e) {
          throw new IllegalStateException(e.input() + ": " + e.reason(), e);
        }
        truth.put(id, name.startsWith("unrelated-") ? id : name);
        ids.add(id);
      }
      sets.put(name, ids);
    }
    List<CorpusGenerator.Generated> generated = CorpusGenerator.generate(stories, outlets);
    // Parsed in parallel: reading is most of the time; the list keeps the generator's order.
    articles.addAll(generated.parallelStream().map(g -> NewsDiff.parse(g.id(), g.text())).toList());
    for (CorpusGenerator.Generated g : generated) {
      truth.put(g.id(), "generated-" + g.story());
      published.put(g.id(), g.published());
    }
    return new MixedCorpus(articles, truth, published, sets);
  }

  /** The folders under {@code samples} that hold articles, by name. */
  static List<Path> sampleSets(Path samples) {
    try (Stream<Path> folders = Files.list(samples)) {
      return folders
          .filter(Files::isDirectory)
          .filter(f -> !articleFiles(f).isEmpty())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> articleFiles(Path set) {
    try (Stream<Path> files = Files.list(set)) {
      return files.filter(ArticleFolder::isArticleFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
