package dev.newsdiff.cli;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.model.Article;
import dev.newsdiff.report.JsonReport;
import dev.newsdiff.report.TextReport;
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

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  InspectCommand.Format format;

  @Option(
      names = "--threshold",
      paramLabel = "0..1",
      description = "How alike two statements must be to count as the same (default: " + CompareOptions.DEFAULT_THRESHOLD + ").")
  Double threshold;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Article files (UTF-8 text), ID=FILE to name one, or a single folder of *.txt articles.")
  List<String> files;

  @Override
  public Integer call() {
    List<Article> articles = Inputs.read(Inputs.expandFolder(files));
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
    String report = format == InspectCommand.Format.json ? JsonReport.compare(comparison) : TextReport.compare(comparison);
    spec.commandLine().getOut().print(report);
    return Main.OK;
  }
}
