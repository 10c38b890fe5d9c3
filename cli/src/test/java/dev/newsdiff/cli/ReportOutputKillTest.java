package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped while it writes its report, for real: a second JVM is killed (SIGKILL) or
 * interrupted (SIGTERM, as Ctrl-C is) as soon as its temporary file appears. The file it writes is
 * then its old self or its whole new self, and no temporary file outlives the next run.
 */
@DisabledOnOs(OS.WINDOWS)
@Timeout(120)
class ReportOutputKillTest {

  static final String SET = "../samples/turkiye-defence-briefing";

  /** Large enough that writing it takes a while: the kill lands during the write. */
  private static final int REPORT_MEGABYTES = 48;

  @TempDir Path dir;

  @Test
  void aKillDuringALargeReportLeavesTheOldFileOrTheNewOne() throws Exception {
    Path target = Files.writeString(dir.resolve("report.txt"), "old report\n");
    Process writer = java(LargeReport.class.getName(), target.toString(), "" + REPORT_MEGABYTES);
    boolean caught = stopWhenWriting(writer, Process::destroyForcibly);
    assertThat(caught).as("killed while the temporary file was there").isTrue();
    assertOldOrComplete(target);

    Run next = Run.of("compare", "-o", target.toString(), SET);
    assertThat(next.code()).as(next.err()).isZero();
    assertThat(temporaryFiles()).isEmpty();
  }

  @Test
  void anInterruptRemovesTheTemporaryFileAtOnce() throws Exception {
    Path target = Files.writeString(dir.resolve("report.txt"), "old report\n");
    Process writer = java(LargeReport.class.getName(), target.toString(), "" + REPORT_MEGABYTES);
    assertThat(stopWhenWriting(writer, Process::destroy)).isTrue();
    assertOldOrComplete(target);
    assertThat(temporaryFiles()).isEmpty(); // before any next run
  }

  /**
   * The findings file is small and written in a moment: the kill may land before or after, which is
   * why this checks what holds wherever it lands.
   */
  @Test
  void aKillDuringCheckUpdateLeavesTheOldFindingsOrTheNewOnes() throws Exception {
    Path set = Files.createDirectories(dir.resolve("set"));
    try (Stream<Path> files = Files.list(Path.of(SET))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(f, set.resolve(f.getFileName().toString()));
      }
    }
    Path findings = Files.writeString(set.resolve("expected-findings.json"), "[]\n");
    Process check = java(Main.class.getName(), "check", "--update", set.toString());
    stopWhenWriting(check, set, Process::destroyForcibly);
    String after = Files.readString(findings, StandardCharsets.UTF_8);
    String complete = Files.readString(Path.of(SET, "expected-findings.json"));
    assertThat(after).isIn("[]\n", complete);

    assertThat(Run.of("check", "--update", set.toString()).code()).isZero();
    assertThat(findings).hasContent(complete);
    assertThat(temporaryFiles(set)).isEmpty();
  }

  /** Standard output is a real /dev/full here: a report lost there is exit 3, not 0. */
  @Test
  void aReportToAFullStandardOutputIsExit3() throws Exception {
    Process compare =
        new ProcessBuilder(javaCommand(Main.class.getName(), "compare", SET))
            .redirectOutput(new File("/dev/full"))
            .start();
    String err = new String(compare.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(compare.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(compare.exitValue()).as(err).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(err)
        .isEqualTo(
            "newsdiff: error: standard output: cannot write (it was closed, or there is no space"
                + " left)\n");
  }

  private static String largeReport(int megabytes) {
    return "a line of a large report, the same every time\n".repeat(megabytes * 22_000);
  }

  private void assertOldOrComplete(Path target) throws IOException {
    String after = Files.readString(target, StandardCharsets.UTF_8);
    if (!after.equals("old report\n")) {
      assertThat(after).as("the whole new report").isEqualTo(largeReport(REPORT_MEGABYTES));
    }
  }

  private boolean stopWhenWriting(Process p, Consumer<Process> stop) throws Exception {
    return stopWhenWriting(p, dir, stop);
  }

  /** Stops {@code p} once a temporary file appears in {@code folder}; false if it never did. */
  private static boolean stopWhenWriting(Process p, Path folder, Consumer<Process> stop)
      throws Exception {
    boolean seen = false;
    while (p.isAlive() && !(seen = !temporaryFiles(folder).isEmpty())) {
      Thread.onSpinWait();
    }
    stop.accept(p);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return seen;
  }

  private List<Path> temporaryFiles() throws IOException {
    return temporaryFiles(dir);
  }

  private static List<Path> temporaryFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> ReplacedFile.isTemporary(f.getFileName().toString())).toList();
    }
  }

  /** `-o /dev/stdout >> log.txt`: the shell's stream is appended to, the log never replaced. */
  @Test
  void outputToStandardOutputAppendsToTheFileTheShellOpened(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("log.txt");
    Files.writeString(log, "an earlier line\n");
    Process compare =
        new ProcessBuilder(javaCommand(Main.class.getName(), "compare", "-o", "/dev/stdout", SET))
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(compare.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(compare.exitValue()).isZero();
    assertThat(Files.readString(log))
        .startsWith("an earlier line\nTürkiye plans technical visits to Syria");
  }

  /** `compare … | head -c 10` in German: the reader left, whatever words the JDK uses for it. */
  @Test
  void aReaderThatLeavesIsNoErrorInAnyLanguage() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(javaCommand(Main.class.getName(), "compare", "--format", "html", SET));
    builder.environment().put("LC_ALL", "C.UTF-8");
    builder.environment().put("LANGUAGE", "de");
    Process compare = builder.start();
    compare.getInputStream().readNBytes(10);
    compare.getInputStream().close();
    String err = new String(compare.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(compare.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(compare.exitValue()).as(err).isZero();
    assertThat(err).isEmpty();
  }

  @Test
  void aNewReportFileHonoursTheUmask(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.txt");
    List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 007 && exec \"$@\"", "sh"));
    command.addAll(javaCommand(Main.class.getName(), "compare", "-o", out.toString(), SET));
    Process compare =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(compare.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(compare.exitValue()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-rw----");
  }

  private static Process java(String mainClass, String... args) throws IOException {
    return new ProcessBuilder(javaCommand(mainClass, args))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static List<String> javaCommand(String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  /** Writes a large report to the file named by its first argument, as {@code -o} does. */
  static final class LargeReport {
    public static void main(String[] args) {
      StringWriter stdout = new StringWriter();
      ReportOutput.write(
          new PrintWriter(stdout),
          largeReport(Integer.parseInt(args[1])),
          Path.of(args[0]),
          List.of());
    }
  }
}
