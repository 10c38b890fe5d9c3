package dev.newsdiff.cli;

import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.internal.ingest.ArticleFolder;
import dev.newsdiff.internal.reading.ArticleReader;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.InputException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns the file arguments ({@code path} or {@code id=path}) into analysed articles. */
final class Inputs {

  /**
   * How core words the two ways a file can fail to be UTF-8 (ingest.TextDecoder and ArticleFile):
   * its encoding could not be detected, or it was guessed. Core names no flag; where the command
   * has --encoding, the message says how to name the encoding. MainTest pins both messages.
   */
  private static final String NOT_UTF8 = "not valid UTF-8";

  private static final String GUESSED = "not UTF-8; read as ";

  private Inputs() {}

  /**
   * Reads the articles of a command with --encoding ({@code encoding}, null when not given): each
   * of {@code inputs}, its arguments with folders expanded ({@link #expandFolders}), is a file,
   * {@code ID=FILE}, or "-" for standard input. Warnings about how a file was read go to {@code
   * err}.
   */
  static List<Article> read(
      List<String> inputs, @Nullable Charset encoding, InputStream stdin, PrintWriter err) {
    return read(inputs, encoding, true, stdin, err);
  }

  /** Reads the article files of a fixture folder, for a command without --encoding. */
  static List<Article> readFixture(List<String> files, PrintWriter err) {
    return read(files, null, false, InputStream.nullInputStream(), err);
  }

  private static List<Article> read(
      List<String> inputs,
      @Nullable Charset encoding,
      boolean encodingOption,
      InputStream stdin,
      PrintWriter err) {
    Map<String, String> idToInput = new LinkedHashMap<>();
    List<Article> articles = new ArrayList<>();
    // Copies are common (a folder of saved pages, an agency text run by many): each text is
    // analysed once.
    Map<String, Article> byText = new HashMap<>();
    for (String argument : inputs) {
      try {
        ArticleFile file = readOne(argument, encoding, stdin);
        String warning = file.warning();
        if (warning != null) {
          boolean hint = encodingOption && warning.startsWith(GUESSED);
          err.println(
              "newsdiff: warning: "
                  + UserError.oneLine(
                      file.name()
                          + ": "
                          + warning
                          + (hint ? "; name the encoding with --encoding if that is wrong" : "")));
        }
        String earlier = idToInput.putIfAbsent(file.id(), file.name());
        if (earlier != null) {
          throw new InputException(
              file.name(),
              "article id '"
                  + file.id()
                  + "' is already used by "
                  + earlier
                  + "; name one with ID=PATH");
        }
        Article sameText = byText.get(file.text());
        Article article =
            sameText == null ? ArticleReader.analyse(file) : ArticleReader.analyse(file, sameText);
        byText.putIfAbsent(file.text(), article);
        articles.add(article);
      } catch (OutOfMemoryError e) {
        // What was being built for this input is garbage now: there is memory to say so.
        throw OutOfMemory.reading(argument, articles.size());
      } catch (InputException e) {
        boolean hint = encodingOption && encoding == null && e.reason().startsWith(NOT_UTF8);
        throw new UserError(
            e.input() + ": " + e.reason() + (hint ? "; name its encoding with --encoding" : ""),
            ExitCode.BAD_INPUT);
      }
    }
    return articles;
  }

  /**
   * A folder stands for the article files in it ({@code *.txt}, {@code *.html}), in name order. A
   * command expands its arguments once and hands the result to everything that needs its inputs:
   * the files it reads are then exactly the files its output is checked against.
   */
  static List<String> expandFolders(List<String> arguments) {
    List<String> out = new ArrayList<>();
    for (String argument : arguments) {
      if (!argument.equals("-")
          && !argument.contains("=")
          && Files.isDirectory(Path.of(argument))) {
        try {
          ArticleFolder.files(Path.of(argument)).forEach(p -> out.add(p.toString()));
        } catch (InputException e) {
          throw new UserError(e.input() + ": " + e.reason(), ExitCode.BAD_INPUT);
        }
      } else {
        out.add(argument);
      }
    }
    return out;
  }

  /**
   * "aa=path/to/file.txt" names the article "aa"; a plain path takes the file name's stem; "-" is
   * stdin.
   */
  private static ArticleFile readOne(String argument, @Nullable Charset encoding, InputStream stdin)
      throws InputException {
    int eq = argument.indexOf('=');
    String id = null;
    String path = argument;
    if (eq > 0 && !Files.exists(Path.of(argument))) {
      id = argument.substring(0, eq);
      path = argument.substring(eq + 1);
    }
    if (path.equals("-")) {
      return ArticleFile.fromStream("-", id == null ? "stdin" : id, stdin, encoding);
    }
    return id == null
        ? ArticleFile.read(Path.of(path), ArticleFile.idFromFileName(Path.of(path)), encoding)
        : ArticleFile.read(Path.of(path), id, encoding);
  }
}
