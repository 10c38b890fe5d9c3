package dev.newsdiff.corpus;

/**
 * Where corpus mode tells of an input it skips: a bad manifest row, a file that cannot be read. One
 * call per problem; an implementation may throw to stop the run instead ({@code --strict}).
 */
@FunctionalInterface
public interface Problems {

  /**
   * @param where the file, or the manifest and row ({@code list.csv:12}), as the user names it
   * @param reason what is wrong, in one line
   */
  void report(String where, String reason);
}
