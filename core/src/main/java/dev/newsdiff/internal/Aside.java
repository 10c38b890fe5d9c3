package dev.newsdiff.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * Work on a long text that can run on another core while the caller goes on with work that does not
 * depend on it: a 1 MB article's facts while its quotes are found, the wording its body shares with
 * another's while the statements are aligned. A short text's work is done when asked for, on the
 * caller's thread: a thread costs about a millisecond to start, and a comparison of a few articles
 * is over in a few hundred.
 */
public final class Aside {

  /** From this many characters on (some 15,000 words), a text is long. */
  static final int LONG_TEXT = 100_000;

  private Aside() {}

  /**
   * {@code task}'s result when asked for: worked out at once in the common pool for a text of
   * {@code chars} characters that is long, else on the asking thread. The common pool's threads are
   * daemons, so a caller that fails leaves no thread holding the JVM; asking throws what the task
   * threw.
   */
  public static <T> Supplier<T> start(int chars, Supplier<T> task) {
    if (chars < LONG_TEXT) {
      return task;
    }
    ForkJoinTask<T> running = ForkJoinPool.commonPool().submit(task::get);
    return running::join;
  }
}
