package dev.newsdiff.cli;

import dev.newsdiff.internal.Controls;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** An error the user can fix, with the exit code it maps to; printed as one line. */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Compiled once: String.replaceAll compiles its pattern on every call. */
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");

  private final ExitCode exitCode;

  UserError(String message, ExitCode exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  ExitCode exitCode() {
    return exitCode;
  }

  /**
   * {@code message} on one line: an error is one line on stderr, whatever the JDK said. It names
   * files and quotes arguments, so any control character left in it is shown, not obeyed ({@link
   * Controls}): a file name holding an escape sequence cannot clear or retitle the terminal.
   */
  static String oneLine(@Nullable String message) {
    return message == null
        ? ""
        : Controls.visible(LINE_BREAKS.matcher(message).replaceAll(" ").trim());
  }
}
