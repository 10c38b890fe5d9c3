package dev.newsdiff.cli;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.internal.derive.Copies;
import dev.newsdiff.model.Article;
import dev.newsdiff.report.Report;
import dev.newsdiff.report.ReportFormat;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class CompareCommand implements Callable<Integer> {

  enum Color {
    AUTO,
    ALWAYS,
    NEVER
  }

  enum FailOn {
    EXCLUSIVE,
    CONFLICT,
    QUOTE_VARIANT,
    ANY
  }

  final CommandSpec spec =
      Specs.command(
          this,
          "compare",
          "Compares two or more outlets' versions of one story.",
          "Shows the statements they share, how their wording differs, and what only one outlet says. The result does not "
              + "depend on the order of the files.");

  private final OptionSpec formatOption =
      Specs.option(
          spec,
          OptionSpec.builder("--format")
              .type(ReportFormat.class)
              .converters(Specs.enumValues(ReportFormat.class))
              .paramLabel("FORMAT")
              .defaultValue("text")
              .description("text, json, markdown or html (default: ${DEFAULT-VALUE})."));

  private final OptionSpec encodingOption = Specs.option(spec, Specs.encoding());

  private final OptionSpec outputOption = Specs.option(spec, Specs.output());

  private final OptionSpec colorOption =
      Specs.option(
          spec,
          OptionSpec.builder("--color")
              .type(Color.class)
              .converters(Specs.enumValues(Color.class))
              .defaultValue("auto")
              .paramLabel("WHEN")
              .description(
                  "Colour the text report: auto (when writing to a terminal and NO_COLOR is unset), always or never."));

  private final OptionSpec noColorOption =
      Specs.option(
          spec,
          OptionSpec.builder("--no-color")
              .type(boolean.class)
              .description("Same as --color=never."));

  private final OptionSpec failOnOption =
      Specs.option(
          spec,
          OptionSpec.builder("--fail-on")
              .type(List.class)
              .auxiliaryTypes(FailOn.class)
              .converters(Specs.enumValues(FailOn.class))
              .splitRegex(",")
              .paramLabel("FINDING")
              .description(
                  "Exit 4 when the comparison finds any of these: exclusive, conflict, quote-variant, any (comma-separated)."));

  private final OptionSpec widthOption =
      Specs.option(
          spec,
          OptionSpec.builder("--width")
              .type(Integer.class)
              .paramLabel("N")
              .description(
                  "Wrap the text report to N columns (default: the terminal's width; no wrapping when not a terminal)."));

  private final OptionSpec thresholdOption =
      Specs.option(
          spec,
          OptionSpec.builder("--threshold")
              .type(Double.class)
              .paramLabel("0..1")
              .description(
                  "How alike two statements must be to count as the same (default: "
                      + CompareOptions.DEFAULT_THRESHOLD
                      + ")."));

  private final PositionalParamSpec filesParameter = Specs.parameters(spec, Specs.articleFiles());

  /**
   * The most different texts one comparison takes: the report measures every pair of outlets, so
   * time and memory grow with the square of their number (2,000 one-line articles: 6 s and 570 MB;
   * 10,000 ran out of 6 GB after 101 s). Copies of one text count once, since it is compared once.
   */
  static final int MAX_ARTICLES = 1000;

  /**
   * The most files one comparison reads, refused before any is read: reading grows only linearly,
   * but what is read is kept until the copies are known (1,500 copies of three articles: 5 s).
   */
  static final int MAX_FILES = 5 * MAX_ARTICLES;

  /** What "-" reads. */
  private final InputStream stdin;

  CompareCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  ReportFormat format() {
    return formatOption.getValue();
  }

  @Nullable Charset encoding() {
    return encodingOption.getValue();
  }

  @Nullable Path output() {
    return outputOption.getValue();
  }

  Color color() {
    return Specs.given(noColorOption) ? Color.NEVER : colorOption.getValue();
  }

  /** The findings --fail-on names; none when it is not given. */
  Set<FailOn> failOn() {
    List<FailOn> failOn = failOnOption.getValue();
    return failOn == null || failOn.isEmpty() ? Set.of() : EnumSet.copyOf(failOn);
  }

  @Nullable Integer width() {
    return widthOption.getValue();
  }

  @Nullable Double threshold() {
    return thresholdOption.getValue();
  }

  List<String> files() {
    return filesParameter.getValue();
  }

  @Override
  public Integer call() {
    // Usage errors first: no file is read for a command line that cannot run.
    CompareOptions options = CompareOptions.defaults();
    Double threshold = threshold();
    if (threshold != null) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new UserError(
            "--threshold must be above 0 and at most 1: " + threshold, ExitCode.USAGE);
      }
      options = options.withThreshold(threshold);
    }
    List<String> inputs = Inputs.expandFolders(files());
    int given = inputs.size();
    if (given > MAX_FILES) {
      throw new UserError(
          given
              + " articles: compare reads at most "
              + MAX_FILES
              + " files and compares at most "
              + MAX_ARTICLES
              + " different texts, since it measures every pair of outlets; use 'newsdiff corpus'"
              + " for thousands of articles",
          ExitCode.BAD_INPUT);
    }
    ReportOutput.check(output(), inputs);
    PrintWriter err = spec.commandLine().getErr();
    List<Article> articles = Inputs.read(inputs, encoding(), stdin, err);
    if (articles.size() < 2) {
      throw new UserError(
          "compare needs at least two articles, got " + articles.size(), ExitCode.USAGE);
    }
    // So many texts need so many articles: the copies are sought (every article's body read once
    // more) only then, and otherwise by the comparison alone.
    int texts = articles.size() > MAX_ARTICLES ? Copies.distinctCount(articles) : articles.size();
    if (texts > MAX_ARTICLES) {
      throw new UserError(
          articles.size()
              + " articles carry "
              + texts
              + " different texts: compare takes at most "
              + MAX_ARTICLES
              + ", since it measures every pair of outlets; use 'newsdiff corpus' for thousands"
              + " of articles",
          ExitCode.BAD_INPUT);
    }
    Comparison comparison = NewsDiff.compare(articles, options);
    String report = Report.render(comparison, format());
    if (format() == ReportFormat.TEXT) {
      report = forTerminal(report);
    }
    ReportOutput.write(spec.commandLine().getOut(), report, output(), inputs);
    return failures(comparison, err).code();
  }

  /** FINDING, with one line on stderr, when a finding named by --fail-on is there. */
  private ExitCode failures(Comparison c, PrintWriter err) {
    Set<FailOn> failOn = failOn();
    boolean any = failOn.contains(FailOn.ANY);
    List<String> hits = new ArrayList<>();
    long exclusives = c.exclusives().size();
    if ((any || failOn.contains(FailOn.EXCLUSIVE)) && exclusives > 0) {
      hits.add(exclusives + " exclusive" + (exclusives == 1 ? "" : "s"));
    }
    long conflicts = c.conflicts().stream().filter(x -> !x.approximation()).count();
    if ((any || failOn.contains(FailOn.CONFLICT)) && conflicts > 0) {
      hits.add(conflicts + " conflict" + (conflicts == 1 ? "" : "s"));
    }
    long variants = c.quoteVariants().size();
    if ((any || failOn.contains(FailOn.QUOTE_VARIANT)) && variants > 0) {
      hits.add(variants + " quote variant" + (variants == 1 ? "" : "s"));
    }
    if (hits.isEmpty()) {
      return ExitCode.OK;
    }
    err.println("newsdiff: failing on " + String.join(", ", hits) + " (--fail-on)");
    return ExitCode.FINDING;
  }

  /** Colour and wrapping only where a person reads it: a terminal, not a file or a pipe. */
  private String forTerminal(String report) {
    boolean terminal = output() == null && Terminal.isTerminal();
    Integer width = width();
    int columns = width != null ? width : terminal ? Terminal.width() : 0;
    String text = columns > 0 ? Terminal.wrap(report, columns) : report;
    boolean colour =
        output() == null
            && switch (color()) {
              case ALWAYS -> true;
              case AUTO -> terminal && System.getenv("NO_COLOR") == null;
              case NEVER -> false;
            };
    return colour ? Terminal.colour(text) : text;
  }
}
