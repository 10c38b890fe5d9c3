package dev.newsdiff.cli;

import dev.newsdiff.report.ReportFormat;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * Declares commands with picocli's programmatic API instead of its annotations. Reading annotations
 * makes a cold JVM generate a proxy class for each annotation type and parse every annotated
 * member: 30–40 ms of the ~0.4 s a comparison of three articles takes from the command line
 * (docs/performance.md); parsing, help and errors are picocli's all the same. Each command keeps
 * its specs private and reads them through typed accessors ({@code Format format()}), so that its
 * {@code call()} reads as an annotated command's would.
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
        .type(Charset.class)
        .converters(Specs::charset)
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

  /** --format text|json, for the commands that have only those two. */
  static OptionSpec.Builder textOrJson() {
    return OptionSpec.builder("--format")
        .type(TextOrJson.class)
        .converters(enumValues(TextOrJson.class))
        .paramLabel("FORMAT")
        .defaultValue("text")
        .description("text or json (default: ${DEFAULT-VALUE}).");
  }

  /** The formats of the reports other than a comparison's. */
  enum TextOrJson {
    TEXT(ReportFormat.TEXT),
    JSON(ReportFormat.JSON);

    private final ReportFormat report;

    TextOrJson(ReportFormat report) {
      this.report = report;
    }

    ReportFormat report() {
      return report;
    }
  }

  /**
   * Reads an enum constant as users type it: in any case, with '-' for '_' ({@code quote-variant}
   * is QUOTE_VARIANT). An error lists the values as the help does, in lower case; picocli's own
   * enum converter would list the constants' names.
   */
  static <E extends Enum<E>> ITypeConverter<E> enumValues(Class<E> type) {
    List<E> constants = List.of(type.getEnumConstants());
    return value ->
        constants.stream()
            .filter(c -> c.name().equalsIgnoreCase(value.replace('-', '_')))
            .findFirst()
            .orElseThrow(
                () ->
                    new TypeConversionException(
                        "expected one of "
                            + constants.stream().map(Specs::spelling).toList()
                            + " (case-insensitive) but was '"
                            + value
                            + "'"));
  }

  /** A constant as users type it: QUOTE_VARIANT is quote-variant. */
  static String spelling(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "unknown encoding '" + name + "' (e.g. UTF-8, windows-1254, ISO-8859-9)");
    }
  }

  /** Whether a flag (an option without a value) was given. */
  static boolean given(OptionSpec flag) {
    return Boolean.TRUE.equals(flag.getValue());
  }
}
