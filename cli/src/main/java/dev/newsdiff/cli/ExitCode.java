package dev.newsdiff.cli;

/**
 * How a run of newsdiff ends, as the shell sees it: the README's table of exit codes. A command
 * returns {@link #code()}; only {@link Main#main} exits with it.
 */
enum ExitCode {
  /** Done as asked. */
  OK(0),
  /** A bug in newsdiff, or a broken installation: "please report this". */
  INTERNAL(1),
  /**
   * The command line cannot run: an unknown option, a bad value, one article to compare, an {@code
   * --output} that must not be written (an input, a read-only file, a block device).
   */
  USAGE(2),
  /**
   * An input cannot be read (missing, empty, binary, not text in a known encoding), or the report
   * cannot be written (a full disk, a closed standard output).
   */
  BAD_INPUT(3),
  /** A finding that {@code compare --fail-on} or {@code check} fails on. */
  FINDING(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }
}
