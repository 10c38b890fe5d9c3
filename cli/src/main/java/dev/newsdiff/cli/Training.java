package dev.newsdiff.cli;

import dev.newsdiff.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The run the launcher {@code ./newsdiff} records its start-up archive from: a folder of articles
 * compared in every report format and one of its articles inspected, all in one JVM, the reports
 * thrown away. One JVM, because Java 25 records an AOT cache from one run only: a cache trained on
 * the text report alone left the JSON report's hundred classes (Jackson's) to be loaded from the
 * jar and verified at every start (docs/performance.md).
 *
 * <p>Usage: {@code java -cp newsdiff.jar dev.newsdiff.cli.Training FOLDER}. Exits 0 when every
 * command ran (a finding is not a failure), else with the first failing command's code.
 */
final class Training {

  private Training() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(Path.of(args[0]), new PrintWriter(System.err, true)));
  }

  /** Runs {@link #commands} for {@code folder}, stopping at the first that fails. */
  static int run(Path folder, PrintWriter err) throws IOException {
    PrintWriter discard = new PrintWriter(Writer.nullWriter());
    return commands(folder).stream()
        .mapToInt(command -> Main.run(command.toArray(String[]::new), discard, err))
        .filter(code -> code != ExitCode.OK.code() && code != ExitCode.FINDING.code())
        .findFirst()
        .orElse(ExitCode.OK.code());
  }

  /** {@code compare} of the folder in each report format; {@code inspect} of its first article. */
  static List<List<String>> commands(Path folder) throws IOException {
    String article;
    try (Stream<Path> files = Files.list(folder)) {
      article =
          files
              .filter(f -> f.toString().endsWith(".txt"))
              .sorted()
              .findFirst()
              .orElseThrow(() -> new IOException("no article (.txt) in " + folder))
              .toString();
    }
    Stream<List<String>> compares =
        Arrays.stream(ReportFormat.values())
            .map(f -> List.of("compare", "--format", name(f), folder.toString()));
    Stream<List<String>> inspects =
        Arrays.stream(Specs.TextOrJson.values())
            .map(f -> List.of("inspect", "--format", name(f), article));
    return Stream.concat(compares, inspects).toList();
  }

  private static String name(Enum<?> format) {
    return format.name().toLowerCase(Locale.ROOT);
  }
}
