package dev.newsdiff.cli;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.NewsDiff;
import dev.newsdiff.cli.Specs.TextOrJson;
import dev.newsdiff.internal.ingest.ArticleFile;
import dev.newsdiff.model.InputException;
import dev.newsdiff.model.PairScore;
import dev.newsdiff.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class PairsCommand implements Callable<Integer> {

  final CommandSpec spec =
      Specs.command(
          this,
          "pairs",
          "Scores sentence pairs for calibrating thresholds.",
          "FILE has one pair a line, tab-separated, the two sentences "
              + "in the last two columns (other columns, e.g. ids or labels, are ignored; blank lines are skipped). Prints "
              + "per pair the similarity (0 to 1) and whether newsdiff takes the two for the same statement.");

  private final OptionSpec outputOption = Specs.option(spec, Specs.output());

  private final OptionSpec formatOption = Specs.option(spec, Specs.textOrJson());

  private final OptionSpec thresholdOption =
      Specs.option(
          spec,
          OptionSpec.builder("--threshold")
              .type(double.class)
              .paramLabel("0..1")
              .defaultValue(String.valueOf(CompareOptions.DEFAULT_THRESHOLD))
              .description(
                  "Score at which a pair counts as the same statement (default: "
                      + CompareOptions.DEFAULT_THRESHOLD
                      + ")."));

  private final PositionalParamSpec fileParameter =
      Specs.parameters(
          spec,
          PositionalParamSpec.builder()
              .index("0")
              .required(true)
              .paramLabel("FILE")
              .type(Path.class)
              .description("Tab-separated sentence pairs (UTF-8)."));

  @Nullable Path output() {
    return outputOption.getValue();
  }

  TextOrJson format() {
    return formatOption.getValue();
  }

  double threshold() {
    return thresholdOption.getValue();
  }

  Path file() {
    return fileParameter.getValue();
  }

  @Override
  public Integer call() {
    double threshold = threshold();
    Path file = file();
    if (!(threshold > 0 && threshold <= 1)) {
      throw new UserError(
          "--threshold must be above 0 and at most 1: " + threshold, ExitCode.USAGE);
    }
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    try {
      String text = ArticleFile.read(file, "pairs").text();
      String[] lines = text.split("\r\n|\n|\r", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String[] columns = lines[i].split("\t", -1);
        if (columns.length < 2
            || columns[columns.length - 1].isBlank()
            || columns[columns.length - 2].isBlank()) {
          throw new InputException(
              file.toString(),
              "line " + (i + 1) + ": expected two tab-separated sentences in the last two columns");
        }
        pairs.add(
            Map.entry(columns[columns.length - 2].trim(), columns[columns.length - 1].trim()));
      }
    } catch (InputException e) {
      throw new UserError(e.input() + ": " + e.reason(), ExitCode.BAD_INPUT);
    }
    List<PairScore> results =
        NewsDiff.scorePairs(pairs, CompareOptions.defaults().withThreshold(threshold));
    String report = Report.pairs(results, format().report());
    ReportOutput.write(spec.commandLine().getOut(), report, output(), List.of(file.toString()));
    return ExitCode.OK.code();
  }
}
