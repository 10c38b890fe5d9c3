package dev.newsdiff.cli;

import dev.newsdiff.cli.Specs.TextOrJson;
import dev.newsdiff.model.Article;
import dev.newsdiff.report.Report;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class InspectCommand implements Callable<Integer> {

  final CommandSpec spec =
      Specs.command(
          this,
          "inspect",
          "Shows what newsdiff reads in each article.",
          "Page furniture, headline, dateline, sentences, and quotes with their speakers.");

  private final OptionSpec encodingOption = Specs.option(spec, Specs.encoding());

  private final OptionSpec outputOption = Specs.option(spec, Specs.output());

  private final OptionSpec formatOption = Specs.option(spec, Specs.textOrJson());

  private final PositionalParamSpec filesParameter = Specs.parameters(spec, Specs.articleFiles());

  /** What "-" reads. */
  private final InputStream stdin;

  InspectCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Nullable Charset encoding() {
    return encodingOption.getValue();
  }

  @Nullable Path output() {
    return outputOption.getValue();
  }

  TextOrJson format() {
    return formatOption.getValue();
  }

  List<String> files() {
    return filesParameter.getValue();
  }

  @Override
  public Integer call() {
    List<String> inputs = Inputs.expandFolders(files());
    ReportOutput.check(output(), inputs);
    List<Article> articles = Inputs.read(inputs, encoding(), stdin, spec.commandLine().getErr());
    String report = Report.inspect(articles, format().report());
    ReportOutput.write(spec.commandLine().getOut(), report, output(), inputs);
    return ExitCode.OK.code();
  }
}
