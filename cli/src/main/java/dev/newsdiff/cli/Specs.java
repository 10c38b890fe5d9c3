package dev.newsdiff.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Declares commands with picocli's programmatic API instead of its annotations. Reading annotations
 * makes a cold JVM generate a proxy class for each annotation type and parse every annotated
 * member: 30–40 ms of the ~0.4 s a comparison of three articles takes from the command line
 * (docs/performance.md); parsing, help and errors are picocli's all the same.
 */
final class Specs {

  private Specs() {}

  /**
   * A command with -h/--help and -V/--version. The first line of its description is what the list
   * of commands shows; each line is a paragraph that picocli wraps to the terminal.
   */
  static CommandSpec command(Object command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
    spec.usageMessage().description(description);
    spec.versionProvider(new Version());
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    return spec;
  }

  static OptionSpec option(CommandSpec spec, OptionSpec.Builder option) {
    OptionSpec built = option.build();
    spec.addOption(built);
    return built;
  }

  static PositionalParamSpec parameters(CommandSpec spec, PositionalParamSpec.Builder parameters) {
    PositionalParamSpec built = parameters.build();
    spec.addPositional(built);
    return built;
  }

  /** FILE...: the articles compare and inspect read. */
  static PositionalParamSpec.Builder articleFiles() {
    return PositionalParamSpec.builder()
        .arity("1..*")
        .required(true)
        .paramLabel("FILE")
        .type(List.class)
        .auxiliaryTypes(String.class)
        .description(
            "Article files (text or saved web pages), ID=FILE to name one, folders of them, or - for standard input.");
  }

  static OptionSpec.Builder encoding() {
    return OptionSpec.builder("--encoding")
        .type(String.class)
        .paramLabel("NAME")
        .description(
            "Read the files in this encoding (default: UTF-8; other encodings are detected, with a warning).");
  }

  static OptionSpec.Builder output() {
    return OptionSpec.builder("-o", "--output")
        .type(Path.class)
        .paramLabel("FILE")
        .description("Write the report to FILE (replaced only once the new report is complete).");
  }

  /** Whether a flag (an option without a value) was given. */
  static boolean given(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }
}
