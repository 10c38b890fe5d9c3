package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exit codes are a contract with the scripts and CI jobs that run newsdiff. */
class ExitCodeTest {

  @ParameterizedTest
  @CsvSource({"OK, 0", "INTERNAL, 1", "USAGE, 2", "BAD_INPUT, 3", "FINDING, 4"})
  void eachWayOfEndingHasItsDocumentedCode(ExitCode exit, int code) {
    assertThat(exit.code()).isEqualTo(code);
  }

  @Test
  void theReadmeTableListsEveryCodeInOrder() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertThat(
            Pattern.compile("(?m)^\\| (\\d) \\| ")
                .matcher(readme)
                .results()
                .map(MatchResult::group)
                .map(row -> Integer.parseInt(row.replaceAll("\\D", "")))
                .toList())
        .containsExactlyElementsOf(Arrays.stream(ExitCode.values()).map(ExitCode::code).toList());
  }

  @Test
  void theHelpSaysWhatEachCodeMeans() {
    assertThat(Run.of("--help").out())
        .contains(
            "Exit codes: 0 ok, 1 internal error, 2 usage error, 3 bad input, 4 a finding that");
  }
}
