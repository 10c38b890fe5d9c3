package dev.newsdiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's library example is the code that {@link ComparisonTest#readmeExample} runs. */
class ReadmeTest {

  @Test
  void libraryExampleIsTheTestedCode() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("a java block in README.md").isTrue();
    String test =
        Files.readString(
            Path.of("src/test/java/dev/newsdiff/ComparisonTest.java"), StandardCharsets.UTF_8);
    Matcher tested =
        Pattern.compile("// README example begins\\n(.*?)// README example ends", Pattern.DOTALL)
            .matcher(test);
    assertThat(tested.find()).isTrue();
    String expected = tested.group(1).replace("printed.add(", "System.out.println(");
    assertThat(norm(block.group(1))).isEqualTo(norm(expected));
  }

  private static String norm(String code) {
    return code.replaceAll("\\s+", " ").trim();
  }
}
