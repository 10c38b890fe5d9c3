package dev.newsdiff.cli;

import dev.newsdiff.corpus.CorpusEntry;
import dev.newsdiff.corpus.CorpusListing;
import dev.newsdiff.corpus.CorpusRun;
import dev.newsdiff.corpus.CorpusStory;
import dev.newsdiff.corpus.CorpusSummary;
import dev.newsdiff.corpus.Problems;
import dev.newsdiff.model.InputException;
import dev.newsdiff.report.Report;
import dev.newsdiff.report.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class CorpusCommand implements Callable<Integer> {

  final CommandSpec spec =
      Specs.command(
          this,
          "corpus",
          "Groups a corpus into stories, lists them, and sums up per outlet.",
          "Groups the articles into stories (the same event across outlets), compares each story, and lists "
              + "the stories with their articles, what each outlet carries and the copying verdicts, then sums up "
              + "per outlet. CORPUS is a folder with one folder per outlet of article files (*.txt, *.html); a "
              + "flat folder of article files, whose outlet is the page's metadata (og:site_name) or comes from "
              + "the file name with --outlet-from; or a manifest (.csv with a header, or .jsonl) with a path, "
              + "outlet, published and url per article. Files and rows that cannot be read are reported on "
              + "stderr, one line each, and skipped. Progress goes to stderr when it is a terminal.");

  /** The formats of a corpus report. */
  enum Format {
    TEXT,
    JSON,
    /** One story a line as each is done, then the summary: JSON Lines. */
    JSONL
  }

  private final OptionSpec formatOption =
      Specs.option(
          spec,
          OptionSpec.builder("--format")
              .type(Format.class)
              .converters(Specs.enumValues(Format.class))
              .paramLabel("FORMAT")
              .defaultValue("text")
              .description(
                  "text, json, or jsonl: one story a line as it is done, then the summary"
                      + " (default: ${DEFAULT-VALUE})."));

  private final OptionSpec outputOption =
      Specs.option(
          spec,
          OptionSpec.builder("-o", "--output")
              .type(Path.class)
              .paramLabel("FILE")
              .description("Write the report to FILE."));

  private final OptionSpec outletFromOption =
      Specs.option(
          spec,
          OptionSpec.builder("--outlet-from")
              .type(String.class)
              .paramLabel("REGEX")
              .description(
                  "In a flat folder, the outlet is the first group of REGEX found in the file name,"
                      + " e.g. '^([a-z-]+)_' for bbc-news_2024-05-01.html."));

  private final OptionSpec strictOption =
      Specs.option(
          spec,
          OptionSpec.builder("--strict")
              .type(boolean.class)
              .description(
                  "Fail (exit 3) on the first file or manifest row that cannot be read, instead"
                      + " of skipping it."));

  private final PositionalParamSpec corpusParameter =
      Specs.parameters(
          spec,
          PositionalParamSpec.builder()
              .index("0")
              .required(true)
              .paramLabel("CORPUS")
              .type(Path.class)
              .description(
                  "A folder of outlet folders, a flat folder of articles, or a manifest."));

  Format format() {
    return formatOption.getValue();
  }

  @Nullable Path output() {
    return outputOption.getValue();
  }

  Path corpus() {
    return corpusParameter.getValue();
  }

  @Override
  public Integer call() {
    Pattern outletFrom = outletFrom();
    Path corpus = corpus();
    ReportOutput.check(output(), List.of(corpus.toString()));
    PrintWriter err = spec.commandLine().getErr();
    Problems problems = problems(err, Specs.given(strictOption));
    List<CorpusEntry> entries;
    try {
      entries = CorpusListing.list(corpus, outletFrom, problems);
    } catch (InputException e) {
      throw new UserError(e.input() + ": " + e.reason(), ExitCode.BAD_INPUT);
    }
    List<String> inputs = entries.stream().map(CorpusEntry::file).toList();
    Progress progress = new Progress(err);
    PrintWriter out = spec.commandLine().getOut();
    if (format() == Format.JSONL) {
      ReportOutput.stream(
          out,
          output(),
          inputs,
          lines -> {
            CorpusSummary summary =
                CorpusRun.run(entries, problems, progress, s -> lines.accept(Report.corpusLine(s)));
            progress.done();
            lines.accept(Report.corpusLine(someRead(summary, corpus)));
          });
    } else {
      List<CorpusStory> stories = new ArrayList<>();
      CorpusSummary summary = CorpusRun.run(entries, problems, progress, stories::add);
      progress.done();
      someRead(summary, corpus);
      ReportFormat report = format() == Format.JSON ? ReportFormat.JSON : ReportFormat.TEXT;
      ReportOutput.write(out, Report.corpus(summary, stories, report), output(), inputs);
    }
    return ExitCode.OK.code();
  }

  /** A corpus none of whose files could be read has nothing to report. */
  private static CorpusSummary someRead(CorpusSummary summary, Path corpus) {
    if (summary.articles() == 0) {
      throw new UserError(corpus + ": none of its articles could be read", ExitCode.BAD_INPUT);
    }
    return summary;
  }

  private @Nullable Pattern outletFrom() {
    String regex = outletFromOption.getValue();
    if (regex == null) {
      return null;
    }
    try {
      Pattern p = Pattern.compile(regex);
      if (p.matcher("").groupCount() < 1) {
        throw new UserError(
            "--outlet-from needs a group around the outlet, e.g. '^([^_]+)_': " + regex,
            ExitCode.USAGE);
      }
      return p;
    } catch (PatternSyntaxException e) {
      throw new UserError(
          "--outlet-from is not a regular expression: " + UserError.oneLine(e.getDescription()),
          ExitCode.USAGE);
    }
  }

  /** Each problem one line on stderr, or, with --strict, the end of the run. */
  private static Problems problems(PrintWriter err, boolean strict) {
    return (where, reason) -> {
      if (strict) {
        throw new UserError(where + ": " + reason, ExitCode.BAD_INPUT);
      }
      synchronized (err) {
        err.println(UserError.oneLine(where + ": " + reason + " (skipped)"));
        err.flush();
      }
    };
  }

  /**
   * A progress bar on stderr with articles a second and the time left, drawn only when stderr is a
   * terminal, at most every 100 ms.
   */
  private static final class Progress implements CorpusRun.Progress {
    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private String stage = "";
    private long stageStart;
    private long last;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public synchronized void show(String what, int done, int total) {
      long now = System.nanoTime();
      if (!what.equals(stage)) {
        stage = what;
        stageStart = now;
      }
      if (!terminal || total == 0 || now - last < 100_000_000L && done < total) {
        return;
      }
      last = now;
      double seconds = (now - stageStart) / 1e9;
      double rate = seconds > 0 ? done / seconds : 0;
      String eta = rate > 0 ? clock((total - done) / rate) : "--:--";
      int width = 24;
      int filled = (int) ((long) width * done / total);
      err.printf(
          java.util.Locale.ROOT,
          "\r%-9s [%s%s] %d/%d %,.0f articles/s ETA %s   ",
          what,
          "#".repeat(filled),
          " ".repeat(width - filled),
          done,
          total,
          rate,
          eta);
      err.flush();
    }

    private static String clock(double seconds) {
      long s = Math.round(seconds);
      return String.format(java.util.Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    synchronized void done() {
      if (terminal) {
        err.print("\r" + " ".repeat(79) + "\r");
        err.flush();
      }
    }
  }
}
