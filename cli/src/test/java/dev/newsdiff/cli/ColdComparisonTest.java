package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A comparison in a new JVM links no lambda or method reference of ours. Each costs 60–100 µs to
 * link the first time it runs on a cold JVM, class-data archive or not; the 115 a comparison of the
 * samples used to link were 33 ms of its 250 (docs/performance.md). Code on the path of a
 * comparison uses loops and (anonymous) classes instead. Reads the JVM's class-loading log, where
 * every linked lambda shows as a class named {@code Host$$Lambda$n}.
 */
class ColdComparisonTest {

  private static final Pattern OUR_LAMBDA =
      Pattern.compile("(dev\\.newsdiff\\.\\S+)\\$\\$Lambda\\$");

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "markdown", "html"})
  void linksNoLambdaOfOurs(String format) throws Exception {
    Path log = tmp.resolve("classes.log");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "compare",
                "--format",
                format,
                "../samples/ferry-fire")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(p.exitValue()).as("exit code").isZero();

    List<String> lines = Files.readAllLines(log);
    assertThat(lines)
        .as("the log lists our classes")
        .anyMatch(l -> l.contains("dev.newsdiff.Comparison "));
    List<String> hosts = new ArrayList<>();
    for (String line : lines) {
      Matcher m = OUR_LAMBDA.matcher(line);
      if (m.find()) {
        hosts.add(m.group(1));
      }
    }
    assertThat(hosts).as("classes whose lambdas a comparison linked").isEmpty();
  }
}
