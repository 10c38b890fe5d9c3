package dev.newsdiff.cli;

import dev.newsdiff.NewsDiff;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class CheckCommand implements Callable<Integer> {

  final CommandSpec spec =
      Specs.command(
          this,
          "check",
          "Checks a fixture's findings against the ones recorded in it.",
          "Compares the articles of a fixture FOLDER and checks the findings (exclusives, conflicts, approximations, "
              + "quote variants, likely sources) against "
              + Findings.FILE_NAME
              + " in it. Prints what changed and exits 4 "
              + "when the findings differ; --update records them.");

  private final OptionSpec updateOption =
      Specs.option(
          spec,
          OptionSpec.builder("--update")
              .type(boolean.class)
              .description("Record the current findings in FOLDER/" + Findings.FILE_NAME + "."));

  private final PositionalParamSpec foldersParameter =
      Specs.parameters(
          spec,
          PositionalParamSpec.builder()
              .arity("1..*")
              .required(true)
              .paramLabel("FOLDER")
              .type(List.class)
              .auxiliaryTypes(Path.class)
              .description("Fixture folders of articles."));

  /** Record the findings instead of checking them. */
  boolean update() {
    return Specs.given(updateOption);
  }

  List<Path> folders() {
    return foldersParameter.getValue();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ExitCode code = ExitCode.OK;
    for (Path folder : folders()) {
      if (!Files.isDirectory(folder)) {
        throw new UserError(folder + ": not a folder of articles", ExitCode.BAD_INPUT);
      }
      List<String> files = Inputs.expandFolders(List.of(folder.toString()));
      List<Article> articles = Inputs.readFixture(files, spec.commandLine().getErr());
      if (articles.size() < 2) {
        throw new UserError(
            folder + ": check needs at least two articles, found " + articles.size(),
            ExitCode.BAD_INPUT);
      }
      List<String> found = Findings.of(NewsDiff.compare(articles));
      Path expectedFile = folder.resolve(Findings.FILE_NAME);
      if (update()) {
        ReportOutput.write(out, Findings.toJson(found), expectedFile, files);
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
      code = ExitCode.FINDING;
      out.println(
          folder + ": findings changed (" + gone.size() + " gone, " + added.size() + " new):");
      gone.forEach(f -> out.println("- " + f));
      added.forEach(f -> out.println("+ " + f));
    }
    return code.code();
  }

  private static List<String> expected(Path file, Path folder) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(
          folder
              + ": no "
              + Findings.FILE_NAME
              + "; record the current findings with 'newsdiff check --update "
              + folder
              + "'",
          ExitCode.BAD_INPUT);
    }
    try {
      return Findings.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError(
          file + ": not a findings file: " + UserError.oneLine(e.getMessage()), ExitCode.BAD_INPUT);
    }
  }
}
