package dev.newsdiff.cli;

import org.jspecify.annotations.Nullable;

/** An error the user can fix, with the exit code it maps to; printed as one line. */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  UserError(String message, ExitCode exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  ExitCode exitCode() {
    return exitCode;
  }

  /** {@code message} on one line: an error is one line on stderr, whatever the JDK said. */
  static String oneLine(@Nullable String message) {
    return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
  }
}
