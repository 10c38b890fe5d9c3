package dev.newsdiff.internal.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@link Scope#of}, read once per comparison for each sentence text and figure position: outlets
 * that carry an agency's sentence word for word give each of its figures the same scope, and
 * reading a scope tries some fifteen patterns (a tenth of a corpus run's CPU when each copy read
 * its own). Not thread-safe: one per comparison, on its thread.
 */
final class Scopes {

  private final Map<Key, Set<String>> read = new HashMap<>();

  /** {@link Scope#of} of the figure at {@code [start, end)} of {@code sentence}. */
  Set<String> of(String sentence, int start, int end, boolean counted) {
    return read.computeIfAbsent(
        new Key(sentence, start, end, counted), k -> Scope.of(sentence, start, end, counted));
  }

  /*
   * Key writes out equals and hashCode, as Conflicts' records do: a record's generated ones are
   * linked through java.lang.runtime.ObjectMethods the first time they run, at a cold start's cost.
   */

  /** A figure's place in a sentence's text. */
  private record Key(String sentence, int start, int end, boolean counted) {

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key k
          && start == k.start
          && end == k.end
          && counted == k.counted
          && sentence.equals(k.sentence);
    }

    @Override
    public int hashCode() {
      return Objects.hash(sentence, start, end, counted);
    }
  }
}
