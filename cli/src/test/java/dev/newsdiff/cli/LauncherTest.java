package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The launcher script {@code ./newsdiff}, run for real with the JVM options and environment it
 * builds. It runs a probe jar put where it expects newsdiff's (the real jar does not exist yet when
 * the tests run), which reports what the JVM was started with.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

  private static final Path LAUNCHER = Path.of("..", "newsdiff");

  @TempDir Path home;

  @BeforeEach
  void installLauncherBesideAProbe() throws IOException {
    Files.copy(LAUNCHER, home.resolve("newsdiff"), StandardCopyOption.COPY_ATTRIBUTES);
    Path jar = Files.createDirectories(home.resolve("cli/target")).resolve("newsdiff.jar");
    String entry = Probe.class.getName().replace('.', '/') + ".class";
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream probe = Probe.class.getResourceAsStream("/" + entry)) {
      out.putNextEntry(new JarEntry(entry));
      probe.transferTo(out);
    }
  }

  /**
   * Under the C locale Java decodes file names as ASCII and fails on any other letter with
   * InvalidPathException; the launcher gives it a UTF-8 character type. The name is made by the
   * shell from octal escapes, so that this test's own JVM never has to encode it.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"LC_ALL=C", "LC_ALL=POSIX", "LANG=C", "LANG unset", "LC_CTYPE=C"})
  void aFileNameOutsideAsciiIsReadUnderANonUtf8Locale(String locale) throws Exception {
    Map<String, String> env = Map.of();
    if (locale.contains("=")) {
      env =
          Map.of(
              locale.substring(0, locale.indexOf('=')), locale.substring(locale.indexOf('=') + 1));
    }
    String name = "$(printf 'T\\303\\274rkiye-\\346\\235\\261\\344\\272\\254.txt')";
    Result r = run(env, "printf 'read\\n' > " + name + " && exec ./newsdiff " + name);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("read: read", "file.name.ok: true");
  }

  @Test
  void theLauncherRunsTheSerialCollectorAndC1ByDefault() throws Exception {
    Result r = run(Map.of(), "exec ./newsdiff");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("gc: Copy MarkSweepCompact", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
  }

  /** A comparison of article files over 4 MB is a long run: C2 compiles its hot code too. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"compare", "inspect"})
  void articleFilesOverFourMegabytesAreRunWithTheOptimisingCompiler(String command)
      throws Exception {
    try (RandomAccessFile big = new RandomAccessFile(home.resolve("big.txt").toFile(), "rw")) {
      big.setLength(4 * 1024 * 1024 + 1); // sparse: only its size is read
    }
    Files.writeString(home.resolve("small.txt"), "A small article.\n");

    Result large = run(Map.of(), "exec ./newsdiff " + command + " small.txt big.txt");
    Result small = run(Map.of(), "exec ./newsdiff " + command + " small.txt small.txt");

    assertThat(large.code()).as(large.err()).isZero();
    assertThat(large.out()).doesNotContain("TieredStopAtLevel", "CICompilerCount");
    assertThat(small.out()).contains("-XX:TieredStopAtLevel=1");
  }

  /** Two collectors, or C2 with one compiler thread, stop the JVM: the user's choice wins whole. */
  @Test
  void javaOptsReplaceTheLaunchersCollectorAndCompiler() throws Exception {
    Result r =
        run(
            Map.of("NEWSDIFF_JAVA_OPTS", "-XX:+UseG1GC -XX:TieredStopAtLevel=4"),
            "exec ./newsdiff");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("gc: G1 Young Generation", "-XX:TieredStopAtLevel=4")
        .doesNotContain("UseSerialGC", "TieredStopAtLevel=1", "CICompilerCount");
  }

  /** Any other option is passed after the launcher's, where the JVM takes the last value. */
  @Test
  void javaOptsComeAfterTheLaunchersAndAreNotGlobbed() throws Exception {
    Files.writeString(home.resolve("-Dprobe.value=what a glob would make of it"), "");
    Result r = run(Map.of("NEWSDIFF_JAVA_OPTS", "-Xss2m  -Dprobe.value=*"), "exec ./newsdiff");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("-XX:TieredStopAtLevel=1 .*-Xss2m -Dprobe.value=\\* ")
        .contains("probe.value: *\n");
  }

  private record Result(int code, String out, String err) {}

  private Result run(Map<String, String> env, String script) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(home.toFile());
    pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
    pb.environment().remove("NEWSDIFF_JAVA_OPTS");
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().putAll(env);
    Path out = home.resolve("stdout");
    Path err = home.resolve("stderr");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** Stands in for newsdiff: prints what the launcher started the JVM with. */
  static final class Probe {
    public static void main(String[] args) throws IOException {
      List<String> jvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
      System.out.println("jvm: " + String.join(" ", jvm) + " ");
      System.out.println(
          "gc: "
              + ManagementFactory.getGarbageCollectorMXBeans().stream()
                  .map(GarbageCollectorMXBean::getName)
                  .collect(Collectors.joining(" ")));
      System.out.println("probe.value: " + System.getProperty("probe.value"));
      if (args.length == 1) {
        Path file = Path.of(args[0]); // InvalidPathException under an ASCII file-name encoding
        System.out.println(
            "file.name.ok: " + file.getFileName().toString().startsWith("T\u00fcrkiye"));
        System.out.println("read: " + Files.readString(file, StandardCharsets.UTF_8).strip());
      }
    }
  }
}
