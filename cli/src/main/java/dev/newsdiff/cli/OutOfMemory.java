package dev.newsdiff.cli;

import java.util.List;

/**
 * What to tell a user whose inputs did not fit in the memory Java may use: which inputs, and the
 * advice that fits them. A few large articles need more memory; thousands of articles are not one
 * story, and {@code corpus} is the command for them. Either way it is the input's size, so the exit
 * code is {@link ExitCode#BAD_INPUT}, not an internal error.
 */
final class OutOfMemory {

  /** From this many articles on, more memory is the wrong advice. */
  static final int MANY_ARTICLES = CompareCommand.MAX_ARTICLES;

  private static final String MORE_MEMORY =
      "give Java more with NEWSDIFF_JAVA_OPTS=-Xmx4g (or java -Xmx4g -jar …)";

  private static final String CORPUS =
      "compare is for one story told by a few outlets; use 'newsdiff corpus' for thousands of"
          + " articles";

  private OutOfMemory() {}

  /** Memory ran out while reading {@code input}, after {@code read} other articles were read. */
  static UserError reading(String input, int read) {
    return new UserError(
        input
            + ": out of memory reading this article after "
            + read
            + " others"
            + " (Java may use "
            + maxMegabytes()
            + " MB); "
            + (read + 1 >= MANY_ARTICLES ? CORPUS : MORE_MEMORY),
        ExitCode.BAD_INPUT);
  }

  /** Memory ran out after the inputs were read, e.g. comparing them. */
  static UserError processing(List<String> inputs) {
    String named =
        inputs.isEmpty()
            ? "the inputs"
            : inputs.size() <= 3
                ? String.join(", ", inputs)
                : String.join(", ", inputs.subList(0, 3)) + " and " + (inputs.size() - 3) + " more";
    return new UserError(
        "out of memory on "
            + named
            + " (Java may use "
            + maxMegabytes()
            + " MB); "
            + MORE_MEMORY
            + ", or for thousands of articles use 'newsdiff corpus'",
        ExitCode.BAD_INPUT);
  }

  private static long maxMegabytes() {
    return Runtime.getRuntime().maxMemory() >> 20;
  }
}
