package dev.newsdiff;

import dev.newsdiff.internal.align.PairScores;
import dev.newsdiff.internal.facts.FactExtractor;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.internal.reading.ArticleReader;
import dev.newsdiff.internal.text.SentenceSplitter;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.ArticlePage;
import dev.newsdiff.model.InputException;
import dev.newsdiff.model.PairScore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The entry point for library users: read articles into {@link Article} values (page furniture,
 * headline, sentences, quotes with speakers, every span an offset into the text), and compare them
 * into a {@link Comparison}. Reports in any format come from {@link dev.newsdiff.report.Report}.
 *
 * <pre>{@code
 * Path story = Path.of("samples/turkiye-defence-briefing");
 * Article aa = NewsDiff.read(story.resolve("anadolu-agency.txt"));
 * for (Quote q : aa.quotes()) {
 *   System.out.println(q.speaker() + ": " + q.text());
 * }
 * Comparison c = NewsDiff.compare(List.of(aa, NewsDiff.read(story.resolve("trt-world.txt"))));
 * }</pre>
 *
 * <p>All methods are thread-safe; the values returned are immutable.
 */
public final class NewsDiff {

  private NewsDiff() {}

  /**
   * Reads an article file: UTF-8 text (or a detected legacy encoding), or a saved web page whose
   * article is extracted. Its id is the file name's stem ("trt-world.txt" is "trt-world").
   */
  public static Article read(Path path) throws InputException {
    return ArticleReader.analyse(ArticleFile.read(path));
  }

  /** Reads an article file, as {@link #read(Path)} does, under the given id. */
  public static Article read(Path path, String id) throws InputException {
    return read(path, id, ReadOptions.defaults());
  }

  /** Reads an article file, as {@link #read(Path, String)} does, with the given options. */
  public static Article read(Path path, String id, ReadOptions options) throws InputException {
    return ArticleReader.analyse(ArticleFile.read(path, id), options.speakers());
  }

  /**
   * Reads an article file under the given id, as {@link #read(Path, String)} does, with the site
   * name and publication time a saved web page's metadata gives: for a corpus, where they may be
   * all that names the outlet and dates the story. The file is read once.
   */
  public static ArticlePage readPage(Path path, String id) throws InputException {
    return readPage(path, id, ReadOptions.defaults());
  }

  /** Reads an article file, as {@link #readPage(Path, String)} does, with the given options. */
  public static ArticlePage readPage(Path path, String id, ReadOptions options)
      throws InputException {
    ArticleFile file = ArticleFile.read(path, id);
    return new ArticlePage(
        ArticleReader.analyse(file, options.speakers()), file.site(), file.published());
  }

  /** Analyses article text already in memory. */
  public static Article parse(String id, String text) {
    return ArticleReader.analyse(ArticleFile.of(id, text));
  }

  /**
   * Loads now what reading needs (the sentence model, the classes that read figures) instead of on
   * the first read. Optional, for programs that start often and have other work to do first, such
   * as a command-line tool: called on a background thread, it lets that work and the loading
   * overlap, and the first read waits only for what is left of the load.
   */
  public static void preload() {
    SentenceSplitter.preload();
    FactExtractor.preload();
  }

  /** Compares two or more articles with distinct ids, with the default options. */
  public static Comparison compare(List<Article> articles) {
    return compare(articles, CompareOptions.defaults());
  }

  /**
   * Compares two or more articles with distinct ids. The result does not depend on their order.
   *
   * @throws IllegalArgumentException for fewer than two articles, or two with one id
   */
  public static Comparison compare(List<Article> articles, CompareOptions options) {
    return Comparer.compare(articles, options);
  }

  /**
   * Scores free-standing sentence pairs the way {@link #compare} scores statements, for calibrating
   * {@link CompareOptions#threshold()}: word weights come from all the sentences given, and a pair
   * scores its best clause match. Without articles there is no reading order to weigh.
   *
   * @param pairs the two sentences of each pair, e.g. {@code Map.entry(first, second)}
   * @return one score per pair, in the order given
   */
  public static List<PairScore> scorePairs(
      List<Map.Entry<String, String>> pairs, CompareOptions options) {
    List<String[]> sentences =
        pairs.stream().map(p -> new String[] {p.getKey(), p.getValue()}).toList();
    return PairScores.score(sentences, options.similarity(), options.threshold());
  }
}
