package dev.newsdiff.cli;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.eval.SampleSet;
import dev.newsdiff.model.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class EvalCommand implements Callable<Integer> {

  final CommandSpec spec =
      Specs.command(
          this,
          "eval",
          "Scores newsdiff against hand-made annotations.",
          "Each FOLDER (default: samples) is a sample set with an "
              + "annotation.json (reading: sentences, furniture, quotes, speakers) and an alignment.json (pairs of "
              + "statements, exclusives), or holds such sets. Prints precision, recall and F1, then what was missed.");

  private final PositionalParamSpec foldersParameter =
      Specs.parameters(
          spec,
          PositionalParamSpec.builder()
              .arity("0..*")
              .paramLabel("FOLDER")
              .type(List.class)
              .auxiliaryTypes(Path.class)
              .description("Sample sets or folders of them."));

  /** The folders given, else {@code samples}. */
  List<Path> folders() {
    List<Path> folders = foldersParameter.getValue();
    return folders == null || folders.isEmpty() ? List.of(Path.of("samples")) : folders;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      for (Path root : folders()) {
        for (Path folder : SampleSet.under(root)) {
          SampleSet set = SampleSet.read(folder);
          out.println("== " + folder);
          out.print(set.evaluateReading().describe());
          if (set.hasAlignmentTruth()) {
            out.print(set.evaluateAlignment(CompareOptions.defaults()).describe());
          }
          if (set.hasFactsTruth()) {
            out.print(set.evaluateFacts(CompareOptions.defaults()).describe());
          }
        }
      }
    } catch (InputException e) {
      throw new UserError(e.input() + ": " + e.reason(), ExitCode.BAD_INPUT);
    }
    return ExitCode.OK.code();
  }
}
