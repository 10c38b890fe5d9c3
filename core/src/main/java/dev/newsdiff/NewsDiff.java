package dev.newsdiff;

import dev.newsdiff.ingest.ArticleFile;
import dev.newsdiff.ingest.InputException;
import dev.newsdiff.model.Article;
import dev.newsdiff.text.SentenceSplitter;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point for library users: read articles into {@link Article} values (page furniture,
 * headline, sentences, quotes with speakers, every span an offset into the text).
 *
 * <pre>{@code
 * Article aa = NewsDiff.read(Path.of("samples/turkiye-defence-briefing/anadolu-agency.txt"));
 * for (Quote q : aa.quotes()) {
 *   System.out.println(q.speaker() + ": " + q.text());
 * }
 * }</pre>
 *
 * <p>All methods are thread-safe; the values returned are immutable.
 */
public final class NewsDiff {

  private NewsDiff() {}

  /** Reads a UTF-8 article file; its id is the file name's stem. */
  public static Article read(Path path) throws InputException {
    return ArticleReader.analyse(ArticleFile.read(path));
  }

  /** Reads a UTF-8 article file under the given id. */
  public static Article read(Path path, String id) throws InputException {
    return ArticleReader.analyse(ArticleFile.read(path, id));
  }

  /** Analyses article text already in memory. */
  public static Article parse(String id, String text) {
    return ArticleReader.analyse(ArticleFile.of(id, text));
  }

  /** Analyses an article read with {@link ArticleFile}. */
  public static Article analyse(ArticleFile file) {
    return ArticleReader.analyse(file);
  }

  /**
   * Loads now what reading needs (the sentence model) instead of on the first read. Optional, for
   * programs that start often and have other work to do first, such as a command-line tool: called
   * on a background thread, it lets that work and the loading overlap, and the first read waits
   * only for what is left of the load.
   */
  public static void preload() {
    SentenceSplitter.preload();
  }

  /** Compares two or more articles with the default options. */
  public static Comparison compare(List<Article> articles) {
    return Comparison.of(articles, CompareOptions.defaults());
  }
}
