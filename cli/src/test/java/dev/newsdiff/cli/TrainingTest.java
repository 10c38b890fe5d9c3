package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run the launcher records its start-up archive from (docs/performance.md). */
class TrainingTest {

  private static final Path SAMPLES = Path.of(MainTest.SAMPLES);

  @Test
  void everyReportFormatIsRecordedForCompareAndInspect() throws Exception {
    List<List<String>> commands = Training.commands(SAMPLES);
    String folder = SAMPLES.toString();
    String article = SAMPLES.resolve("anadolu-agency.txt").toString();
    assertThat(commands)
        .containsExactly(
            List.of("compare", "--format", "text", folder),
            List.of("compare", "--format", "json", folder),
            List.of("compare", "--format", "markdown", folder),
            List.of("compare", "--format", "html", folder),
            List.of("inspect", "--format", "text", article),
            List.of("inspect", "--format", "json", article));
  }

  @Test
  void theRunSucceedsOnTheSamples() throws Exception {
    StringWriter err = new StringWriter();
    assertThat(Training.run(SAMPLES, new PrintWriter(err))).as(err.toString()).isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aFolderWithoutArticlesIsAnError(@TempDir Path empty) {
    assertThatThrownBy(() -> Training.run(empty, new PrintWriter(new StringWriter())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no article");
  }
}
