package dev.newsdiff.cli;

import dev.newsdiff.eval.ReadingEvaluation;
import dev.newsdiff.eval.SampleSet;
import dev.newsdiff.ingest.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores newsdiff against hand-made annotations: each FOLDER (default: samples) is a",
      "sample set with an annotation.json, or holds such sets. Prints precision, recall and F1."
    })
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FOLDER", description = "Sample sets or folders of them.")
  List<Path> folders = new ArrayList<>(List.of(Path.of("samples")));

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      for (Path root : folders) {
        for (Path folder : SampleSet.under(root)) {
          ReadingEvaluation reading = SampleSet.read(folder).evaluateReading();
          out.println("== " + folder);
          out.print(reading.describe());
        }
      }
    } catch (InputException e) {
      throw new UserError(e.input() + ": " + e.reason(), Main.BAD_INPUT);
    }
    return Main.OK;
  }
}
