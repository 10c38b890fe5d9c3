package dev.newsdiff.internal.ingest;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.model.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a folder of articles stands for: its article files, text ({@code *.txt}) and saved web pages
 * ({@code *.html}, {@code *.htm}), in name order. Hidden files and sub-folders are not articles.
 */
public final class ArticleFolder {

  private ArticleFolder() {}

  /** The article files in {@code folder}, in name order; a folder with none is refused. */
  public static ImmutableList<Path> files(Path folder) throws InputException {
    ImmutableList<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = ImmutableList.sortedCopyOf(listed.filter(ArticleFolder::isArticleFile).toList());
    } catch (IOException e) {
      throw new InputException(folder.toString(), "cannot list folder: " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new InputException(
          folder.toString(), "no article files (*.txt, *.html) in this folder");
    }
    return files;
  }

  /**
   * Whether {@code file} is an article: a regular file, not hidden, named as text or a web page.
   */
  public static boolean isArticleFile(Path file) {
    return isArticleName(file.getFileName().toString()) && Files.isRegularFile(file);
  }

  /** Whether a file of this name is an article: not hidden, named as text or a web page. */
  public static boolean isArticleName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm"));
  }
}
