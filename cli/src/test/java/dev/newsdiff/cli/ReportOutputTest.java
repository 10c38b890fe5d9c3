package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputTest {

  static final String SET = "../samples/turkiye-defence-briefing";

  @TempDir Path dir;

  @Test
  void writesTheReportToTheFileAndNothingToStdout() throws Exception {
    Path out = dir.resolve("report.html");
    Run run = Run.of("compare", "--format", "html", "--output", out.toString(), SET);
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .endsWith("</html>\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r--r--");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out); // no temporary file left behind
    }
  }

  @Test
  void replacesAnExistingFileKeepingItsPermissions() throws Exception {
    Path out = Files.writeString(dir.resolve("report.md"), "old", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));
    assertThat(Run.of("compare", "--format=markdown", "-o", out.toString(), SET).code()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("# newsdiff: 3 outlets compared");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-rw----");
  }

  @Test
  void neverOverwritesAnInput() throws Exception {
    Path input = Files.copy(Path.of(SET, "trt-world.txt"), dir.resolve("trt-world.txt"));
    byte[] before = Files.readAllBytes(input);
    Run run =
        Run.of(
            "compare", "--output", input.toString(), input.toString(), SET + "/anadolu-agency.txt");
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--output would overwrite an input file").hasLineCount(1);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void aFailedWriteToStandardOutputIsAnError() {
    Writer full =
        new Writer() {
          @Override
          public void write(char[] chars, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"compare", SET}, new PrintWriter(full), new PrintWriter(err));
    assertThat(code).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(err.toString())
        .isEqualTo(
            "newsdiff: error: standard output: cannot write (it was closed, or there is no space"
                + " left)\n");
  }

  @Test
  void aMissingFolderIsAUsageErrorAndWritesNothing() {
    Path out = dir.resolve("no/such/folder/report.txt");
    Run run = Run.of("compare", "-o", out.toString(), SET);
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--output folder does not exist");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void colourOnlyWhenAskedOrOnATerminal() {
    Run plain = Run.of("compare", SET);
    assertThat(plain.out()).doesNotContain("\u001b[");
    Run always = Run.of("compare", "--color=always", SET);
    assertThat(always.out())
        .contains(Terminal.RED + "[-")
        .contains(Terminal.GREEN + "{+")
        .contains(Terminal.BOLD + "== ");
    assertThat(Run.of("compare", "--color=always", "--no-color", SET).out())
        .doesNotContain("\u001b[");
    Path file = dir.resolve("report.txt");
    Run.of("compare", "--color=always", "-o", file.toString(), SET);
    assertThat(file).content(StandardCharsets.UTF_8).doesNotContain("\u001b[");
  }

  @Test
  void wrapsToTheWidthUnderItsOwnIndent() {
    Run run = Run.of("compare", "--width", "72", SET);
    assertThat(run.code()).isZero();
    assertThat(run.out().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(72));
    assertThat(run.out())
        .contains("\n                         "); // continuation lines under the text column
    assertThat(Run.of("compare", SET).out().lines().anyMatch(l -> l.length() > 200))
        .isTrue(); // a pipe is not wrapped
  }

  @Test
  void markdownEscapesArticleText() throws Exception {
    Path a =
        Files.writeString(
            dir.resolve("a.txt"),
            "The *council* met on Monday to discuss the <b>budget</b> in full.\nIt approved 12 projects.\n",
            StandardCharsets.UTF_8);
    Path b =
        Files.writeString(
            dir.resolve("b.txt"),
            "The *council* met on Monday to discuss the [budget](x) in full.\nIt approved 15 projects.\n",
            StandardCharsets.UTF_8);
    Run run = Run.of("compare", "--format", "markdown", a.toString(), b.toString());
    assertThat(run.out())
        .contains("\\*council\\*")
        .contains("\\<b\\>")
        .contains("\\[")
        .contains("\\](x)")
        .doesNotContain("<b>")
        .doesNotContain("[budget](x)");
  }
}
