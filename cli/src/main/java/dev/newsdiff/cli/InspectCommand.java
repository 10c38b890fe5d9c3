package dev.newsdiff.cli;

import dev.newsdiff.model.Article;
import dev.newsdiff.report.JsonReport;
import dev.newsdiff.report.TextReport;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class InspectCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  final CommandSpec spec =
      Specs.command(
          this,
          "inspect",
          "Shows what newsdiff reads in each article.",
          "Page furniture, headline, dateline, sentences, and quotes with their speakers.");

  private final OptionSpec encoding = Specs.option(spec, Specs.encoding());

  private final OptionSpec output = Specs.option(spec, Specs.output());

  private final OptionSpec format = Specs.option(spec, formatOption());

  private final PositionalParamSpec files = Specs.parameters(spec, Specs.articleFiles());

  /** What "-" reads. */
  private final InputStream stdin;

  InspectCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** --format text|json, shared by the commands that have only those two. */
  static OptionSpec.Builder formatOption() {
    return OptionSpec.builder("--format")
        .type(Format.class)
        .paramLabel("FORMAT")
        .defaultValue("text")
        .description("text or json (default: ${DEFAULT-VALUE}).");
  }

  @Override
  public Integer call() {
    List<String> files = this.files.getValue();
    List<Article> articles =
        Inputs.read(
            files, Inputs.encoding(encoding.getValue()), stdin, spec.commandLine().getErr());
    String report =
        format.getValue() == Format.json
            ? JsonReport.inspect(articles)
            : TextReport.inspect(articles);
    ReportOutput.write(spec.commandLine().getOut(), report, output.getValue(), files);
    return ExitCode.OK.code();
  }
}
