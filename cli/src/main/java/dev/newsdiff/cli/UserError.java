package dev.newsdiff.cli;

/** An error the user can fix, with the exit code it maps to; printed as one line. */
final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
