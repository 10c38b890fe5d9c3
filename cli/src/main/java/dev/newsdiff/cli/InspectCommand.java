package dev.newsdiff.cli;

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
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what newsdiff reads in each article: page furniture, headline, dateline,",
      "sentences, and quotes with their speakers."
    })
final class InspectCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @picocli.CommandLine.ParentCommand NewsdiffCommand parent;

  @Option(names = "--encoding", paramLabel = "NAME",
      description = "Read the files in this encoding (default: UTF-8; other encodings are detected, with a warning).")
  String encoding;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (replaced only once the new report is complete).")
  java.nio.file.Path output;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (text or saved web pages), ID=FILE to name one, folders of them, or - for standard input.")
  List<String> files;

  @Override
  public Integer call() {
    List<Article> articles = Inputs.read(files, Inputs.encoding(encoding), parent.stdin, spec.commandLine().getErr());
    String report = format == Format.json ? JsonReport.inspect(articles) : TextReport.inspect(articles);
    ReportOutput.write(spec.commandLine().getOut(), report, output, files);
    return Main.OK;
  }
}
