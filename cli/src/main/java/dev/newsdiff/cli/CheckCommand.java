package dev.newsdiff.cli;

import dev.newsdiff.CompareOptions;
import dev.newsdiff.Comparison;
import dev.newsdiff.model.Article;
import dev.newsdiff.report.Findings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the articles of a fixture FOLDER and checks the findings (exclusives, conflicts,",
      "approximations, quote variants, likely sources) against " + Findings.FILE_NAME + " in it.",
      "Prints what changed and exits 4 when the findings differ; --update records them."
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @ParentCommand NewsdiffCommand parent;

  @Option(names = "--update", description = "Record the current findings in FOLDER/" + Findings.FILE_NAME + ".")
  boolean update;

  @Parameters(arity = "1..*", paramLabel = "FOLDER", description = "Fixture folders of articles.")
  List<Path> folders;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int code = Main.OK;
    for (Path folder : folders) {
      if (!Files.isDirectory(folder)) {
        throw new UserError(folder + ": not a folder of articles", Main.BAD_INPUT);
      }
      List<Article> articles = Inputs.read(List.of(folder.toString()), null, parent.stdin, spec.commandLine().getErr());
      if (articles.size() < 2) {
        throw new UserError(folder + ": check needs at least two articles, found " + articles.size(), Main.BAD_INPUT);
      }
      List<String> found = Findings.of(Comparison.of(articles, CompareOptions.defaults()));
      Path expectedFile = folder.resolve(Findings.FILE_NAME);
      if (update) {
        ReportOutput.write(out, Findings.toJson(found), expectedFile, List.of());
        out.println(folder + ": recorded " + found.size() + " findings in " + expectedFile);
        continue;
      }
      List<String> expected = expected(expectedFile, folder);
      TreeSet<String> added = new TreeSet<>(found);
      expected.forEach(added::remove);
      TreeSet<String> gone = new TreeSet<>(expected);
      found.forEach(gone::remove);
      if (added.isEmpty() && gone.isEmpty()) {
        out.println(folder + ": ok, " + found.size() + " findings as expected");
        continue;
      }
      code = Main.FINDING;
      out.println(folder + ": findings changed (" + gone.size() + " gone, " + added.size() + " new):");
      gone.forEach(f -> out.println("- " + f));
      added.forEach(f -> out.println("+ " + f));
    }
    return code;
  }

  private static List<String> expected(Path file, Path folder) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(folder + ": no " + Findings.FILE_NAME + "; record the current findings with 'newsdiff check --update "
          + folder + "'", Main.BAD_INPUT);
    }
    try {
      return Findings.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError(file + ": not a findings file: " + Main.oneLine(e.getMessage()), Main.BAD_INPUT);
    }
  }
}
