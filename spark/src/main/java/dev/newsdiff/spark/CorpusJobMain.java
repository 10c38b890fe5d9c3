package dev.newsdiff.spark;

import dev.newsdiff.corpus.CorpusEntry;
import dev.newsdiff.corpus.CorpusStory;
import dev.newsdiff.corpus.CorpusSummary;
import dev.newsdiff.corpus.Problems;
import dev.newsdiff.model.InputException;
import dev.newsdiff.report.Report;
import dev.newsdiff.report.ReportFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.jspecify.annotations.Nullable;

/**
 * {@code CorpusJob CORPUS [--format text|json|jsonl] [--output LOCATION] [--outlet-from REGEX]
 * [--strict]}: {@code newsdiff corpus} on Spark, with its options and its output, written to
 * standard output or to LOCATION (any location Spark writes: a local path, HDFS, S3). Problems go
 * to standard error one line each; exit 2 for a usage error, 3 for bad input, as the command line.
 */
public final class CorpusJobMain {

  private static final String USAGE =
      "usage: CorpusJob CORPUS [--format text|json|jsonl] [--output LOCATION]"
          + " [--outlet-from REGEX] [--strict]";

  private CorpusJobMain() {}

  /** The command line, read. */
  record Options(
      String corpus,
      String format,
      @Nullable String output,
      @Nullable Pattern outletFrom,
      boolean strict) {

    static Options parse(String... args) {
      String corpus = null;
      String format = "text";
      String output = null;
      Pattern outletFrom = null;
      boolean strict = false;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--format" -> {
            format = value(args, ++i, "--format").toLowerCase(Locale.ROOT);
            if (!List.of("text", "json", "jsonl").contains(format)) {
              throw new Usage("--format is text, json or jsonl: " + format);
            }
          }
          case "--output", "-o" -> output = value(args, ++i, "--output");
          case "--outlet-from" -> outletFrom = pattern(value(args, ++i, "--outlet-from"));
          case "--strict" -> strict = true;
          default -> {
            if (args[i].startsWith("-") || corpus != null) {
              throw new Usage("unexpected argument: " + args[i]);
            }
            corpus = args[i];
          }
        }
      }
      if (corpus == null) {
        throw new Usage("no CORPUS given");
      }
      return new Options(corpus, format, output, outletFrom, strict);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new Usage(option + " needs a value");
      }
      return args[i];
    }

    private static Pattern pattern(String regex) {
      try {
        Pattern p = Pattern.compile(regex);
        if (p.matcher("").groupCount() < 1) {
          throw new Usage(
              "--outlet-from needs a group around the outlet, e.g. '^([^_]+)_': " + regex);
        }
        return p;
      } catch (PatternSyntaxException e) {
        throw new Usage("--outlet-from is not a regular expression: " + e.getDescription());
      }
    }
  }

  /** A usage error: exit 2. */
  static final class Usage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Usage(String message) {
      super(message);
    }
  }

  /** Bad input, or a problem under --strict: exit 3. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (Usage e) {
      System.err.println("newsdiff: error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    SparkConf conf =
        new SparkConf().setAppName("newsdiff corpus").setIfMissing("spark.master", "local[*]");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      run(sc, options, System.out, System.err);
    } catch (BadInput e) {
      System.err.println("newsdiff: error: " + oneLine(e.getMessage()));
      System.exit(3);
    }
  }

  /**
   * Runs the job as the command line asks, the report to {@code out} unless an output location is
   * given.
   *
   * @throws BadInput when the corpus cannot be listed, none of it can be read, or a problem is met
   *     under --strict
   */
  static void run(JavaSparkContext sc, Options options, OutputStream out, PrintStream err) {
    Problems problems =
        (where, reason) -> {
          if (options.strict()) {
            throw new BadInput(where + ": " + reason);
          }
          err.println(oneLine(where + ": " + reason + " (skipped)"));
        };
    List<CorpusEntry> entries;
    try {
      entries = CorpusJob.list(sc, options.corpus(), options.outletFrom(), problems);
    } catch (InputException e) {
      throw new BadInput(e.input() + ": " + e.reason());
    }
    try (Writer w = writer(sc, options.output(), out)) {
      if (options.format().equals("jsonl")) {
        CorpusSummary summary =
            CorpusJob.run(sc, entries, problems, s -> write(w, Report.corpusLine(s)));
        write(w, Report.corpusLine(someRead(summary, options.corpus())));
      } else {
        List<CorpusStory> stories = new ArrayList<>();
        CorpusSummary summary = CorpusJob.run(sc, entries, problems, stories::add);
        someRead(summary, options.corpus());
        ReportFormat format =
            options.format().equals("json") ? ReportFormat.JSON : ReportFormat.TEXT;
        write(w, Report.corpus(summary, stories, format));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new BadInput(options.output() + ": cannot write: " + e.getMessage());
    }
  }

  /** A corpus none of whose files could be read has nothing to report. */
  private static CorpusSummary someRead(CorpusSummary summary, String corpus) {
    if (summary.articles() == 0) {
      throw new BadInput(corpus + ": none of its articles could be read");
    }
    return summary;
  }

  private static Writer writer(JavaSparkContext sc, @Nullable String output, OutputStream out)
      throws IOException {
    OutputStream target;
    if (output == null) {
      target =
          new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
              flush(); // standard output stays open
            }
          };
    } else {
      Path p = new Path(output);
      target = p.getFileSystem(sc.hadoopConfiguration()).create(p, true);
    }
    return new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
  }

  private static void write(Writer w, String text) {
    try {
      w.write(text);
      w.flush(); // one story a line as it is done
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
