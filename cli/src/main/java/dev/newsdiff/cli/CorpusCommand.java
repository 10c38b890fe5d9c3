package dev.newsdiff.cli;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.cli.Specs.TextOrJson;
import dev.newsdiff.corpus.CorpusSummary;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.internal.ingest.ArticleFolder;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.InputException;
import dev.newsdiff.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class CorpusCommand implements Callable<Integer> {

  final CommandSpec spec =
      Specs.command(
          this,
          "corpus",
          "Groups a corpus of articles into stories and sums up per outlet.",
          "Groups the articles into stories (the same event across outlets), compares each story, and sums up "
              + "per outlet: articles, stories, exclusives, conflicts, and how often it follows or is followed by another "
              + "outlet. FOLDER holds one folder per outlet of article files (*.txt, *.html). Progress goes to stderr when "
              + "it is a terminal.");

  private final OptionSpec formatOption = Specs.option(spec, Specs.textOrJson());

  private final OptionSpec outputOption =
      Specs.option(
          spec,
          OptionSpec.builder("-o", "--output")
              .type(Path.class)
              .paramLabel("FILE")
              .description("Write the summary to FILE."));

  private final PositionalParamSpec folderParameter =
      Specs.parameters(
          spec,
          PositionalParamSpec.builder()
              .index("0")
              .required(true)
              .paramLabel("FOLDER")
              .type(Path.class)
              .description("A folder with one folder of articles per outlet."));

  TextOrJson format() {
    return formatOption.getValue();
  }

  @Nullable Path output() {
    return outputOption.getValue();
  }

  Path folder() {
    return folderParameter.getValue();
  }

  @Override
  public Integer call() {
    List<Path> files = new ArrayList<>();
    Map<Path, String> outletOfFile = new HashMap<>();
    Path folder = folder();
    if (!Files.isDirectory(folder)) {
      throw new UserError(folder + ": not a folder", ExitCode.BAD_INPUT);
    }
    try (Stream<Path> outlets = Files.list(folder)) {
      for (Path outlet : outlets.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> articles = Files.list(outlet)) {
          for (Path f : articles.filter(ArticleFolder::isArticleFile).sorted().toList()) {
            files.add(f);
            outletOfFile.put(f, outlet.getFileName().toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UserError(
          folder + ": cannot list: " + UserError.oneLine(e.getMessage()), ExitCode.BAD_INPUT);
    }
    if (files.isEmpty()) {
      throw new UserError(
          folder + ": no outlet folders with articles (FOLDER/OUTLET/*.txt)", ExitCode.BAD_INPUT);
    }
    Progress progress = new Progress(spec.commandLine().getErr());
    AtomicInteger read = new AtomicInteger();
    List<Article> articles =
        files.parallelStream()
            .map(
                f -> {
                  String outlet = outletOfFile.get(f);
                  String id = ArticleFile.idFromFileName(Path.of(outlet + "--" + f.getFileName()));
                  try {
                    Article a = NewsDiff.read(f, id);
                    progress.show("reading", read.incrementAndGet(), files.size());
                    return a;
                  } catch (InputException e) {
                    throw new UserError(e.input() + ": " + e.reason(), ExitCode.BAD_INPUT);
                  }
                })
            .toList();
    Map<String, String> outletOf = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      outletOf.put(articles.get(i).id(), outletOfFile.get(files.get(i)));
    }
    int[] total = {0};
    CorpusSummary summary =
        CorpusSummary.of(
            articles,
            outletOf,
            done -> progress.show("comparing stories", done, total[0]),
            n -> total[0] = n);
    progress.done();
    String report = Report.corpus(summary, format().report());
    ReportOutput.write(
        spec.commandLine().getOut(), report, output(), files.stream().map(Path::toString).toList());
    return ExitCode.OK.code();
  }

  /** A progress bar on stderr, drawn only when stderr is a terminal, at most every 100 ms. */
  private static final class Progress {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private long last;

    Progress(PrintWriter err) {
      this.err = err;
    }

    synchronized void show(String what, int done, int total) {
      long now = System.nanoTime();
      if (!terminal || total == 0 || now - last < 100_000_000L && done < total) {
        return;
      }
      last = now;
      int width = 30;
      int filled = (int) ((long) width * done / total);
      err.print(
          "\r"
              + what
              + " ["
              + "#".repeat(filled)
              + " ".repeat(width - filled)
              + "] "
              + done
              + "/"
              + total
              + "   ");
      err.flush();
    }

    synchronized void done() {
      if (terminal) {
        err.print("\r" + " ".repeat(72) + "\r");
        err.flush();
      }
    }
  }
}
