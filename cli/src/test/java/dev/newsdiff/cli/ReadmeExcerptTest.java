package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every line of the README's output excerpt (except elisions) is a line the command prints. */
class ReadmeExcerptTest {

  @Test
  void excerptLinesArePrintedByCompare() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("an output excerpt in README.md").isTrue();
    Run run = Run.of("compare", "../samples/turkiye-defence-briefing");
    assertThat(run.code()).isZero();
    for (String line : block.group(1).split("\n")) {
      if (line.isBlank() || line.contains("...") || line.contains("…")) {
        continue;
      }
      assertThat(run.out()).as("README line printed by compare").contains(line + "\n");
    }
  }
}
