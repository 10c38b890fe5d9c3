package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
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
    // What any new file gets under this umask (ReportOutputKillTest tries another umask).
    Path plain = Files.createFile(dir.resolve("plain"));
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    Files.delete(plain);
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
        .startsWith("# Türkiye plans technical visits to Syria");
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
  void neverOverwritesAnArticleOfAFolderArgument() throws Exception {
    Path folder = copyOfSet();
    Path article = folder.resolve("trt-world.txt");
    byte[] before = Files.readAllBytes(article);
    Run run = Run.of("compare", "-o", article.toString(), folder.toString());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err())
        .isEqualTo("newsdiff: error: " + article + ": --output would overwrite an input file\n");
    assertThat(Files.readAllBytes(article)).isEqualTo(before);
  }

  @Test
  void neverOverwritesAnInputThroughALink() throws Exception {
    Path folder = copyOfSet();
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), folder.resolve("trt-world.txt"));
    byte[] before = Files.readAllBytes(link);
    Run run = Run.of("compare", "-o", link.toString(), folder.toString());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(Files.readAllBytes(link)).isEqualTo(before);
  }

  /** The output is refused before any input is read: a usage error, though an input is missing. */
  @Test
  void refusesTheOutputBeforeReadingTheInputs() throws Exception {
    Path out = Files.writeString(dir.resolve("keep.txt"), "mine", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
    for (String command : List.of("compare", "inspect")) {
      Run run = Run.of(command, "-o", out.toString(), SET, dir.resolve("missing.txt").toString());
      assertThat(run.code()).as(command).isEqualTo(ExitCode.USAGE.code());
      assertThat(run.err()).contains("--output is a read-only file");
    }
  }

  @Test
  void refusesAReadOnlyFile() throws Exception {
    Path out = Files.writeString(dir.resolve("keep.txt"), "mine", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
    Run run = Run.of("compare", "-o", out.toString(), SET);
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).isEqualTo("newsdiff: error: " + out + ": --output is a read-only file\n");
    assertThat(out).hasContent("mine");
  }

  @Test
  void writesThroughALinkAndKeepsTheLink() throws Exception {
    Path real = Files.writeString(dir.resolve("real.md"), "old", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());
    assertThat(Run.of("compare", "--format", "markdown", "-o", link.toString(), SET).code())
        .isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real, StandardCharsets.UTF_8)).startsWith("# Türkiye plans");
    assertThat(newsdiffTemporaryFiles()).isEmpty();
  }

  @Test
  void writesThroughAFifoAndKeepsTheFifo() throws Exception {
    Path fifo = dir.resolve("fifo");
    shell("mkfifo " + fifo);
    CompletableFuture<byte[]> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readAllBytes(fifo); // until the writer closes it
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    Run run = Run.of("compare", "--format", "json", "-o", fifo.toString(), SET);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(new String(reader.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8))
        .startsWith("{")
        .endsWith("}\n");
    assertThat(fileType(fifo)).isEqualTo("fifo");
    assertThat(newsdiffTemporaryFiles()).isEmpty();
  }

  /** A private /dev/null and /dev/full, made where mknod is allowed (as root, as CI runs). */
  @Test
  void writesThroughACharacterDeviceAndKeepsTheDevice() throws Exception {
    Path nul = dir.resolve("null");
    assumeTrue(shell("mknod " + nul + " c 1 3") == 0, "mknod needs root");
    assertThat(Run.of("compare", "-o", nul.toString(), SET).code()).isZero();
    assertThat(fileType(nul)).isEqualTo("character special file");
    Path full = dir.resolve("full");
    assumeTrue(shell("mknod " + full + " c 1 7") == 0, "mknod needs root");
    Run run = Run.of("compare", "-o", full.toString(), SET);
    assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(run.err())
        .isEqualTo(
            "newsdiff: error: " + full + ": cannot write the report: No space left on device\n");
    assertThat(fileType(full)).isEqualTo("character special file");
    assertThat(newsdiffTemporaryFiles()).isEmpty();
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

  /** What a killed run leaves is removed by the next; what a running one writes is not. */
  @Test
  void theNextWriteRemovesAbandonedTemporaryFilesOnly() throws Exception {
    Path abandoned = Files.writeString(dir.resolve(".report.txt.newsdiff-42.tmp"), "half a rep");
    Path inUse = Files.writeString(dir.resolve(".other.txt.newsdiff-43.tmp"), "being written");
    Path notOurs = Files.writeString(dir.resolve(".report.txt.42.tmp"), "someone else's");
    try (FileChannel channel = FileChannel.open(inUse, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      Path out = dir.resolve("report.txt");
      assertThat(Run.of("compare", "-o", out.toString(), SET).code()).isZero();
      assertThat(abandoned).doesNotExist();
      assertThat(inUse).exists();
      assertThat(notOurs).exists();
    }
  }

  @Test
  void checkUpdateRefusesAReadOnlyFindingsFile() throws Exception {
    Path folder = copyOfSet();
    Path findings = folder.resolve("expected-findings.json");
    Files.writeString(findings, "[]\n");
    Files.setPosixFilePermissions(findings, PosixFilePermissions.fromString("r--r--r--"));
    Run run = Run.of("check", "--update", folder.toString());
    assertThat(run.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(findings).hasContent("[]");
  }

  private Path copyOfSet() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("set"));
    try (Stream<Path> files = Files.list(Path.of(SET))) {
      for (Path f : files.toList()) {
        Files.copy(f, folder.resolve(f.getFileName().toString()));
      }
    }
    return folder;
  }

  private List<Path> newsdiffTemporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> ReplacedFile.isTemporary(f.getFileName().toString())).toList();
    }
  }

  private static String fileType(Path file) throws Exception {
    Process stat = new ProcessBuilder("stat", "-c", "%F", file.toString()).start();
    assertThat(stat.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }

  private static int shell(String command) throws Exception {
    Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
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
