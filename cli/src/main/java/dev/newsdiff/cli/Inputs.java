package dev.newsdiff.cli;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.eval.SampleSet;
import dev.newsdiff.ingest.ArticleFile;
import dev.newsdiff.ingest.InputException;
import dev.newsdiff.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the file arguments ({@code path} or {@code id=path}) into analysed articles. */
final class Inputs {

  private Inputs() {}

  static List<Article> read(List<String> arguments) {
    Map<String, String> idToInput = new LinkedHashMap<>();
    List<Article> articles = new ArrayList<>();
    for (String argument : arguments) {
      try {
        ArticleFile file = readOne(argument);
        String earlier = idToInput.putIfAbsent(file.id(), file.name());
        if (earlier != null) {
          throw new InputException(
              file.name(), "article id '" + file.id() + "' is already used by " + earlier + "; name one with ID=PATH");
        }
        articles.add(NewsDiff.analyse(file));
      } catch (InputException e) {
        throw new UserError(e.input() + ": " + e.reason(), Main.BAD_INPUT);
      }
    }
    return articles;
  }

  /** A single folder argument stands for the {@code *.txt} files in it, in name order. */
  static List<String> expandFolder(List<String> arguments) {
    if (arguments.size() != 1 || !Files.isDirectory(Path.of(arguments.get(0)))) {
      return arguments;
    }
    try {
      return SampleSet.articleFiles(Path.of(arguments.get(0))).stream().map(Path::toString).toList();
    } catch (InputException e) {
      throw new UserError(e.input() + ": " + e.reason(), Main.BAD_INPUT);
    }
  }

  /** "aa=path/to/file.txt" names the article "aa"; a plain path takes the file name's stem. */
  private static ArticleFile readOne(String argument) throws InputException {
    int eq = argument.indexOf('=');
    if (eq > 0 && !Files.exists(Path.of(argument))) {
      String id = argument.substring(0, eq);
      return ArticleFile.read(Path.of(argument.substring(eq + 1)), id);
    }
    return ArticleFile.read(Path.of(argument));
  }
}
