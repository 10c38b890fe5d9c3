package dev.newsdiff.cli;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.model.Article;
import dev.newsdiff.report.HtmlReport;
import dev.newsdiff.report.JsonReport;
import dev.newsdiff.report.MarkdownReport;
import dev.newsdiff.report.TextReport;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

final class CompareCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    markdown,
    html
  }

  enum Color {
    auto,
    always,
    never
  }

  enum FailOn {
    exclusive,
    conflict,
    quote_variant,
    any
  }

  final CommandSpec spec =
      Specs.command(
          this,
          "compare",
          "Compares two or more outlets' versions of one story.",
          "Shows the statements they share, how their wording differs, and what only one outlet says. The result does not "
              + "depend on the order of the files.");

  private final OptionSpec format =
      Specs.option(
          spec,
          OptionSpec.builder("--format")
              .type(Format.class)
              .paramLabel("FORMAT")
              .defaultValue("text")
              .description("text, json, markdown or html (default: ${DEFAULT-VALUE})."));

  private final OptionSpec encoding = Specs.option(spec, Specs.encoding());

  private final OptionSpec output = Specs.option(spec, Specs.output());

  private final OptionSpec color =
      Specs.option(
          spec,
          OptionSpec.builder("--color")
              .type(Color.class)
              .defaultValue("auto")
              .paramLabel("WHEN")
              .description(
                  "Colour the text report: auto (when writing to a terminal and NO_COLOR is unset), always or never."));

  private final OptionSpec noColor =
      Specs.option(
          spec,
          OptionSpec.builder("--no-color")
              .type(boolean.class)
              .description("Same as --color=never."));

  private final OptionSpec failOn =
      Specs.option(
          spec,
          OptionSpec.builder("--fail-on")
              .type(List.class)
              .auxiliaryTypes(FailOn.class)
              .splitRegex(",")
              .paramLabel("FINDING")
              .converters(new FailOnConverter())
              .description(
                  "Exit 4 when the comparison finds any of these: exclusive, conflict, quote-variant, any (comma-separated)."));

  private final OptionSpec width =
      Specs.option(
          spec,
          OptionSpec.builder("--width")
              .type(Integer.class)
              .paramLabel("N")
              .description(
                  "Wrap the text report to N columns (default: the terminal's width; no wrapping when not a terminal)."));

  private final OptionSpec threshold =
      Specs.option(
          spec,
          OptionSpec.builder("--threshold")
              .type(Double.class)
              .paramLabel("0..1")
              .description(
                  "How alike two statements must be to count as the same (default: "
                      + CompareOptions.DEFAULT_THRESHOLD
                      + ")."));

  private final PositionalParamSpec files = Specs.parameters(spec, Specs.articleFiles());

  /** What "-" reads. */
  private final InputStream stdin;

  CompareCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  static final class FailOnConverter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      try {
        return FailOn.valueOf(value.replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "expected exclusive, conflict, quote-variant or any: " + value);
      }
    }
  }

  @Override
  public Integer call() {
    // Usage errors first: no file is read for a command line that cannot run.
    CompareOptions options = CompareOptions.defaults();
    Double threshold = this.threshold.getValue();
    if (threshold != null) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new UserError(
            "--threshold must be above 0 and at most 1: " + threshold, ExitCode.USAGE);
      }
      options = options.withThreshold(threshold);
    }
    List<String> files = this.files.getValue();
    List<Article> articles =
        Inputs.read(
            files, Inputs.encoding(encoding.getValue()), stdin, spec.commandLine().getErr());
    if (articles.size() < 2) {
      throw new UserError(
          "compare needs at least two articles, got " + articles.size(), ExitCode.USAGE);
    }
    Comparison comparison = Comparison.of(articles, options);
    Path output = this.output.getValue();
    Format format = this.format.getValue();
    String report =
        switch (format) {
          case json -> JsonReport.compare(comparison);
          case markdown -> MarkdownReport.compare(comparison);
          case html -> HtmlReport.compare(comparison);
          case text -> forTerminal(TextReport.compare(comparison), output);
        };
    ReportOutput.write(spec.commandLine().getOut(), report, output, files);
    return failures(comparison).code();
  }

  /** Exit 4 with one line on stderr when a finding named by --fail-on is there. */
  private ExitCode failures(Comparison c) {
    long exclusives = c.exclusives().size();
    long conflicts = c.conflicts().stream().filter(x -> !x.approximation()).count();
    long variants = c.quoteVariants().size();
    List<FailOn> failOn = this.failOn.getValue() == null ? List.of() : this.failOn.getValue();
    List<String> hits = new java.util.ArrayList<>();
    boolean any = failOn.contains(FailOn.any);
    if ((any || failOn.contains(FailOn.exclusive)) && exclusives > 0) {
      hits.add(exclusives + " exclusive" + (exclusives == 1 ? "" : "s"));
    }
    if ((any || failOn.contains(FailOn.conflict)) && conflicts > 0) {
      hits.add(conflicts + " conflict" + (conflicts == 1 ? "" : "s"));
    }
    if ((any || failOn.contains(FailOn.quote_variant)) && variants > 0) {
      hits.add(variants + " quote variant" + (variants == 1 ? "" : "s"));
    }
    if (hits.isEmpty()) {
      return ExitCode.OK;
    }
    spec.commandLine()
        .getErr()
        .println("newsdiff: failing on " + String.join(", ", hits) + " (--fail-on)");
    return ExitCode.FINDING;
  }

  /** Colour and wrapping only where a person reads it: a terminal, not a file or a pipe. */
  private String forTerminal(String report, Path output) {
    boolean terminal = output == null && Terminal.isTerminal();
    Integer width = this.width.getValue();
    int columns = width != null ? width : terminal ? Terminal.width() : 0;
    String text = columns > 0 ? Terminal.wrap(report, columns) : report;
    Color color = this.color.getValue();
    boolean colour =
        !Specs.given(noColor)
            && output == null
            && (color == Color.always
                || color == Color.auto && terminal && System.getenv("NO_COLOR") == null);
    return colour ? Terminal.colour(text) : text;
  }
}
