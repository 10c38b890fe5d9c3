package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdiff.cli.CompareCommand.Color;
import dev.newsdiff.cli.CompareCommand.FailOn;
import dev.newsdiff.cli.Specs.TextOrJson;
import dev.newsdiff.report.ReportFormat;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The command line as each command's typed accessors read it. */
class OptionsTest {

  private static CompareCommand compare(String... args) {
    CompareCommand command = new CompareCommand(InputStream.nullInputStream());
    new CommandLine(command.spec).parseArgs(args);
    return command;
  }

  @Test
  void compareDefaults() {
    CompareCommand c = compare("a.txt", "b.txt");
    assertThat(c.format()).isEqualTo(ReportFormat.TEXT);
    assertThat(c.color()).isEqualTo(Color.AUTO);
    assertThat(c.failOn()).isEmpty();
    assertThat(c.encoding()).isNull();
    assertThat(c.output()).isNull();
    assertThat(c.width()).isNull();
    assertThat(c.threshold()).isNull();
    assertThat(c.files()).containsExactly("a.txt", "b.txt");
  }

  @Test
  void compareOptionsTyped() {
    CompareCommand c =
        compare(
            "--format=json",
            "--color",
            "always",
            "--encoding",
            "windows-1254",
            "-o",
            "out.json",
            "--width",
            "80",
            "--threshold",
            "0.5",
            "--fail-on",
            "exclusive,quote-variant",
            "a.txt",
            "b.txt");
    assertThat(c.format()).isEqualTo(ReportFormat.JSON);
    assertThat(c.color()).isEqualTo(Color.ALWAYS);
    assertThat(c.encoding()).isEqualTo(Charset.forName("windows-1254"));
    assertThat(c.output()).isEqualTo(Path.of("out.json"));
    assertThat(c.width()).isEqualTo(80);
    assertThat(c.threshold()).isEqualTo(0.5);
    assertThat(c.failOn()).containsExactlyInAnyOrder(FailOn.EXCLUSIVE, FailOn.QUOTE_VARIANT);
  }

  @Test
  void noColorWinsOverColor() {
    assertThat(compare("--color=always", "--no-color", "a.txt").color()).isEqualTo(Color.NEVER);
  }

  /** Upper-case constants, typed in any case; '-' or '_' inside; hostile locale or not. */
  @ParameterizedTest
  @CsvSource({
    "html, HTML",
    "HTML, HTML",
    "Markdown, MARKDOWN",
    "TEXT, TEXT",
  })
  void formatInAnyCase(String typed, ReportFormat format) {
    assertThat(compare("--format", typed, "a.txt").format()).isEqualTo(format);
  }

  @ParameterizedTest
  @ValueSource(strings = {"quote-variant", "QUOTE-VARIANT", "quote_variant", "Quote-Variant"})
  void failOnInAnyCase(String typed) {
    assertThat(compare("--fail-on", typed, "a.txt").failOn()).containsExactly(FailOn.QUOTE_VARIANT);
  }

  @Test
  void aValueOutsideTheEnumListsTheValuesAsTheHelpDoes() {
    assertThatThrownBy(() -> compare("--fail-on", "conflict,quote", "a.txt"))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining(
            "expected one of [exclusive, conflict, quote-variant, any] (case-insensitive) but was"
                + " 'quote'");
  }

  @Test
  void inspectFormatInAnyCase() {
    InspectCommand inspect = new InspectCommand(InputStream.nullInputStream());
    new CommandLine(inspect.spec).parseArgs("--format", "JSON", "a.txt");
    assertThat(inspect.format()).isEqualTo(TextOrJson.JSON);
  }

  @Test
  void spellingIsLowerCaseWithHyphens() {
    assertThat(Specs.spelling(FailOn.QUOTE_VARIANT)).isEqualTo("quote-variant");
    assertThat(Specs.spelling(Color.AUTO)).isEqualTo("auto");
  }

  @Test
  void evalDefaultsToTheSamples() {
    EvalCommand eval = new EvalCommand();
    new CommandLine(eval.spec).parseArgs();
    assertThat(eval.folders()).containsExactly(Path.of("samples"));
  }
}
