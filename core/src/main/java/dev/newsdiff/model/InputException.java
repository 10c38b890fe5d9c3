package dev.newsdiff.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A problem with an input the user gave: a missing file, a directory, an empty or binary file, text
 * that is not valid UTF-8. Carries the input's name and a one-line reason, so a command line can
 * print {@code PATH: reason}.
 */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final String reason;

  public InputException(String input, String reason) {
    super(input + ": " + reason);
    this.input = checkNotNull(input, "input");
    this.reason = checkNotNull(reason, "reason");
  }

  public InputException(String input, String reason, Throwable cause) {
    this(input, reason);
    initCause(cause);
  }

  /** The file name (or other input name) as the user gave it. */
  public String input() {
    return input;
  }

  /** What is wrong with it, in one line. */
  public String reason() {
    return reason;
  }
}
