package dev.newsdiff.cli;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.model.Article;
import dev.newsdiff.report.HtmlReport;
import dev.newsdiff.report.JsonReport;
import dev.newsdiff.report.MarkdownReport;
import dev.newsdiff.report.TextReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two or more outlets' versions of one story: the statements they share, how",
      "their wording differs, and what only one outlet says. The result does not depend on",
      "the order of the files."
    })
final class CompareCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

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

  @Option(names = "--format", defaultValue = "text", description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @picocli.CommandLine.ParentCommand NewsdiffCommand parent;

  @Option(names = "--encoding", paramLabel = "NAME",
      description = "Read the files in this encoding (default: UTF-8; other encodings are detected, with a warning).")
  String encoding;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (replaced only once the new report is complete).")
  Path output;

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
      description = "Colour the text report: auto (when writing to a terminal and NO_COLOR is unset), always or never.")
  Color color;

  @Option(names = "--no-color", description = "Same as --color=never.")
  boolean noColor;

  enum FailOn {
    exclusive,
    conflict,
    quote_variant,
    any
  }

  @Option(names = "--fail-on", split = ",", paramLabel = "FINDING",
      converter = FailOnConverter.class,
      description = "Exit 4 when the comparison finds any of these: exclusive, conflict, quote-variant, any (comma-separated).")
  List<FailOn> failOn = List.of();

  static final class FailOnConverter implements picocli.CommandLine.ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      try {
        return FailOn.valueOf(value.replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException("expected exclusive, conflict, quote-variant or any: " + value);
      }
    }
  }

  @Option(names = "--width", paramLabel = "N", description = "Wrap the text report to N columns (default: the terminal's width; no wrapping when not a terminal).")
  Integer width;

  @Option(
      names = "--threshold",
      paramLabel = "0..1",
      description = "How alike two statements must be to count as the same (default: " + CompareOptions.DEFAULT_THRESHOLD + ").")
  Double threshold;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Article files (text or saved web pages), ID=FILE to name one, folders of them, or - for standard input.")
  List<String> files;

  @Override
  public Integer call() {
    List<Article> articles = Inputs.read(files, Inputs.encoding(encoding), parent.stdin, spec.commandLine().getErr());
    if (articles.size() < 2) {
      throw new UserError("compare needs at least two articles, got " + articles.size(), Main.USAGE);
    }
    CompareOptions options = CompareOptions.defaults();
    if (threshold != null) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new UserError("--threshold must be above 0 and at most 1: " + threshold, Main.USAGE);
      }
      options = options.withThreshold(threshold);
    }
    Comparison comparison = Comparison.of(articles, options);
    String report = switch (format) {
      case json -> JsonReport.compare(comparison);
      case markdown -> MarkdownReport.compare(comparison);
      case html -> HtmlReport.compare(comparison);
      case text -> forTerminal(TextReport.compare(comparison));
    };
    ReportOutput.write(spec.commandLine().getOut(), report, output, files);
    return failures(comparison);
  }

  /** Exit 4 with one line on stderr when a finding named by --fail-on is there. */
  private int failures(Comparison c) {
    long exclusives = c.exclusives().size();
    long conflicts = c.conflicts().stream().filter(x -> !x.approximation()).count();
    long variants = c.quoteVariants().size();
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
      return Main.OK;
    }
    spec.commandLine().getErr().println("newsdiff: failing on " + String.join(", ", hits) + " (--fail-on)");
    return Main.FINDING;
  }

  /** Colour and wrapping only where a person reads it: a terminal, not a file or a pipe. */
  private String forTerminal(String report) {
    boolean terminal = output == null && Terminal.isTerminal();
    int columns = width != null ? width : terminal ? Terminal.width() : 0;
    String text = columns > 0 ? Terminal.wrap(report, columns) : report;
    boolean colour = !noColor && output == null
        && (color == Color.always || color == Color.auto && terminal && System.getenv("NO_COLOR") == null);
    return colour ? Terminal.colour(text) : text;
  }
}
