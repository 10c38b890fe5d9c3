package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole outputs of the command line on the samples, against files in {@code
 * src/test/resources/golden}. After an intended change, regenerate them with {@code mvn -B -pl cli
 * -am test -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dnewsdiff.updateGolden=true}
 * and review the diff before committing.
 */
class GoldenTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "inspect-turkiye.txt, inspect, text",
    "inspect-turkiye.json, inspect, json",
    "compare-turkiye.txt, compare, text",
    "compare-turkiye.json, compare, json",
    "compare-turkiye.md, compare, markdown",
    "compare-turkiye.html, compare, html"
  })
  void samples(String golden, String command, String format) throws IOException {
    Run run =
        Run.of(
            command,
            "--format",
            format,
            MainTest.SAMPLES + "trt-world.txt",
            MainTest.SAMPLES + "anadolu-agency.txt",
            MainTest.SAMPLES + "daily-sabah.txt");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("newsdiff.updateGolden")) {
      Files.writeString(file, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.out()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
