package dev.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsdiff.cli.OutputTarget.Kind;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code --output} does with each type of file, by its mode ({@code st_mode}, with permission
 * bits, as {@code stat} gives it): files that can be made in a test are written for real in {@link
 * ReportOutputTest}; a block device and a socket only here.
 */
class OutputTargetTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "regular file,      0100644, REGULAR",
    "read-only file,    0100444, REGULAR", // refused by its permissions, not its type
    "character device,  0020666, STREAM",
    "FIFO,              0010644, STREAM",
  })
  void writes(String what, String mode, Kind kind) {
    assertThat(OutputTarget.kind(Path.of("x"), Integer.parseInt(mode, 8))).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "folder,            0040755, --output is a folder",
    "block device,      0060660, --output is a block device",
    "socket,            0140755, --output is neither a file nor a device",
  })
  void refuses(String what, String mode, String message) {
    assertThatThrownBy(() -> OutputTarget.kind(Path.of("x"), Integer.parseInt(mode, 8)))
        .isInstanceOfSatisfying(
            UserError.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageStartingWith("x: " + message);
  }
}
